import { stringify } from "yaml";
import type { InputDef, InputMeta } from "../shared/inputs/define";
import { toCamelCase } from "../shared/inputs/names";
import { STEP_IDS, TASK_IDS, TASK_NAMES } from "../shared/core/steps";
import { loadAllSteps } from "../shared/steps/index";
import type { StepDeclaration } from "../shared/steps/step";
import packageJson from "../package.json";

const [major, minor, patch] = packageJson.version.split(".").map(Number);
const HEADER = "# Generated from shared/steps by `npm run generate`; edit the step's inputs there.\n";

function offeredOn(meta: InputMeta, host: "github" | "azure-pipelines"): boolean {
  return !meta.hosts || meta.hosts.includes(host);
}

function actionInput(meta: InputMeta, required: boolean) {
  const input: Record<string, unknown> = { description: meta.description, required };
  const fallback = meta.githubDefault ?? meta.default;
  if (fallback !== undefined) input.default = fallback;
  return input;
}

function actionInputs(step: StepDeclaration) {
  return Object.fromEntries(
    Object.entries(step.inputs)
      .filter(([, def]) => offeredOn(def.meta, "github"))
      .map(([name, def]) => [name, actionInput(def.meta, Boolean(def.meta.required))]),
  );
}

export function renderAction(step: StepDeclaration): string {
  const manifest = {
    name: `amlops ${step.id}`,
    description: step.description,
    author: "amlops",
    branding: { icon: "cpu", color: "blue" },
    inputs: actionInputs(step),
    outputs: step.outputs,
    runs: { using: "node24", main: `../../dist/${step.id}.mjs` },
  };
  return HEADER + stringify(manifest, { lineWidth: 0 });
}

export function renderUmbrellaAction(steps: readonly StepDeclaration[]): string {
  const inputs: Record<string, unknown> = {
    step: { description: `Which step to run: ${STEP_IDS.join(", ")}.`, required: true },
  };
  const outputs: Record<string, unknown> = {};
  for (const step of steps) {
    for (const [name, def] of Object.entries(step.inputs)) {
      if (!(name in inputs) && offeredOn(def.meta, "github")) inputs[name] = actionInput(def.meta, false);
    }
    for (const [name, output] of Object.entries(step.outputs)) if (!(name in outputs)) outputs[name] = output;
  }
  const manifest = {
    name: "amlops",
    description: "Azure Machine Learning CI/CD: train, evaluate-gate, register, deploy-canary and check-drift with governance notes on the pull request.",
    author: "amlops",
    branding: { icon: "cpu", color: "blue" },
    inputs,
    outputs,
    runs: { using: "node24", main: "dist/umbrella.mjs" },
  };
  return HEADER + stringify(manifest, { lineWidth: 0 });
}

const TASK_INPUT_TYPES: Record<InputMeta["kind"], string> = {
  string: "string",
  boolean: "boolean",
  choice: "pickList",
  multiline: "multiLine",
  path: "filePath",
  connection: "connectedService:AzureRM",
};

function taskInput(name: string, def: InputDef<unknown>) {
  const meta = def.meta;
  const input: Record<string, unknown> = {
    name: toCamelCase(name),
    type: TASK_INPUT_TYPES[meta.kind],
    label: labelOf(name),
    required: Boolean(meta.required),
    helpMarkDown: meta.description,
  };
  if (meta.default !== undefined) input.defaultValue = meta.default;
  if (meta.options) input.options = Object.fromEntries(meta.options.map((option) => [option, option]));
  if (meta.kind === "multiline") input.properties = { resizable: true, rows: "4" };
  return input;
}

function labelOf(name: string): string {
  if (name === "azureSubscription") return "Azure subscription";
  const words = name.split("-").join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function renderTask(step: StepDeclaration): string {
  const manifest = {
    $schema: "https://raw.githubusercontent.com/Microsoft/azure-pipelines-task-lib/master/tasks.schema.json",
    id: TASK_IDS[step.id],
    name: TASK_NAMES[step.id],
    friendlyName: step.title,
    description: step.description,
    helpMarkDown: `amlops \`${step.id}\`: ${step.description}`,
    category: "Deploy",
    author: "amlops",
    version: { Major: major, Minor: minor, Patch: patch },
    minimumAgentVersion: "3.232.1",
    instanceNameFormat: step.title,
    inputs: Object.entries(step.inputs)
      .filter(([, def]) => offeredOn(def.meta, "azure-pipelines"))
      .map(([name, def]) => taskInput(name, def)),
    outputVariables: Object.entries(step.outputs).map(([name, output]) => ({ name: toCamelCase(name), description: output.description })),
    execution: {
      Node20_1: { target: "dist/main.mjs", argumentFormat: "" },
      Node24: { target: "dist/main.mjs", argumentFormat: "" },
    },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function renderExtension(steps: readonly StepDeclaration[]): string {
  const manifest = {
    manifestVersion: 1,
    id: "amlops",
    publisher: "amlops",
    version: packageJson.version,
    name: "amlops — Azure ML CI/CD",
    description: packageJson.description,
    categories: ["Azure Pipelines"],
    tags: ["Azure Machine Learning", "MLOps", "Canary", "Drift"],
    targets: [{ id: "Microsoft.VisualStudio.Services" }],
    content: { details: { path: "README.md" } },
    files: steps.map((step) => ({ path: `tasks/${TASK_NAMES[step.id]}` })),
    contributions: steps.map((step) => ({
      id: TASK_NAMES[step.id],
      type: "ms.vss-distributed-task.task",
      targets: ["ms.vss-distributed-task.tasks"],
      properties: { name: `tasks/${TASK_NAMES[step.id]}` },
    })),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Every generated manifest, keyed by its path from the repository root. */
export async function renderAllManifests(): Promise<Record<string, string>> {
  const steps = await loadAllSteps();
  const files: Record<string, string> = { "action.yml": renderUmbrellaAction(steps), "vss-extension.json": renderExtension(steps) };
  for (const step of steps) {
    files[`actions/${step.id}/action.yml`] = renderAction(step);
    files[`tasks/${TASK_NAMES[step.id]}/task.json`] = renderTask(step);
  }
  return files;
}
