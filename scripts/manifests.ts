import { stringify } from "yaml";
import type { InputDef, InputMeta } from "../shared/inputs/define";
import { toCamelCase } from "../shared/inputs/names";
import { STEP_IDS, TASK_IDS, TASK_NAMES, type StepId } from "../shared/core/steps";
import { checkDriftStep } from "../shared/steps/check-drift";
import { deployCanaryStep } from "../shared/steps/deploy-canary";
import { evaluateGateStep } from "../shared/steps/evaluate-gate";
import { registerStep } from "../shared/steps/register";
import type { StepDeclaration } from "../shared/steps/step";
import { trainStep } from "../shared/steps/train";
import packageJson from "../package.json";

const DECLARATIONS: Record<StepId, StepDeclaration> = {
  train: trainStep,
  "evaluate-gate": evaluateGateStep,
  register: registerStep,
  "deploy-canary": deployCanaryStep,
  "check-drift": checkDriftStep,
};

/** Every step's declaration, in catalog order (shared/core/steps.ts). */
export const STEPS: StepDeclaration[] = STEP_IDS.map((id) => DECLARATIONS[id]);

const [major, minor, patch] = packageJson.version.split(".").map(Number);
export const REPOSITORY_URL = "https://github.com/amlops/amlops";
/** The page that documents a step's inputs and outputs (docs/steps/<step>.md). */
export const stepDocsUrl = (step: StepId) => `${REPOSITORY_URL}/blob/main/docs/steps/${step}.md`;
/** The anchor GitHub gives an input's heading on its step page. */
export const inputAnchor = (name: string) => name.toLowerCase();

/** How a task shows in a pipeline's step list: the input that tells its runs apart. */
const INSTANCE_NAMES: Record<StepId, string> = {
  train: "Train $(jobFile)",
  "evaluate-gate": "Evaluate gate $(compareTo)",
  register: "Register model $(modelName)",
  "deploy-canary": "Canary deploy to $(endpointName)",
  "check-drift": "Check drift of $(current)",
};

/** Task catalogue categories: the steps that build, test and ship a model. */
const TASK_CATEGORIES: Record<StepId, string> = {
  train: "Build",
  "evaluate-gate": "Test",
  register: "Package",
  "deploy-canary": "Deploy",
  "check-drift": "Test",
};

/** Words the task editor shows in capitals. */
const ACRONYMS: Record<string, string> = { id: "ID", arm: "ARM", url: "URL", uri: "URI", json: "JSON", ms: "ms", yaml: "YAML", rps: "RPS", sas: "SAS", p99: "P99" };
const HEADER = "# Generated from shared/steps by `npm run generate`; edit the step's inputs there.\n";

function offeredOn(meta: InputMeta, host: "github" | "azure-pipelines"): boolean {
  return !meta.hosts || meta.hosts.includes(host);
}

/** The description with the accepted values spelled out where the input is a choice. */
function describe(meta: InputMeta): string {
  return meta.options ? `${meta.description} One of: ${meta.options.join(", ")}.` : meta.description;
}

function actionInput(meta: InputMeta, required: boolean) {
  const input: Record<string, unknown> = { description: describe(meta), required };
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

/**
 * The combined action: every step's inputs and outputs under one `step` input. A name several steps share
 * gets no manifest default (each step applies its own when the input is not set) and a description that
 * says what it means for each step.
 */
export function renderUmbrellaAction(): string {
  const inputs: Record<string, unknown> = {
    step: { description: `Which step to run: ${STEP_IDS.join(", ")}.`, required: true },
  };
  const inputUses = new Map<string, { step: StepId; meta: InputMeta }[]>();
  const outputUses = new Map<string, { step: StepId; description: string }[]>();
  for (const step of STEPS) {
    for (const [name, def] of Object.entries(step.inputs)) {
      if (offeredOn(def.meta, "github")) inputUses.set(name, [...(inputUses.get(name) ?? []), { step: step.id, meta: def.meta }]);
    }
    for (const [name, output] of Object.entries(step.outputs)) outputUses.set(name, [...(outputUses.get(name) ?? []), { step: step.id, description: output.description }]);
  }
  for (const [name, uses] of inputUses) {
    const defaults = new Set(uses.map(({ meta }) => meta.githubDefault ?? meta.default));
    const descriptions = new Set(uses.map(({ meta }) => describe(meta)));
    const input: Record<string, unknown> = { required: false };
    if (uses.length === 1 || (defaults.size === 1 && descriptions.size === 1)) {
      Object.assign(input, actionInput(uses[0].meta, false));
    } else {
      input.description = uses
        .map(({ step, meta }) => {
          const fallback = meta.githubDefault ?? meta.default;
          return `${step}: ${describe(meta)}${fallback !== undefined ? ` Default: ${fallback}.` : ""}`;
        })
        .join(" — ");
      // Expressions such as ${{ github.token }} are only evaluated in a manifest default.
      const [only] = defaults;
      if (defaults.size === 1 && only?.startsWith("${{")) input.default = only;
    }
    inputs[name] = input;
  }
  const outputs: Record<string, unknown> = {};
  for (const [name, uses] of outputUses) {
    const descriptions = new Set(uses.map((use) => use.description));
    outputs[name] = { description: descriptions.size === 1 ? uses[0].description : uses.map((use) => `${use.step}: ${use.description}`).join(" — ") };
  }
  const manifest = {
    name: "amlops",
    description: "Azure ML CI/CD in one action: train, evaluate-gate, register, deploy-canary, check-drift, with PR governance notes.",
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

function taskInput(step: StepId, name: string, def: InputDef<unknown>) {
  const meta = def.meta;
  const input: Record<string, unknown> = {
    name: toCamelCase(name),
    type: TASK_INPUT_TYPES[meta.kind],
    label: meta.label ?? labelOf(name),
    required: Boolean(meta.required),
    helpMarkDown: `${describe(meta)} [Learn more](${stepDocsUrl(step)}#${inputAnchor(name)})`,
  };
  if (meta.kind === "connection") input.aliases = ["connectedServiceNameARM"];
  if (meta.default !== undefined) input.defaultValue = meta.default;
  if (meta.options) input.options = Object.fromEntries(meta.options.map((option) => [option, option]));
  if (meta.kind === "multiline") input.properties = { resizable: true, rows: "4" };
  if (meta.advanced) input.groupName = "advanced";
  if (meta.visibleWhen) input.visibleRule = `${toCamelCase(meta.visibleWhen.input)} = ${meta.visibleWhen.equals}`;
  return input;
}

/** "client-id" → "Client ID", "webhook-url" → "Webhook URL": sentence case, acronyms in capitals. */
export function labelOf(name: string): string {
  if (name === "azureSubscription") return "Azure Resource Manager connection";
  const words = name.split("-").map((word) => ACRONYMS[word] ?? word);
  const [first, ...rest] = words;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(" ");
}

/** The service connection first: it is what most users set before anything else. */
function taskInputs(step: StepDeclaration) {
  const offered = Object.entries(step.inputs).filter(([, def]) => offeredOn(def.meta, "azure-pipelines"));
  const ordered = [...offered.filter(([, def]) => def.meta.kind === "connection"), ...offered.filter(([, def]) => def.meta.kind !== "connection")];
  return ordered.map(([name, def]) => taskInput(step.id, name, def));
}

export function renderTask(step: StepDeclaration): string {
  const manifest = {
    $schema: "https://raw.githubusercontent.com/Microsoft/azure-pipelines-task-lib/master/tasks.schema.json",
    id: TASK_IDS[step.id],
    name: TASK_NAMES[step.id],
    friendlyName: step.title,
    description: step.description,
    helpMarkDown: `${step.description} [Learn more](${stepDocsUrl(step.id)})`,
    helpUrl: stepDocsUrl(step.id),
    category: TASK_CATEGORIES[step.id],
    author: "amlops",
    version: { Major: major, Minor: minor, Patch: patch },
    minimumAgentVersion: "3.232.1",
    instanceNameFormat: INSTANCE_NAMES[step.id],
    groups: [{ name: "advanced", displayName: "Advanced", isExpanded: false }],
    inputs: taskInputs(step),
    outputVariables: Object.entries(step.outputs).map(([name, output]) => ({ name: toCamelCase(name), description: output.description })),
    execution: {
      Node20_1: { target: "dist/main.mjs", argumentFormat: "" },
      Node24: { target: "dist/main.mjs", argumentFormat: "" },
    },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function renderExtension(): string {
  const manifest = {
    manifestVersion: 1,
    id: "amlops",
    publisher: "amlops",
    version: packageJson.version,
    name: "amlops — Azure ML CI/CD",
    description: packageJson.description,
    categories: ["Azure Pipelines"],
    tags: ["Azure Machine Learning", "MLOps", "Canary", "Drift"],
    icons: { default: "images/extension-icon.png" },
    targets: [{ id: "Microsoft.VisualStudio.Services" }],
    content: { details: { path: "docs/marketplace.md" }, license: { path: "LICENSE" } },
    links: {
      getstarted: { uri: `${REPOSITORY_URL}#readme` },
      learn: { uri: `${REPOSITORY_URL}/tree/main/docs` },
      support: { uri: `${REPOSITORY_URL}/issues` },
      license: { uri: `${REPOSITORY_URL}/blob/main/LICENSE` },
    },
    repository: { type: "git", uri: REPOSITORY_URL },
    files: [
      { path: "images", addressable: true },
      ...STEPS.map((step) => ({ path: `tasks/${TASK_NAMES[step.id]}` })),
    ],
    contributions: STEPS.map((step) => ({
      id: TASK_NAMES[step.id],
      type: "ms.vss-distributed-task.task",
      targets: ["ms.vss-distributed-task.tasks"],
      properties: { name: `tasks/${TASK_NAMES[step.id]}` },
    })),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** docs/steps/<step>.md: every input (with its anchor for the task editor's "Learn more"), default and output. */
export function renderStepDoc(step: StepDeclaration): string {
  const task = TASK_NAMES[step.id];
  const inputs = Object.entries(step.inputs);
  const required = inputs.filter(([, def]) => def.meta.required);
  const example = (render: (name: string) => string) => required.map(([name]) => render(name)).join("\n") || "        # no required inputs";
  const lines = [
    "<!-- Generated from shared/steps by `npm run generate`; edit the step's declaration there. -->",
    `# ${step.id}`,
    "",
    step.description,
    "",
    "## Usage",
    "",
    "GitHub Actions:",
    "",
    "```yaml",
    `- uses: amlops/amlops/actions/${step.id}@v0`,
    "  with:",
    example((name) => `    ${name}: …`),
    "```",
    "",
    "Azure Pipelines:",
    "",
    "```yaml",
    `- task: ${task}@${major}`,
    "  inputs:",
    example((name) => `    ${toCamelCase(name)}: …`),
    "```",
    "",
    "## Inputs",
    "",
    "| GitHub | Azure Pipelines | required | default |",
    "|---|---|---|---|",
    ...inputs.map(([name, def]) => {
      const github = offeredOn(def.meta, "github") ? `[\`${name}\`](#${inputAnchor(name)})` : "—";
      const pipelines = !offeredOn(def.meta, "azure-pipelines") ? "—" : offeredOn(def.meta, "github") ? `\`${toCamelCase(name)}\`` : `[\`${toCamelCase(name)}\`](#${inputAnchor(name)})`;
      const fallback = def.meta.githubDefault ?? def.meta.default;
      return `| ${github} | ${pipelines} | ${def.meta.required ? "yes" : "no"} | ${fallback === undefined ? "" : `\`${cell(fallback)}\``} |`;
    }),
    "",
    ...inputs.flatMap(([name, def]) => {
      const facts = [
        `Azure Pipelines: \`${toCamelCase(name)}\`${offeredOn(def.meta, "azure-pipelines") ? "" : " (not offered)"}`,
        offeredOn(def.meta, "github") ? "" : "GitHub: not offered",
        def.meta.required ? "required" : "optional",
        def.meta.default !== undefined ? `default \`${def.meta.default}\`` : "",
        def.meta.githubDefault !== undefined ? `GitHub default \`${def.meta.githubDefault}\`` : "",
        `accepts ${def.meta.accepts}`,
        def.meta.secret ? "masked in every log" : "",
      ].filter(Boolean);
      return [`### ${name}`, "", describe(def.meta), "", facts.join(" · "), ""];
    }),
    "## Outputs",
    "",
    "| GitHub | Azure Pipelines | description |",
    "|---|---|---|",
    ...Object.entries(step.outputs).map(([name, output]) => `| \`${name}\` | \`${toCamelCase(name)}\` | ${cell(output.description)} |`),
    "",
  ];
  return lines.join("\n");
}

/** Every generated manifest, keyed by its path from the repository root. */
export function renderAllManifests(): Record<string, string> {
  const files: Record<string, string> = { "action.yml": renderUmbrellaAction(), "vss-extension.json": renderExtension() };
  for (const step of STEPS) {
    files[`actions/${step.id}/action.yml`] = renderAction(step);
    files[`tasks/${TASK_NAMES[step.id]}/task.json`] = renderTask(step);
    files[`docs/steps/${step.id}.md`] = renderStepDoc(step);
  }
  return files;
}
