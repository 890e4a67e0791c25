import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import Ajv from "ajv";
import AjvDraft04 from "ajv-draft-04";
import { parse } from "yaml";
import { renderAllManifests } from "../../scripts/manifests";
import { loadStep } from "../../shared/steps/index";
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
  it("are what the step definitions generate (run `npm run generate` after changing inputs)", async () => {
    for (const [path, content] of Object.entries(await renderAllManifests())) {
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

  it.each(STEP_IDS)("%s: action and task declare the same inputs, required flags and defaults", async (id) => {
    const step = await loadStep(id);
    const action = parse(readFileSync(join(root, `actions/${id}/action.yml`), "utf8"));
    const task = readJson(join(root, `tasks/${TASK_NAMES[id]}/task.json`));
    const taskInputs = new Map(task.inputs.map((input: { name: string }) => [input.name, input]));
    for (const [name, def] of Object.entries(step.inputs)) {
      const onGitHub = !def.meta.hosts || def.meta.hosts.includes("github");
      const onPipelines = !def.meta.hosts || def.meta.hosts.includes("azure-pipelines");
      if (onGitHub) {
        expect(action.inputs[name]).toMatchObject({ description: def.meta.description, required: Boolean(def.meta.required) });
        expect(action.inputs[name].default).toBe(def.meta.githubDefault ?? def.meta.default);
      } else {
        expect(action.inputs[name]).toBeUndefined();
      }
      const taskInput = taskInputs.get(toCamelCase(name)) as { required: boolean; defaultValue?: string; helpMarkDown: string } | undefined;
      if (onPipelines) {
        expect(taskInput).toMatchObject({ required: Boolean(def.meta.required), helpMarkDown: def.meta.description });
        expect(taskInput!.defaultValue).toBe(def.meta.default);
      } else {
        expect(taskInput).toBeUndefined();
      }
    }
    expect(Object.keys(action.outputs)).toEqual(Object.keys(step.outputs));
    expect(task.outputVariables.map((output: { name: string }) => output.name)).toEqual(Object.keys(step.outputs).map(toCamelCase));
  });

  it("the umbrella action offers every step's inputs and outputs", async () => {
    const umbrella = parse(readFileSync(join(root, "action.yml"), "utf8"));
    expect(umbrella.inputs.step.required).toBe(true);
    for (const id of STEP_IDS) {
      const step = await loadStep(id);
      for (const [name, def] of Object.entries(step.inputs)) {
        if (!def.meta.hosts || def.meta.hosts.includes("github")) expect(umbrella.inputs[name]).toBeDefined();
      }
      for (const name of Object.keys(step.outputs)) expect(umbrella.outputs[name]).toBeDefined();
    }
  });
});
