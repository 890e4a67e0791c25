import { resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { isStepId, STEP_IDS } from "../core/steps";
import { errorMessage } from "../core/errors";
import type { InputDef } from "../inputs/define";
import { loadAllSteps, loadStep } from "../steps/index";
import type { StepDeclaration } from "../steps/step";
import { LocalHost } from "./local";
import { runStep } from "./run-step";

const OPTIONS = {
  "summary-file": { type: "string", description: "Write the markdown summary to this file instead of the terminal." },
  debug: { type: "boolean", description: "Print debug lines, and the stack of a failure." },
  help: { type: "boolean", short: "h", description: "Show this help." },
} as const;

/** `amlops <step> --<input> <value>…`: runs one step in this terminal. */
export async function runLocal(argv: readonly string[]): Promise<void> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    process.stdout.write(overallHelp(await loadAllSteps()));
    return;
  }
  if (!isStepId(first)) return refuse(`Unknown step '${first}'; accepted: ${STEP_IDS.join(", ")}. Run 'amlops --help'.`);
  const step = await loadStep(first);
  let parsed: ReturnType<typeof parseFlags>;
  try {
    parsed = parseFlags(step, rest);
  } catch (error) {
    // node:util's first sentence names the flag; the rest is about positionals, which amlops takes none of.
    const reason = errorMessage(error).split(/\.(?:\s|$)/)[0];
    return refuse(`${reason}. Run 'amlops ${step.id} --help' for its inputs.`);
  }
  if (parsed.help) {
    process.stdout.write(stepHelp(step));
    return;
  }
  const host = new LocalHost(parsed.inputs, { summaryFile: parsed.summaryFile && resolve(parsed.summaryFile), debug: parsed.debug });
  // The first Ctrl-C cancels the step (its jobs are cancelled too); a second one leaves at once.
  let interrupts = 0;
  process.on("SIGINT", () => {
    if (++interrupts > 1) process.exit(130);
  });
  await runStep(step, host);
  host.publishSummary();
}

function refuse(message: string): void {
  process.stderr.write(`error: ${message}\n`);
  process.exitCode = 1;
}

/** Inputs offered on every host, as the terminal offers them. */
function localInputs(step: StepDeclaration): [string, InputDef<unknown>][] {
  return Object.entries(step.inputs).filter(([, def]) => !def.meta.hosts);
}

function parseFlags(step: StepDeclaration, args: readonly string[]) {
  const options: ParseArgsConfig["options"] = {};
  for (const [name, def] of localInputs(step)) {
    if (name in OPTIONS) throw new Error(`Input '${name}' clashes with an option of the command line.`);
    options[name] = { type: "string", multiple: def.meta.kind === "multiline" };
  }
  for (const [name, option] of Object.entries(OPTIONS)) options[name] = { type: option.type, ...("short" in option ? { short: option.short } : {}) };
  const { values } = parseArgs({ args: [...args], options, strict: true, allowPositionals: false });
  const inputs: Record<string, string> = {};
  for (const [name, def] of localInputs(step)) {
    const given = values[name] as string | string[] | undefined;
    const value = Array.isArray(given) ? given.join("\n") : (given ?? def.meta.default);
    if (value === undefined) continue;
    // A path is the terminal user's: relative to where they are.
    inputs[name] = def.meta.kind === "path" && value !== "" ? resolve(value) : value;
  }
  return { inputs, help: values.help === true, debug: values.debug === true, summaryFile: values["summary-file"] as string | undefined };
}

function overallHelp(steps: readonly StepDeclaration[]): string {
  const width = Math.max(...steps.map((step) => step.id.length)) + 2;
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
    "",
  ].join("\n");
}

function stepHelp(step: StepDeclaration): string {
  const inputs = localInputs(step).map(([name, def]) => {
    const notes = [def.meta.required ? "required" : undefined, def.meta.default !== undefined ? `default: ${def.meta.default}` : undefined, def.meta.kind === "multiline" ? "repeat the flag for more lines" : undefined]
      .filter(Boolean)
      .join("; ");
    return `  --${name} <${def.meta.accepts}>\n      ${def.meta.description}${notes ? ` (${notes})` : ""}`;
  });
  const options = Object.entries(OPTIONS).map(([name, option]) => `  --${name}${option.type === "string" ? " <path>" : ""}\n      ${option.description}`);
  const outputs = Object.entries(step.outputs).map(([name, output]) => `  ${name}\n      ${output.description}`);
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
    "",
  ].join("\n");
}
