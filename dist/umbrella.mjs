import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __filename = __amlopsFileURLToPath(import.meta.url);
const __dirname = __amlopsDirname(__filename);
import {
  runChosenStepOnGitHub
} from "./chunks/chunk-A2P6SCXE.mjs";
import "./chunks/chunk-S5YX4XDM.mjs";
import "./chunks/chunk-KCEXTX6K.mjs";

// actions/umbrella.ts
await runChosenStepOnGitHub();
