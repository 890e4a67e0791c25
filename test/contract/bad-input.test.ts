import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { STEP_IDS, type StepId } from "../../shared/core/steps";
import { runAction, runTask, type StepRunResult } from "../../emulator/harness/contract";

/** Per step: inputs that are otherwise valid, so each case below breaks exactly one thing. */
const dir = mkdtempSync(join(tmpdir(), "bad-input-"));
const jobFile = join(dir, "job.yml");
writeFileSync(jobFile, "command: python train.py\nenvironment: azureml:sklearn-env:1\ncompute: azureml:cpu-cluster\n");
const referenceFile = join(dir, "reference.csv");
writeFileSync(referenceFile, "a\n1\n");

const VALID: Record<StepId, Record<string, string>> = {
  train: { "job-file": jobFile },
  "evaluate-gate": { metrics: '{"accuracy": 0.9}' },
  register: { "job-name": "job-1", "model-name": "model" },
  "deploy-canary": { "endpoint-name": "credit", model: "azureml:credit:1" },
  "check-drift": { reference: referenceFile, current: referenceFile },
};

/** A required input of each step, to leave out. */
const REQUIRED: Record<StepId, string> = {
  train: "subscription-id",
  "evaluate-gate": "metrics",
  register: "model-name",
  "deploy-canary": "endpoint-name",
  "check-drift": "reference",
};

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

interface BadCase {
  title: string;
  inputs: (step: StepId) => Record<string, string | undefined>;
  message: (label: (name: string) => string, step: StepId) => RegExp;
}

const CASES: BadCase[] = [
  {
    title: "malformed GUID",
    inputs: () => ({ "subscription-id": "not-a-guid" }),
    message: (label) => new RegExp(`^Input '${label("subscription-id")}' must be a GUID such as 00000000-0000-0000-0000-000000000000, got 'not-a-guid'\\.$`),
  },
  {
    title: "non-boolean for a boolean",
    inputs: () => ({ "dry-run": "yes" }),
    message: (label) => new RegExp(`^Input '${label("dry-run")}' must be true or false, got 'yes'\\.$`),
  },
  {
    title: "URL that is not one",
    inputs: () => ({ "arm-endpoint": "management.azure.com" }),
    message: (label) => new RegExp(`^Input '${label("arm-endpoint")}' must be an https:// URL, got 'management.azure.com'\\.$`),
  },
  {
    title: "missing required input",
    inputs: (step) => ({ [REQUIRED[step]]: undefined }),
    message: (label, step) => new RegExp(`^Input '${label(REQUIRED[step])}' is required`),
  },
];

const STEP_CASES: { step: StepId; title: string; inputs: Record<string, string | undefined>; message: (label: (name: string) => string) => RegExp }[] = [
  { step: "train", title: "job file that does not exist", inputs: { "job-file": "/no/such/job.yml" }, message: (l) => new RegExp(`^Input '${l("job-file")}' must be the path of an existing file or folder, got '/no/such/job.yml'`) },
  { step: "register", title: "unknown enum value", inputs: { "model-type": "onnx" }, message: (l) => new RegExp(`^Input '${l("model-type")}' must be one of mlflow_model, custom_model, triton_model, got 'onnx'\\.$`) },
  { step: "evaluate-gate", title: "malformed rule", inputs: { rules: "accuracy >= 0.9\naccuracy => 0.9" }, message: (l) => new RegExp(`^Input '${l("rules")}': line 2, column 10: unknown operator '=>'; expected one of >= > <= < ==$`) },
  { step: "evaluate-gate", title: "metrics not an object of numbers", inputs: { metrics: '{"accuracy": "high"}' }, message: (l) => new RegExp(`^Input '${l("metrics")}' must be a JSON object of numbers, e\\.g\\. \\{"accuracy": 0\\.91\\}, got '\\{"accuracy": "high"\\}'\\.$`) },
  { step: "register", title: "model name the service refuses", inputs: { "model-name": "credit model" }, message: (l) => new RegExp(`^Input '${l("model-name")}': 'credit model' is not a valid model name`) },
  { step: "check-drift", title: "number out of range", inputs: { "drift-share": "1.5" }, message: (l) => new RegExp(`^Input '${l("drift-share")}' must be a number from 0 to 1, got '1.5'\\.$`) },
  { step: "check-drift", title: "unknown engine", inputs: { engine: "spark" }, message: (l) => new RegExp(`^Input '${l("engine")}' must be one of local, azureml-monitor, got 'spark'\\.$`) },
];

function expectOneCleanError(result: StepRunResult, pattern: RegExp) {
  expect(result.exitCode).toBe(1);
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]).toMatch(pattern);
  expect(result.log).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/);
}

const base = { "subscription-id": "00000000-0000-0000-0000-000000000001", "resource-group": "rg", "workspace-name": "ws" };

describe.each(STEP_IDS)("bad input: %s", (step) => {
  const all = [
    ...CASES.map((c) => ({ title: c.title, inputs: c.inputs(step), message: (label: (name: string) => string) => c.message(label, step) })),
    ...STEP_CASES.filter((c) => c.step === step),
  ];

  it.each(all.map((c) => [c.title, c] as const))("GitHub action: %s", async (_title, badCase) => {
    const inputs = { ...base, ...VALID[step], ...badCase.inputs };
    const result = await runAction(step, { inputs });
    expectOneCleanError(result, badCase.message((name) => name));
  });

  it.each(all.map((c) => [c.title, c] as const))("Azure Pipelines task: %s", async (_title, badCase) => {
    const inputs = Object.fromEntries(Object.entries({ ...base, ...VALID[step], ...badCase.inputs }).map(([k, v]) => [camel(k), v]));
    const result = await runTask(step, { inputs });
    expectOneCleanError(result, badCase.message(camel));
    expect(result.result).toBe("Failed");
  });
});

describe("bad input: umbrella action", () => {
  it("names the step input and the accepted steps", async () => {
    const result = await runAction("umbrella", { inputs: { step: "deploy" } });
    expectOneCleanError(result, /^Input 'step' must be one of train, evaluate-gate, register, deploy-canary, check-drift, got 'deploy'\.$/);
  });

  it("shows the stack only with debug logging", async () => {
    const quiet = await runAction("register", { inputs: { ...base, "job-name": "j", "model-name": "m", "model-type": "x" } });
    expect(quiet.debug.join("\n")).not.toMatch(/ConfigurationError/);
    const verbose = await runAction("register", { inputs: { ...base, "job-name": "j", "model-name": "m", "model-type": "x" }, debug: true });
    expect(verbose.debug.join("\n")).toMatch(/ConfigurationError: Input 'model-type'/);
  });
});
