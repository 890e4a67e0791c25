import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  registrationApiVersion,
  registrationBody
} from "./chunk-63I3WH5B.mjs";
import {
  compactRules
} from "./chunk-4HWHICK5.mjs";
import {
  publishEvent
} from "./chunk-JK2ABFYH.mjs";
import "./chunk-7KSXO4OZ.mjs";
import {
  parseTagLines
} from "./chunk-APQGA4ZV.mjs";
import "./chunk-UJCAEGQJ.mjs";
import "./chunk-LVPRAOBK.mjs";
import {
  createEvent,
  lineageTags
} from "./chunk-46YEMDDU.mjs";
import {
  codeBlock,
  escapeMarkdown,
  table
} from "./chunk-3P5YZ26R.mjs";
import {
  withInputNames
} from "./chunk-ERGP5LOC.mjs";
import "./chunk-PQRR4E6D.mjs";
import {
  METRICS_PROPERTY,
  SOURCE_KEY_PROPERTY,
  checkModelName
} from "./chunk-XCOOARZ4.mjs";
import "./chunk-JYELJH5W.mjs";
import "./chunk-YLJXG7A5.mjs";
import "./chunk-5LVE2LTV.mjs";
import "./chunk-KITPLPVF.mjs";
import "./chunk-H45GLWZJ.mjs";
import "./chunk-YEJH5X6S.mjs";
import "./chunk-U4WN3ET4.mjs";
import {
  ConfigurationError
} from "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/registry/lineage.ts
function defined(entries) {
  return Object.fromEntries(Object.entries(entries).filter((entry) => entry[1] !== void 0 && entry[1] !== ""));
}
function defaultReason(context) {
  return context.pullRequestTitle ?? context.commitSubject;
}
function modelLineage(settings) {
  let { context, gate } = settings, reason = settings.reason ?? defaultReason(settings.context), registeredAt = settings.now.toISOString(), tags = defined({
    ...lineageTags(context),
    "amlops.reason": reason,
    "amlops.source-job": settings.source.jobName,
    "amlops.gate": gate?.result,
    "amlops.registered-at": registeredAt
  }), properties = defined({
    ...tags,
    "amlops.pull-request-title": context.pullRequestTitle,
    "amlops.source": settings.source.key,
    [SOURCE_KEY_PROPERTY]: settings.source.keyHash,
    "amlops.data": settings.source.dataInputs.join(`
`) || void 0,
    "amlops.gate-rules": gate && gate.rules.length > 0 ? compactRules(gate.rules) : void 0,
    "amlops.gate-champion": gate?.champion ? `${gate.champion.model}:${gate.champion.version}` : void 0,
    [METRICS_PROPERTY]: settings.metrics && Object.keys(settings.metrics).length > 0 ? JSON.stringify(settings.metrics) : void 0
  });
  return { tags, properties };
}

// shared/steps/register-run.ts
var SETTING_INPUTS = { jobName: "job-name", outputName: "output-name", modelPath: "model-path", modelName: "model-name" };
async function runRegister(inputs, host, services) {
  let label = (name) => host.inputLabel(name);
  if (inputs["job-name"] && inputs["model-path"]) throw new ConfigurationError(`Set either input '${label("job-name")}' or '${label("model-path")}', not both.`);
  if (!inputs["job-name"] && !inputs["model-path"])
    throw new ConfigurationError(`Input '${label("job-name")}' is required unless '${label("model-path")}' is set: expected the name of a Completed job with a model output.`);
  await withInputNames(host, SETTING_INPUTS, async () => checkModelName(inputs["model-name"], "modelName"));
  let userTags = await withInputNames(host, { tags: "tags" }, async () => parseTagLines(inputs.tags)), modelName = inputs["model-name"], registry = await services.connect(inputs, host), sourceSettings = inputs["job-name"] ? { kind: "job", jobName: inputs["job-name"], outputName: inputs["output-name"] ?? "model" } : { kind: "path", path: inputs["model-path"] }, source = await withInputNames(host, SETTING_INPUTS, () => registry.resolveSource(sourceSettings));
  host.untrusted(`Model source: ${source.description} \u2192 ${source.modelUri}`);
  let existing = await registry.findRegistered(modelName, source.keyHash);
  if (existing) {
    setOutputs(host, existing), host.untrusted(`${modelName}:${existing.version} was already registered from ${source.description}; nothing registered.`), await report(host, inputs, existing, source, "already registered from the same source", inputs["dry-run"] ? "planned" : "succeeded");
    return;
  }
  let gate = inputs["gate-report"];
  gate && gate.result !== "pass" && host.warning(`The gate's result in '${host.inputLabel("gate-report")}' is ${gate.result}; the version records it.`);
  let metrics = gate?.candidate.metrics ?? inputs.metrics ?? (source.jobName ? await registry.jobMetrics(source.jobName) : void 0), lineage = modelLineage({ context: host.context, reason: inputs.reason, source, gate, metrics, now: /* @__PURE__ */ new Date() }), registration = {
    modelName,
    modelType: inputs["model-type"],
    description: inputs.description,
    modelUri: source.modelUri,
    jobName: source.jobName,
    stage: inputs.stage,
    datasets: source.datasets,
    tags: { ...lineage.tags, ...userTags },
    properties: lineage.properties
  };
  if (inputs["dry-run"]) {
    let version = await registry.nextVersion(modelName), upload = source.upload ? `upload: ${inputs["model-path"]} \u2192 ${source.modelUri}
` : "", request = `PUT ${registry.versionUrl(modelName, version, registrationApiVersion(registration))}`, body = JSON.stringify(registrationBody(registration), null, 2);
    host.untrusted(`Dry run: nothing is uploaded or registered.
${upload}${request}
${body}`);
    let planned = { name: modelName, version, id: "", properties: {} };
    setOutputs(host, planned), await report(host, inputs, planned, source, `dry run of ${modelName}:${version}`, "planned", `${upload ? `- ${escapeMarkdown(upload.trim())}
` : ""}- ${escapeMarkdown(request)}

${codeBlock(body, "json")}`);
    return;
  }
  if (source.upload) {
    let { reused } = await registry.upload(source);
    host.untrusted(`${reused ? "Reused" : "Uploaded"}: ${inputs["model-path"]} \u2192 ${source.modelUri}`);
  }
  let { model, created } = await registry.register(registration);
  setOutputs(host, model), host.info(created ? `Registered ${modelName}:${model.version}.` : `${modelName}:${model.version} was registered from the same source by a concurrent run.`), await report(host, inputs, model, source, created ? `registered ${modelName}:${model.version}` : "already registered from the same source", "succeeded", lineageTable(registration));
}
function setOutputs(host, model) {
  host.setOutput("model-name", model.name), host.setOutput("model-version", model.version), host.setOutput("model-uri", `azureml:${model.name}:${model.version}`), model.id && host.setOutput("model-id", model.id);
}
function lineageTable(registration) {
  let rows = Object.entries(registration.properties).map(([key, value]) => [escapeMarkdown(key), escapeMarkdown(value.length > 200 ? `${value.slice(0, 197)}...` : value)]);
  return table(["property", "value"], rows);
}
function report(host, inputs, model, source, headline, outcome, body) {
  let event = createEvent("register", host.context, {
    outcome,
    headline,
    reason: inputs.reason ?? host.context.pullRequestTitle,
    subject: { model: `${model.name}:${model.version}`, source: source.description },
    evidence: { modelUri: source.modelUri, ...inputs["gate-report"] ? { gate: inputs["gate-report"].result } : {} }
  }), facts = table(["", ""], [["model", `\`azureml:${model.name}:${model.version}\``], ["source", escapeMarkdown(source.description)]]);
  return publishEvent(host, event, body ? `${facts}

${body}` : facts, inputs["webhook-url"]);
}
export {
  runRegister
};
