#!/usr/bin/env node
import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  cancellationFromSignals,
  loadAllSteps,
  loadStep,
  runStep
} from "./chunks/chunk-WD7YUCIL.mjs";
import {
  STEP_IDS,
  isStepId
} from "./chunks/chunk-YEJH5X6S.mjs";
import "./chunks/chunk-CJ2Q6RZJ.mjs";
import "./chunks/chunk-U4WN3ET4.mjs";
import {
  errorMessage
} from "./chunks/chunk-44J6QWGP.mjs";
import "./chunks/chunk-HLUWT5ZR.mjs";

// shared/host/local-cli.ts
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// shared/host/local.ts
import { writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
var LocalHost = class {
  constructor(inputs, options = {}) {
    this.inputs = inputs;
    this.options = options;
    this.isDebug = options.debug ?? !1, this.out = options.out ?? process.stdout, this.log = options.log ?? process.stderr;
  }
  inputs;
  options;
  kind = "local";
  cancellation = cancellationFromSignals();
  context = { actor: safeUserName(), workflow: "local" };
  tempDir = tmpdir();
  workspaceRoots = [process.cwd()];
  isDebug;
  secrets = /* @__PURE__ */ new Set();
  summary = [];
  out;
  log;
  getInput(name) {
    return this.inputs[name] || void 0;
  }
  inputLabel(name) {
    return name;
  }
  setOutput(name, value) {
    this.out.write(value.includes(`
`) ? `${name}<<AMLOPS_EOF
${value}
AMLOPS_EOF
` : `${name}=${value}
`);
  }
  setSecret(value) {
    value && this.secrets.add(value);
  }
  info(message) {
    this.print(message);
  }
  untrusted(text) {
    this.print(withoutTerminalControls(text));
  }
  debug(message) {
    this.isDebug && this.print(`debug: ${message}`);
  }
  warning(message) {
    this.print(`warning: ${message}`);
  }
  error(message) {
    this.print(`error: ${message}`);
  }
  async group(title, fn) {
    return this.print(`\u25B8 ${title}`), fn();
  }
  async appendSummary(markdown) {
    this.summary.push(markdown);
  }
  /** Writes the summary once the step is done: to the file asked for, else after the log. */
  publishSummary() {
    if (this.summary.length === 0) return;
    let markdown = this.mask(`${this.summary.join(`
`)}
`);
    this.options.summaryFile ? writeFileSync(this.options.summaryFile, markdown) : this.log.write(`
\u2500\u2500 summary \u2500\u2500
${withoutTerminalControls(markdown)}`);
  }
  fail(message) {
    this.error(message), process.exitCode = 1;
  }
  print(message) {
    this.log.write(`${this.mask(message)}
`);
  }
  mask(text) {
    let masked = text;
    for (let secret of this.secrets) masked = masked.split(secret).join("***");
    return masked;
  }
};
function withoutTerminalControls(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
function safeUserName() {
  try {
    return userInfo().username;
  } catch {
    return;
  }
}

// shared/host/local-cli.ts
var OPTIONS = {
  "summary-file": { type: "string", description: "Write the markdown summary to this file instead of the terminal." },
  debug: { type: "boolean", description: "Print debug lines, and the stack of a failure." },
  help: { type: "boolean", short: "h", description: "Show this help." }
};
async function runLocal(argv) {
  let [first, ...rest] = argv;
  if (first === void 0 || first === "--help" || first === "-h" || first === "help") {
    process.stdout.write(overallHelp(await loadAllSteps()));
    return;
  }
  if (!isStepId(first)) return refuse(`Unknown step '${first}'; accepted: ${STEP_IDS.join(", ")}. Run 'amlops --help'.`);
  let step = await loadStep(first), parsed;
  try {
    parsed = parseFlags(step, rest);
  } catch (error) {
    let reason = errorMessage(error).split(/\.(?:\s|$)/)[0];
    return refuse(`${reason}. Run 'amlops ${step.id} --help' for its inputs.`);
  }
  if (parsed.help) {
    process.stdout.write(stepHelp(step));
    return;
  }
  let host = new LocalHost(parsed.inputs, { summaryFile: parsed.summaryFile && resolve(parsed.summaryFile), debug: parsed.debug }), interrupts = 0;
  process.on("SIGINT", () => {
    ++interrupts > 1 && process.exit(130);
  }), await runStep(step, host), host.publishSummary();
}
function refuse(message) {
  process.stderr.write(`error: ${message}
`), process.exitCode = 1;
}
function localInputs(step) {
  return Object.entries(step.inputs).filter(([, def]) => !def.meta.hosts);
}
function parseFlags(step, args) {
  let options = {};
  for (let [name, def] of localInputs(step)) {
    if (name in OPTIONS) throw new Error(`Input '${name}' clashes with an option of the command line.`);
    options[name] = { type: "string", multiple: def.meta.kind === "multiline" };
  }
  for (let [name, option] of Object.entries(OPTIONS)) options[name] = { type: option.type, ..."short" in option ? { short: option.short } : {} };
  let { values } = parseArgs({ args: [...args], options, strict: !0, allowPositionals: !1 }), inputs = {};
  for (let [name, def] of localInputs(step)) {
    let given = values[name], value = Array.isArray(given) ? given.join(`
`) : given ?? def.meta.default;
    value !== void 0 && (inputs[name] = def.meta.kind === "path" && value !== "" ? resolve(value) : value);
  }
  return { inputs, help: values.help === !0, debug: values.debug === !0, summaryFile: values["summary-file"] };
}
function overallHelp(steps) {
  let width = Math.max(...steps.map((step) => step.id.length)) + 2;
  return [
    "amlops: the Azure Machine Learning CI/CD steps, run from a terminal.",
    "",
    "Usage: amlops <step> [--<input> <value>]...",
    "       amlops <step> --help",
    "",
    "Steps:",
    ...steps.map((step) => `  ${step.id.padEnd(width)}${step.description}`),
    "",
    "Signs in with the Azure CLI login (az login), or with --client-id, --tenant-id and --client-secret.",
    "Outputs are printed as name=value on stdout; the log and the summary go to stderr.",
    ""
  ].join(`
`);
}
function stepHelp(step) {
  let inputs = localInputs(step).map(([name, def]) => {
    let notes = [def.meta.required ? "required" : void 0, def.meta.default !== void 0 ? `default: ${def.meta.default}` : void 0, def.meta.kind === "multiline" ? "repeat the flag for more lines" : void 0].filter(Boolean).join("; ");
    return `  --${name} <${def.meta.accepts}>
      ${def.meta.description}${notes ? ` (${notes})` : ""}`;
  }), options = Object.entries(OPTIONS).map(([name, option]) => `  --${name}${option.type === "string" ? " <path>" : ""}
      ${option.description}`), outputs = Object.entries(step.outputs).map(([name, output]) => `  ${name}
      ${output.description}`);
  return [
    `amlops ${step.id}: ${step.title}`,
    step.description,
    "",
    `Usage: amlops ${step.id} [--<input> <value>]...`,
    "",
    "Inputs:",
    ...inputs,
    "",
    "Options:",
    ...options,
    "",
    "Outputs (printed as name=value):",
    ...outputs,
    ""
  ].join(`
`);
}

// bin/amlops.ts
await runLocal(process.argv.slice(2));
