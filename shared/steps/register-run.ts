import { ConfigurationError } from "../core/errors";
import type { WorkspaceInputs } from "./workspace-inputs";
import { createEvent, type GovernanceEvent } from "../governance/event";
import { codeBlock, escapeMarkdown, table } from "../core/markdown";
import { publishEvent } from "../governance/publish";
import type { Host } from "../host/port";
import type { ParsedInputs } from "../inputs/parse";
import { modelLineage } from "../registry/lineage";
import type { ModelSource, ModelSourceSettings } from "../registry/model-source";
import { parseTagLines } from "../jobs/tags";
import { checkModelName, type ModelVersionRef } from "../registry/model-versions";
import { registrationApiVersion, registrationBody, type ModelRegistration } from "../registry/register-model";
import { withInputNames } from "./input-errors";
import type { registerInputs } from "./register";

type RegisterInputs = ParsedInputs<typeof registerInputs>;

/** What registering needs from Azure ML. */
export interface ModelRegistry {
  /** SettingError on "jobName", "outputName" or "modelPath" for a source that cannot be registered. */
  resolveSource(source: ModelSourceSettings): Promise<ModelSource>;
  findRegistered(modelName: string, keyHash: string): Promise<ModelVersionRef | undefined>;
  nextVersion(modelName: string): Promise<string>;
  versionUrl(modelName: string, version: string, apiVersion: string): string;
  /** Uploads a local model (source.upload is set). */
  upload(source: ModelSource): Promise<{ reused: boolean }>;
  register(registration: ModelRegistration): Promise<{ model: ModelVersionRef; created: boolean }>;
  jobMetrics(jobName: string): Promise<Record<string, number>>;
}

export interface RegisterServices {
  connect(inputs: WorkspaceInputs, host: Host): Promise<ModelRegistry>;
}

const SETTING_INPUTS = { jobName: "job-name", outputName: "output-name", modelPath: "model-path", modelName: "model-name" };

export async function runRegister(inputs: RegisterInputs, host: Host, services: RegisterServices): Promise<void> {
  const label = (name: string) => host.inputLabel(name);
  if (inputs["job-name"] && inputs["model-path"]) throw new ConfigurationError(`Set either input '${label("job-name")}' or '${label("model-path")}', not both.`);
  if (!inputs["job-name"] && !inputs["model-path"]) {
    throw new ConfigurationError(`Input '${label("job-name")}' is required unless '${label("model-path")}' is set: expected the name of a Completed job with a model output.`);
  }
  await withInputNames(host, SETTING_INPUTS, async () => checkModelName(inputs["model-name"], "modelName"));
  const userTags = await withInputNames(host, { tags: "tags" }, async () => parseTagLines(inputs.tags));
  const modelName = inputs["model-name"];

  const registry = await services.connect(inputs, host);
  const sourceSettings: ModelSourceSettings = inputs["job-name"]
    ? { kind: "job", jobName: inputs["job-name"], outputName: inputs["output-name"] ?? "model" }
    : { kind: "path", path: inputs["model-path"]! };
  const source = await withInputNames(host, SETTING_INPUTS, () => registry.resolveSource(sourceSettings));
  host.untrusted(`Model source: ${source.description} → ${source.modelUri}`);

  const existing = await registry.findRegistered(modelName, source.keyHash);
  if (existing) {
    setOutputs(host, existing);
    host.untrusted(`${modelName}:${existing.version} was already registered from ${source.description}; nothing registered.`);
    await report(host, inputs, existing, source, "already registered from the same source", inputs["dry-run"] ? "planned" : "succeeded");
    return;
  }

  const gate = inputs["gate-report"];
  if (gate && gate.result !== "pass") host.warning(`The gate's result in '${host.inputLabel("gate-report")}' is ${gate.result}; the version records it.`);
  const metrics = gate?.candidate.metrics ?? inputs.metrics ?? (source.jobName ? await registry.jobMetrics(source.jobName) : undefined);
  const lineage = modelLineage({ context: host.context, reason: inputs.reason, source, gate, metrics, now: new Date() });
  const registration: ModelRegistration = {
    modelName,
    modelType: inputs["model-type"]!,
    description: inputs.description,
    modelUri: source.modelUri,
    jobName: source.jobName,
    stage: inputs.stage,
    datasets: source.datasets,
    tags: { ...lineage.tags, ...userTags },
    properties: lineage.properties,
  };

  if (inputs["dry-run"]) {
    const version = await registry.nextVersion(modelName);
    const upload = source.upload ? `upload: ${inputs["model-path"]} → ${source.modelUri}\n` : "";
    const request = `PUT ${registry.versionUrl(modelName, version, registrationApiVersion(registration))}`;
    const body = JSON.stringify(registrationBody(registration), null, 2);
    host.untrusted(`Dry run: nothing is uploaded or registered.\n${upload}${request}\n${body}`);
    const planned = { name: modelName, version, id: "", properties: {} };
    setOutputs(host, planned);
    await report(host, inputs, planned, source, `dry run of ${modelName}:${version}`, "planned", `${upload ? `- ${escapeMarkdown(upload.trim())}\n` : ""}- ${escapeMarkdown(request)}\n\n${codeBlock(body, "json")}`);
    return;
  }

  if (source.upload) {
    const { reused } = await registry.upload(source);
    host.untrusted(`${reused ? "Reused" : "Uploaded"}: ${inputs["model-path"]} → ${source.modelUri}`);
  }
  const { model, created } = await registry.register(registration);
  setOutputs(host, model);
  host.info(created ? `Registered ${modelName}:${model.version}.` : `${modelName}:${model.version} was registered from the same source by a concurrent run.`);
  await report(host, inputs, model, source, created ? `registered ${modelName}:${model.version}` : "already registered from the same source", "succeeded", lineageTable(registration));
}

function setOutputs(host: Host, model: ModelVersionRef): void {
  host.setOutput("model-name", model.name);
  host.setOutput("model-version", model.version);
  host.setOutput("model-uri", `azureml:${model.name}:${model.version}`);
  if (model.id) host.setOutput("model-id", model.id);
}

function lineageTable(registration: ModelRegistration): string {
  const rows = Object.entries(registration.properties).map(([key, value]) => [escapeMarkdown(key), escapeMarkdown(value.length > 200 ? `${value.slice(0, 197)}...` : value)]);
  return table(["property", "value"], rows);
}

function report(
  host: Host,
  inputs: RegisterInputs,
  model: ModelVersionRef,
  source: ModelSource,
  headline: string,
  outcome: GovernanceEvent["outcome"],
  body?: string,
): Promise<void> {
  const event = createEvent("register", host.context, {
    outcome,
    headline,
    reason: inputs.reason ?? host.context.pullRequestTitle,
    subject: { model: `${model.name}:${model.version}`, source: source.description },
    evidence: { modelUri: source.modelUri, ...(inputs["gate-report"] ? { gate: inputs["gate-report"].result } : {}) },
  });
  const facts = table(["", ""], [["model", `\`azureml:${model.name}:${model.version}\``], ["source", escapeMarkdown(source.description)]]);
  return publishEvent(host, event, body ? `${facts}\n\n${body}` : facts, inputs["webhook-url"]);
}
