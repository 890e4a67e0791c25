import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  runOnGitHub
} from "./chunks/chunk-P74DE6XA.mjs";
import "./chunks/chunk-GDV3T24P.mjs";
import "./chunks/chunk-H45GLWZJ.mjs";
import "./chunks/chunk-WD7YUCIL.mjs";
import "./chunks/chunk-YEJH5X6S.mjs";
import "./chunks/chunk-CJ2Q6RZJ.mjs";
import "./chunks/chunk-U4WN3ET4.mjs";
import "./chunks/chunk-44J6QWGP.mjs";
import "./chunks/chunk-HLUWT5ZR.mjs";

// actions/deploy-canary/main.ts
await runOnGitHub("deploy-canary");
