import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __filename = __amlopsFileURLToPath(import.meta.url);
const __dirname = __amlopsDirname(__filename);
import {
  runOnGitHub
} from "./chunks/chunk-N2AEGQCN.mjs";
import "./chunks/chunk-RD6TRGY3.mjs";

// actions/check-drift/main.ts
await runOnGitHub("check-drift");
