import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import Ajv from "ajv";
import AjvDraft04 from "ajv-draft-04";
import { parse } from "yaml";
import { renderAllManifests, STEPS } from "../../scripts/manifests";
import { toCamelCase } from "../../shared/inputs/names";
import { STEP_IDS, TASK_IDS, TASK_NAMES } from "../../shared/core/steps";

const root = join(__dirname, "../..");
const schemas = join(root, "test/schemas");
const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8"));

const githubActionSchema = new Ajv({ strict: false, allErrors: true }).compile(readJson(join(schemas, "github-action.json")));
const taskSchema = new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false }).compile(readJson(join(schemas, "tasks.schema.json")));
const extensionSchema = new Ajv({ strict: false, allErrors: true }).compile(readJson(join(schemas, "vss-extension.json")));

const actionFiles = ["action.yml", ...STEP_IDS.map((id) => `actions/${id}/action.yml`)];
const taskFiles = STEP_IDS.map((id) => `tasks/${TASK_NAMES[id]}/task.json`);

describe("manifests", () => {
  it("are what the step definitions generate (run `npm run generate` after changing inputs)", () => {
    for (const [path, content] of Object.entries(renderAllManifests())) {
      expect({ path, content: readFileSync(join(root, path), "utf8") }).toEqual({ path, content });
    }
  });

  it.each(actionFiles)("%s validates against SchemaStore's github-action schema and its main exists", (file) => {
    const manifest = parse(readFileSync(join(root, file), "utf8"));
    expect(githubActionSchema(manifest) ? [] : githubActionSchema.errors).toEqual([]);
    expect(manifest.runs.using).toBe("node24");
    expect(existsSync(join(root, dirname(file), manifest.runs.main))).toBe(true);
  });

  it.each(taskFiles)("%s validates against task-lib's tasks schema and its targets exist", (file) => {
    const manifest = readJson(join(root, file));
    expect(taskSchema(manifest) ? [] : taskSchema.errors).toEqual([]);
    for (const field of ["id", "name", "friendlyName", "description", "author", "version", "instanceNameFormat", "execution"]) {
      expect(manifest).toHaveProperty(field);
    }
    expect(manifest.friendlyName.length).toBeLessThanOrEqual(40);
    expect(Object.keys(manifest.execution).sort()).toEqual(["Node20_1", "Node24"]);
    for (const handler of Object.values(manifest.execution) as { target: string }[]) {
      expect(existsSync(join(root, dirname(file), handler.target))).toBe(true);
    }
  });

  it("keeps task IDs unique and stable", () => {
    const ids = STEP_IDS.map((id) => readJson(join(root, `tasks/${TASK_NAMES[id]}/task.json`)).id);
    expect(ids).toEqual(STEP_IDS.map((id) => TASK_IDS[id]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("vss-extension.json validates against SchemaStore's schema and lists every task", () => {
    const manifest = readJson(join(root, "vss-extension.json"));
    expect(extensionSchema(manifest) ? [] : extensionSchema.errors).toEqual([]);
    expect(manifest.contributions.map((c: { properties: { name: string } }) => c.properties.name)).toEqual(STEP_IDS.map((id) => `tasks/${TASK_NAMES[id]}`));
  });

  it.each(STEPS.map((step) => [step.id, step] as const))("%s: action and task declare the same inputs, required flags and defaults", (id, step) => {
    const action = parse(readFileSync(join(root, `actions/${id}/action.yml`), "utf8"));
    const task = readJson(join(root, `tasks/${TASK_NAMES[id]}/task.json`));
    const taskInputs = new Map(task.inputs.map((input: { name: string }) => [input.name, input]));
    for (const [name, def] of Object.entries(step.inputs)) {
      const onGitHub = !def.meta.hosts || def.meta.hosts.includes("github");
      const onPipelines = !def.meta.hosts || def.meta.hosts.includes("azure-pipelines");
      if (onGitHub) {
        expect(action.inputs[name].description).toContain(def.meta.description);
        for (const option of def.meta.options ?? []) expect(action.inputs[name].description).toContain(option);
        expect(action.inputs[name].required).toBe(Boolean(def.meta.required));
        expect(action.inputs[name].default).toBe(def.meta.githubDefault ?? def.meta.default);
      } else {
        expect(action.inputs[name]).toBeUndefined();
      }
      const taskInput = taskInputs.get(toCamelCase(name)) as { required: boolean; defaultValue?: string; helpMarkDown: string; groupName?: string } | undefined;
      if (onPipelines) {
        expect(taskInput).toMatchObject({ required: Boolean(def.meta.required) });
        expect(taskInput!.helpMarkDown).toContain(def.meta.description);
        expect(taskInput!.helpMarkDown).toMatch(new RegExp(`\\[Learn more\\]\\(https://\\S+/docs/steps/${id}\\.md#${name.toLowerCase()}\\)$`));
        expect(taskInput!.groupName).toBe(def.meta.advanced ? "advanced" : undefined);
        expect(taskInput!.defaultValue).toBe(def.meta.default);
      } else {
        expect(taskInput).toBeUndefined();
      }
    }
    expect(Object.keys(action.outputs)).toEqual(Object.keys(step.outputs));
    expect(task.outputVariables.map((output: { name: string }) => output.name)).toEqual(Object.keys(step.outputs).map(toCamelCase));
  });

  it.each(taskFiles)("%s: the service connection comes first, labels read as words, help and groups are declared", (file) => {
    const manifest = readJson(join(root, file));
    expect(manifest.inputs[0]).toMatchObject({ name: "azureSubscription", type: "connectedService:AzureRM", aliases: ["connectedServiceNameARM"] });
    const labels = new Map(manifest.inputs.map((input: { name: string; label: string }) => [input.name, input.label]));
    if (labels.has("clientId")) expect(labels.get("clientId")).toBe("Client ID");
    if (labels.has("webhookUrl")) expect(labels.get("webhookUrl")).toBe("Webhook URL");
    expect(labels.get("armEndpoint")).toBe("ARM endpoint");
    expect(manifest.groups).toEqual([{ name: "advanced", displayName: "Advanced", isExpanded: false }]);
    expect(manifest.helpUrl).toMatch(/^https:\/\/\S+\/docs\/steps\/[a-z-]+\.md$/);
    expect(manifest.instanceNameFormat).toMatch(/\$\([a-zA-Z]+\)/);
    const referenced = [...manifest.instanceNameFormat.matchAll(/\$\(([a-zA-Z]+)\)/g)].map((match: RegExpMatchArray) => match[1]);
    for (const name of referenced) expect(labels.has(name)).toBe(true);
    for (const input of manifest.inputs as { visibleRule?: string }[]) {
      if (input.visibleRule) expect(labels.has(input.visibleRule.split(/\s*=\s*/)[0])).toBe(true);
    }
  });

  it.each(STEPS.map((step) => [step.id, step] as const))("docs/steps/%s.md documents every input with its default and every output", (id, step) => {
    const doc = readFileSync(join(root, `docs/steps/${id}.md`), "utf8");
    for (const [name, def] of Object.entries(step.inputs)) {
      const section = doc.split(`\n### ${name}\n`)[1]?.split("\n### ")[0] ?? "";
      expect(section).toContain(def.meta.description);
      if (def.meta.default !== undefined) expect(section).toContain(`default \`${def.meta.default}\``);
    }
    for (const name of Object.keys(step.outputs)) expect(doc).toContain(`| \`${name}\` | \`${toCamelCase(name)}\` |`);
  });

  it("the umbrella action's description fits the Marketplace's 125 characters", () => {
    const umbrella = parse(readFileSync(join(root, "action.yml"), "utf8"));
    expect(umbrella.description.length).toBeLessThanOrEqual(125);
  });

  it("the umbrella action gives a name several steps declare no default of one step, and describes it for each", () => {
    const umbrella = parse(readFileSync(join(root, "action.yml"), "utf8"));
    for (const [name, input] of Object.entries(umbrella.inputs as Record<string, { default?: string; description: string }>)) {
      const users = STEPS.filter((step) => name in step.inputs);
      const defaults = new Set(users.map((step) => step.inputs[name].meta.githubDefault ?? step.inputs[name].meta.default));
      if (defaults.size > 1) {
        expect(input.default).toBeUndefined();
        for (const step of users) expect(input.description).toContain(`${step.id}: ${step.inputs[name].meta.description}`);
      }
    }
  });

  it("the umbrella action offers every step's inputs and outputs", () => {
    const umbrella = parse(readFileSync(join(root, "action.yml"), "utf8"));
    expect(umbrella.inputs.step.required).toBe(true);
    for (const step of STEPS) {
      for (const [name, def] of Object.entries(step.inputs)) {
        if (!def.meta.hosts || def.meta.hosts.includes("github")) expect(umbrella.inputs[name]).toBeDefined();
      }
      for (const name of Object.keys(step.outputs)) expect(umbrella.outputs[name]).toBeDefined();
    }
  });
});
