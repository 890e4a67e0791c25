import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  deployCanaryInputs
} from "./chunk-BNFHNIMW.mjs";
import {
  publishEvent
} from "./chunk-JK2ABFYH.mjs";
import "./chunk-7KSXO4OZ.mjs";
import {
  resolveCode,
  resolveEnvironment,
  secondsToIsoDuration
} from "./chunk-YR7YOYFS.mjs";
import {
  expectMapping,
  fieldPath,
  isMapping,
  optionalBoolean,
  optionalInteger,
  optionalMapping,
  optionalString,
  optionalStringMap,
  parseYamlFile,
  rejectUnknownFields
} from "./chunk-UJCAEGQJ.mjs";
import "./chunk-LVPRAOBK.mjs";
import {
  createEvent
} from "./chunk-46YEMDDU.mjs";
import {
  codeBlock,
  escapeMarkdown,
  table
} from "./chunk-3P5YZ26R.mjs";
import "./chunk-BVD3ISGW.mjs";
import {
  withInputNames
} from "./chunk-ERGP5LOC.mjs";
import "./chunk-IBYWEKLG.mjs";
import "./chunk-PQRR4E6D.mjs";
import {
  assetVersionArmId,
  parseAssetReference
} from "./chunk-YLJXG7A5.mjs";
import "./chunk-H45GLWZJ.mjs";
import "./chunk-YEJH5X6S.mjs";
import "./chunk-U4WN3ET4.mjs";
import {
  CancelledError,
  ConfigurationError,
  ServiceError,
  SettingError,
  errorMessage
} from "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/steps/deploy-canary-run.ts
import { readFile } from "node:fs/promises";
import path from "node:path";

// shared/governance/asset-lineage.ts
function defined(entries) {
  return Object.fromEntries(entries.filter((entry) => entry[1] !== void 0 && entry[1] !== ""));
}
function cut(value, limit) {
  return value.length > limit ? `${value.slice(0, limit - 1)}\u2026` : value;
}
function assetLineage(event) {
  let common = defined([
    ["amlops.step", event.step],
    ["amlops.outcome", event.outcome],
    ["amlops.repository", event.repository],
    ["amlops.commit", event.sha],
    ["amlops.ref", event.ref],
    ["amlops.pull-request", event.pullRequest?.toString()],
    ["amlops.run-url", event.runUrl],
    ["amlops.actor", event.actor],
    ["amlops.reason", event.reason],
    ["amlops.time", event.time]
  ]), tags = Object.fromEntries(Object.entries(common).map(([key, value]) => [key, cut(value, 256)])), evidence = Object.entries(event.evidence).map(([key, value]) => [`amlops.evidence.${key}`, cut(JSON.stringify(value) ?? "", 4096)]), properties = { ...Object.fromEntries(Object.entries(common).map(([key, value]) => [key, cut(value, 4096)])), "amlops.headline": cut(event.headline, 4096), ...Object.fromEntries(evidence) };
  return { tags, properties };
}

// shared/rollout/deployment-spec.ts
var DEFAULT_INSTANCE_TYPE = "Standard_DS3_v2", DEPLOYMENT_FIELDS = [
  "$schema",
  "name",
  "endpoint_name",
  "type",
  "model",
  "environment",
  "code_configuration",
  "instance_type",
  "instance_count",
  "request_settings",
  "liveness_probe",
  "readiness_probe",
  "environment_variables",
  "app_insights_enabled",
  "data_collector",
  "egress_public_network_access",
  "description",
  "tags",
  "properties",
  "scale_settings",
  "model_mount_path"
], PROBE_FIELDS = ["initial_delay", "period", "timeout", "success_threshold", "failure_threshold"];
async function buildDeploymentBody(spec, overrides, ctx) {
  let where = ctx.source;
  rejectUnknownFields(spec, DEPLOYMENT_FIELDS, where);
  let type = optionalString(spec, "type", where);
  if (type !== void 0 && type.toLowerCase() !== "managed")
    throw new ConfigurationError(`${fieldPath(where, "type")}: only managed online deployments are supported, got '${type}'.`);
  let properties = { endpointComputeType: "Managed", model: ctx.modelId };
  properties.instanceType = overrides.instanceType ?? optionalString(spec, "instance_type", where) ?? DEFAULT_INSTANCE_TYPE;
  let environment = overrides.environment ?? spec.environment;
  environment != null && (properties.environmentId = await resolveEnvironment(environment, fieldPath(where, "environment"), ctx));
  let code = codeConfiguration(spec, overrides, where);
  code && (properties.codeConfiguration = { codeId: await resolveCode(code.code, fieldPath(where, "code_configuration.code"), ctx), scoringScript: code.scoringScript });
  let requestSettings = requestSettingsOf(spec, overrides, where);
  requestSettings && (properties.requestSettings = requestSettings);
  for (let [field, key, override] of [["liveness_probe", "livenessProbe", overrides.livenessProbe], ["readiness_probe", "readinessProbe", overrides.readinessProbe]]) {
    let probe = override ?? optionalMapping(spec, field, where);
    probe && (properties[key] = probeSettings(probe, fieldPath(where, field)));
  }
  let variables = optionalStringMap(spec, "environment_variables", where);
  variables && (properties.environmentVariables = variables);
  let appInsights = optionalBoolean(spec, "app_insights_enabled", where);
  appInsights !== void 0 && (properties.appInsightsEnabled = appInsights);
  let egress = optionalString(spec, "egress_public_network_access", where);
  egress !== void 0 && (properties.egressPublicNetworkAccess = egress.toLowerCase() === "disabled" ? "Disabled" : "Enabled");
  let description = optionalString(spec, "description", where);
  description !== void 0 && (properties.description = description);
  let extra = optionalStringMap(spec, "properties", where);
  extra && (properties.properties = extra);
  let collector = dataCollector(spec, overrides, where);
  return collector && (properties.dataCollector = collector), {
    body: { sku: { name: "Default", capacity: overrides.instanceCount ?? optionalInteger(spec, "instance_count", where, 1) ?? 1 }, tags: optionalStringMap(spec, "tags", where) ?? {}, properties }
  };
}
function codeConfiguration(spec, overrides, where) {
  let fromFile = optionalMapping(spec, "code_configuration", where);
  fromFile && rejectUnknownFields(fromFile, ["code", "scoring_script"], fieldPath(where, "code_configuration"));
  let code = overrides.codePath ?? (fromFile ? optionalString(fromFile, "code", fieldPath(where, "code_configuration")) : void 0), script = overrides.scoringScript ?? (fromFile ? optionalString(fromFile, "scoring_script", fieldPath(where, "code_configuration")) : void 0);
  if (!(code === void 0 && script === void 0)) {
    if (code === void 0 || script === void 0)
      throw new ConfigurationError(`${fieldPath(where, "code_configuration")}: code and scoring_script go together; got only ${code === void 0 ? "scoring_script" : "code"}.`);
    return { code, scoringScript: script };
  }
}
function requestSettingsOf(spec, overrides, where) {
  let path2 = fieldPath(where, "request_settings"), fromFile = optionalMapping(spec, "request_settings", where) ?? {};
  rejectUnknownFields(fromFile, ["request_timeout_ms", "max_concurrent_requests_per_instance", "max_queue_wait_ms"], path2);
  let timeoutMs = overrides.requestTimeoutMs ?? optionalInteger(fromFile, "request_timeout_ms", path2, 1), concurrency = overrides.maxConcurrentRequests ?? optionalInteger(fromFile, "max_concurrent_requests_per_instance", path2, 1), queueWaitMs = optionalInteger(fromFile, "max_queue_wait_ms", path2, 0), settings = {};
  return timeoutMs !== void 0 && (settings.requestTimeout = millisecondsToIsoDuration(timeoutMs)), concurrency !== void 0 && (settings.maxConcurrentRequestsPerInstance = concurrency), queueWaitMs !== void 0 && (settings.maxQueueWait = millisecondsToIsoDuration(queueWaitMs)), Object.keys(settings).length > 0 ? settings : void 0;
}
function millisecondsToIsoDuration(ms) {
  return ms % 1e3 === 0 ? secondsToIsoDuration(ms / 1e3) : `PT${ms / 1e3}S`;
}
function probeSettings(probe, where) {
  rejectUnknownFields(probe, PROBE_FIELDS, where);
  let settings = {}, initialDelay = optionalInteger(probe, "initial_delay", where), period = optionalInteger(probe, "period", where, 1), timeout = optionalInteger(probe, "timeout", where, 1);
  initialDelay !== void 0 && (settings.initialDelay = secondsToIsoDuration(initialDelay)), period !== void 0 && (settings.period = secondsToIsoDuration(period)), timeout !== void 0 && (settings.timeout = secondsToIsoDuration(timeout));
  let success = optionalInteger(probe, "success_threshold", where, 1), failure = optionalInteger(probe, "failure_threshold", where, 1);
  return success !== void 0 && (settings.successThreshold = success), failure !== void 0 && (settings.failureThreshold = failure), settings;
}
function dataCollector(spec, overrides, where) {
  let path2 = fieldPath(where, "data_collector"), fromFile = optionalMapping(spec, "data_collector", where), collections = {}, rollingRate = "Hour", samplingRate;
  if (fromFile) {
    rejectUnknownFields(fromFile, ["collections", "rolling_rate", "sampling_rate", "request_logging"], path2);
    let rate = optionalString(fromFile, "rolling_rate", path2);
    rate && (rollingRate = rate.charAt(0).toUpperCase() + rate.slice(1).toLowerCase());
    let sampling = fromFile.sampling_rate;
    if (sampling !== void 0) {
      if (typeof sampling != "number" || sampling <= 0 || sampling > 1) throw new ConfigurationError(`${path2}.sampling_rate: expected a number above 0 and at most 1.`);
      samplingRate = sampling;
    }
    let declared = expectMapping(fromFile.collections ?? {}, `${path2}.collections`);
    for (let [name, value] of Object.entries(declared)) {
      let collection = expectMapping(value ?? {}, `${path2}.collections.${name}`), enabled = String(collection.enabled ?? "true").toLowerCase() === "true";
      collections[name] = { dataCollectionMode: enabled ? "Enabled" : "Disabled", ...samplingRate === void 0 ? {} : { samplingRate } };
    }
  }
  for (let name of overrides.dataCollector ?? []) collections[name] = { dataCollectionMode: "Enabled" };
  if (Object.keys(collections).length !== 0)
    return { collections, rollingRate };
}

// shared/rollout/model-ref.ts
var ARM_MODEL = /\/models\/([^/]+)\/versions\/([^/]+)$/i, REGISTRY_MODEL = /^azureml:\/\/registries\/[^/]+\/models\/([^/]+)\/versions\/([^/]+)$/i;
async function resolveModel(value, scope, latestVersion) {
  let reference;
  try {
    reference = parseAssetReference(value, "model");
  } catch (error) {
    throw new SettingError("model", error.message.replace(/^model: /, ""));
  }
  let accepted = "expected azureml:<name>:<version>, azureml:<name>@latest, a model version ARM id or azureml://registries/<registry>/models/<name>/versions/<version>";
  switch (reference?.kind) {
    case "version":
      return { id: assetVersionArmId(scope, "models", reference.name, reference.version), name: reference.name, version: reference.version };
    case "latest": {
      let version = await latestVersion(reference.name);
      return { id: assetVersionArmId(scope, "models", reference.name, version), name: reference.name, version };
    }
    case "armId": {
      let match = ARM_MODEL.exec(reference.id);
      if (!match) throw new SettingError("model", `'${value}' is not a model version; ${accepted}.`);
      return { id: reference.id, name: match[1], version: match[2] };
    }
    case "uri": {
      let match = REGISTRY_MODEL.exec(reference.uri);
      if (!match) throw new SettingError("model", `'${value}' is not a model version; ${accepted}.`);
      return { id: reference.uri, name: match[1], version: match[2] };
    }
    default:
      throw new SettingError("model", `'${value}' is not a model reference; ${accepted}.`);
  }
}

// shared/rollout/names.ts
var NAME = /^[a-zA-Z][a-zA-Z0-9-]{1,30}[a-zA-Z0-9]$/, RULE = "3-32 characters, starting with a letter, only letters, digits and hyphens, not ending with a hyphen";
function checkName(setting, name) {
  if (!NAME.test(name)) throw new SettingError(setting, `'${name}' is not a valid name: expected ${RULE}.`);
  return name;
}
function deploymentNameFor(modelName, version) {
  let clean = (text) => text.replace(/[^a-zA-Z0-9]+/g, "-").replace(/^-+|-+$/g, ""), suffix = clean(version) || "1", base = clean(modelName).replace(/^[^a-zA-Z]+/, "") || "model";
  base = base.slice(0, Math.max(1, 32 - suffix.length - 1)).replace(/-+$/, "");
  let name = `${base}-${suffix}`.slice(0, 32).replace(/-+$/, "");
  return name.length >= 3 ? name : `${name}-v1`.slice(0, 32);
}

// shared/rollout/traffic.ts
function parseTrafficSteps(text) {
  let steps = (text ?? "").split(",").map((part) => part.trim()).filter((part) => part !== "").map((part) => {
    let value = Number(part);
    if (!/^\d+$/.test(part) || value < 1 || value > 100)
      throw new SettingError("trafficSteps", `expected comma-separated whole percentages from 1 to 100 (e.g. 10,50,100), got '${part}'.`);
    return value;
  });
  return steps.forEach((step, index) => {
    if (index > 0 && step <= steps[index - 1])
      throw new SettingError("trafficSteps", `percentages must increase step by step, got ${steps[index - 1]} then ${step}.`);
  }), steps;
}
function trafficWith(previous, deployment, percent2) {
  let others = Object.entries(previous).filter(([name]) => name !== deployment), before = others.reduce((sum, [, weight]) => sum + weight, 0);
  if (before === 0) return { ...Object.fromEntries(others.map(([name]) => [name, 0])), [deployment]: 100 };
  let rest = 100 - percent2, shares = others.map(([name, weight]) => ({ name, share: weight * rest / before })).map(({ name, share }) => ({ name, weight: Math.floor(share), remainder: share - Math.floor(share) })), missing = rest - shares.reduce((sum, share) => sum + share.weight, 0);
  for (let share of [...shares].sort((a, b) => b.remainder - a.remainder || a.name.localeCompare(b.name))) {
    if (missing <= 0) break;
    share.weight += 1, missing -= 1;
  }
  return { ...Object.fromEntries(shares.map(({ name, weight }) => [name, weight])), [deployment]: percent2 };
}
function mirrorOnly(previous, deployment, percent2) {
  return { ...Object.fromEntries(Object.keys(previous).map((name) => [name, 0])), [deployment]: percent2 };
}
function mirrorWithout(previous, deployment) {
  return Object.fromEntries(Object.entries(previous).filter(([name]) => name !== deployment));
}
function formatTraffic(traffic) {
  let entries = Object.entries(traffic);
  return entries.length === 0 ? "(none)" : entries.map(([name, weight]) => `${name} ${weight} %`).join(", ");
}

// shared/rollout/plan.ts
function planRollout(settings, endpoint) {
  let { deployment } = settings, stages = [];
  if (endpoint.exists || stages.push({ kind: "create-endpoint", authMode: settings.createEndpoint ?? "Key" }), stages.push({ kind: "deploy" }), settings.smoke && stages.push({ kind: "smoke" }), settings.mirror && settings.mirror.percent > 0 && servingTotal(endpoint.traffic, deployment) > 0 && (stages.push({ kind: "mirror", traffic: endpoint.traffic, mirror: mirrorOnly(endpoint.mirror, deployment, settings.mirror.percent), durationMs: settings.mirror.durationMs }), settings.trafficSteps.length === 0 && stages.push({ kind: "restore-mirror", traffic: endpoint.traffic, mirror: endpoint.mirror })), settings.trafficSteps.length === 0) return stages;
  let mirror = mirrorWithout(endpoint.mirror, deployment), steps = settings.trafficSteps.at(-1) === 100 ? settings.trafficSteps : [...settings.trafficSteps, 100], last = "";
  for (let percent2 of steps) {
    let traffic = trafficWith(endpoint.traffic, deployment, percent2), key = JSON.stringify(traffic);
    key !== last && (last = key, stages.push({ kind: "traffic", percent: traffic[deployment], traffic, mirror, analyse: settings.trafficSteps.includes(percent2) }));
  }
  if (settings.deleteOld) {
    let retired = Object.entries(endpoint.traffic).filter(([name, weight]) => name !== deployment && weight > 0).map(([name]) => name);
    retired.length > 0 && stages.push({ kind: "delete-old", deployments: retired });
  }
  return stages;
}
function servingTotal(traffic, deployment) {
  return Object.entries(traffic).filter(([name]) => name !== deployment).reduce((sum, [, weight]) => sum + weight, 0);
}

// shared/rollout/rollout.ts
import { setTimeout as sleep } from "node:timers/promises";

// shared/rollout/analysis.ts
function analyse(figures, thresholds) {
  let enough = figures.requests >= thresholds.minRequests && figures.requests > 0, checks = [];
  if (!enough)
    return checks.push({
      name: "requests",
      passed: thresholds.allowNoData,
      value: `${figures.requests} requests`,
      limit: `\u2265 ${thresholds.minRequests}${thresholds.allowNoData ? " (no data allowed)" : ""}`
    }), withFailed({ figures, checks });
  let successRate = (figures.requests - figures.serverErrors) / figures.requests;
  checks.push({ name: "requests", passed: !0, value: `${figures.requests} requests`, limit: `\u2265 ${thresholds.minRequests}` }), checks.push({ name: "success-rate", passed: successRate >= thresholds.minSuccessRate, value: percent(successRate), limit: `\u2265 ${percent(thresholds.minSuccessRate)}` });
  let latency = figures.latencyP99Ms;
  return checks.push({
    name: "latency-p99",
    passed: latency === void 0 || latency <= thresholds.maxLatencyMs,
    value: latency === void 0 ? "no data" : `${round(latency)} ms`,
    limit: `\u2264 ${thresholds.maxLatencyMs} ms`
  }), withFailed({ figures, successRate, checks });
}
function withFailed(analysis) {
  let failed = analysis.checks.find((check) => !check.passed);
  return failed ? { ...analysis, failed } : analysis;
}
var FailedChecks = class {
  constructor(threshold) {
    this.threshold = threshold;
  }
  threshold;
  count = 0;
  record(analysis) {
    return analysis.failed && (this.count += 1), this.count >= this.threshold;
  }
  get failed() {
    return this.count;
  }
};
function describeCheck(check) {
  return `${check.name} ${check.value} (required ${check.limit})`;
}
function percent(share) {
  return `${round(share * 100)} %`;
}
function round(value) {
  return Math.round(value * 100) / 100;
}

// shared/rollout/smoke.ts
function parseSmokeExpectation(status, text) {
  let value = (text ?? "").trim();
  if (value === "") return { status };
  let regex = /^\/(.*)\/([a-z]*)$/s.exec(value);
  if (regex)
    try {
      return { status, regex: new RegExp(regex[1], regex[2]) };
    } catch (error) {
      throw new SettingError("smokeExpect", `invalid regular expression: ${error.message}`);
    }
  if (value.startsWith("$")) {
    let [pathText, equalsText] = value.split(/\s*==\s*/, 2), equals;
    if (equalsText !== void 0)
      try {
        equals = JSON.parse(equalsText);
      } catch {
        throw new SettingError("smokeExpect", `the value after '==' must be JSON (e.g. 1, "yes", [0,1]), got '${equalsText}'.`);
      }
    return { status, jsonPath: { path: parseJsonPath(pathText), text: pathText, ...equalsText === void 0 ? {} : { equals } } };
  }
  throw new SettingError("smokeExpect", `expected a JSON path ($.predictions[0], optionally '== <json>') or a /regex/, got '${value}'.`);
}
function parseJsonPath(text) {
  let segments = [], pattern = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\['([^']*)'\]/y;
  if (pattern.lastIndex = 1, !text.startsWith("$")) throw new SettingError("smokeExpect", `a JSON path starts with '$', got '${text}'.`);
  for (; pattern.lastIndex < text.length; ) {
    let at = pattern.lastIndex, match = pattern.exec(text);
    if (!match) throw new SettingError("smokeExpect", `cannot read the JSON path '${text}' at position ${at + 1}.`);
    segments.push(match[1] ?? (match[2] !== void 0 ? Number(match[2]) : match[3]));
  }
  return segments;
}
function smokeMismatch(expectation, answer) {
  if (answer.status !== expectation.status) return `status ${answer.status}, expected ${expectation.status}`;
  if (expectation.regex && !expectation.regex.test(answer.body)) return `body does not match ${expectation.regex}`;
  if (expectation.jsonPath) {
    let value;
    try {
      value = JSON.parse(answer.body);
    } catch {
      return "body is not JSON";
    }
    for (let segment of expectation.jsonPath.path) {
      if (value === null || typeof value != "object" || !(segment in value)) return `${expectation.jsonPath.text} is missing`;
      value = value[segment];
    }
    if ("equals" in expectation.jsonPath && JSON.stringify(value) !== JSON.stringify(expectation.jsonPath.equals))
      return `${expectation.jsonPath.text} is ${JSON.stringify(value)}, expected ${JSON.stringify(expectation.jsonPath.equals)}`;
  }
}

// shared/rollout/rollout.ts
var RolloutStop = class extends Error {
  constructor(result, message) {
    super(message);
    this.result = result;
  }
  result;
};
async function runRollout(settings, body, endpoint, backend, log, signal) {
  let stages = planRollout(settings, endpoint), report = {
    result: settings.trafficSteps.length === 0 ? "deployed-no-traffic" : "promoted",
    previousTraffic: endpoint.traffic,
    previousMirror: endpoint.mirror,
    traffic: endpoint.traffic,
    mirror: endpoint.mirror,
    stages: [],
    deletedDeployments: []
  }, failedChecks = new FailedChecks(settings.threshold), created = !(settings.deployment in endpoint.deployments), trafficChanged = !1, setMaps = async (traffic, mirror) => {
    trafficChanged = !0, await backend.setTraffic(traffic, mirror, signal), report.traffic = traffic, report.mirror = mirror;
  };
  try {
    for (let stage of stages)
      switch (throwIfCancelled(signal), stage.kind) {
        case "create-endpoint":
          log.info(`Creating endpoint ${settings.endpoint} (auth mode ${stage.authMode}).`), await backend.createEndpoint(stage.authMode, signal);
          break;
        case "deploy":
          log.info(`${created ? "Creating" : "Updating"} deployment ${settings.deployment} at 0 % and waiting for provisioning.`);
          try {
            await backend.deploy(settings.deployment, body, signal);
          } catch (error) {
            throw signal.aborted ? error : new RolloutStop("provisioning-failed", `Deployment ${settings.deployment} failed to provision: ${errorMessage(error)}`);
          }
          break;
        case "smoke": {
          let answer = await backend.score(settings.deployment, settings.smoke.body, signal), mismatch = smokeMismatch(settings.smoke.expectation, answer);
          if (mismatch) throw new RolloutStop("rolled-back", `Smoke test of deployment ${settings.deployment} failed: ${mismatch}.`);
          log.info(`Smoke test of deployment ${settings.deployment} passed (status ${answer.status}).`);
          break;
        }
        case "mirror":
        case "traffic":
          await runTrafficStage(stage);
          break;
        case "restore-mirror":
          await setMaps(stage.traffic, stage.mirror);
          break;
        case "delete-old":
          for (let name of stage.deployments)
            log.info(`Deleting deployment ${name}, which no longer serves traffic.`), await backend.deleteDeployment(name, signal), report.deletedDeployments.push(name);
          break;
      }
    return report;
  } catch (error) {
    let cancelled = signal.aborted;
    return report.result = cancelled ? "cancelled" : error instanceof RolloutStop ? error.result : "rolled-back", report.reason = cancelled ? "the run was cancelled" : errorMessage(error), await rollBack(), report;
  }
  async function runTrafficStage(stage) {
    let label = stage.kind === "mirror" ? `mirror ${stage.mirror[settings.deployment]} %` : `traffic ${stage.percent} %`;
    log.info(`${label}: traffic ${formatTraffic(stage.traffic)}; mirror ${formatTraffic(stage.mirror)}.`), await setMaps(stage.traffic, stage.mirror);
    let record = { label, traffic: stage.traffic, mirror: stage.mirror };
    if (report.stages.push(record), stage.kind === "traffic" && !stage.analyse) return;
    let from = /* @__PURE__ */ new Date(), load = settings.load ? backend.startLoad(settings.load.body, settings.load.rps) : void 0;
    try {
      await sleep(stage.kind === "mirror" ? stage.durationMs : settings.intervalMs, void 0, { signal });
    } finally {
      let sent = await load?.stop();
      sent && log.debug(`Synthetic load: ${sent.sent} requests, ${sent.failed} failed.`);
    }
    let analysis = analyse(await backend.figures(settings.deployment, from, /* @__PURE__ */ new Date(), signal), settings.thresholds);
    record.analysis = analysis;
    let line = analysis.checks.map(describeCheck).join("; ");
    if (analysis.failed ? log.warning(`${label}: check failed (${failedChecks.failed + 1} of ${settings.threshold} allowed): ${line}`) : log.info(`${label}: ${line}`), failedChecks.record(analysis))
      throw new RolloutStop("rolled-back", `Analysis at ${label} failed ${failedChecks.failed} check(s), reaching the threshold of ${settings.threshold}: ${describeCheck(analysis.failed)}.`);
  }
  async function rollBack() {
    let cleanup = new AbortController().signal;
    if (trafficChanged) {
      log.info(`Rolling back: restoring traffic ${formatTraffic(endpoint.traffic)}; mirror ${formatTraffic(endpoint.mirror)}.`);
      try {
        await backend.setTraffic(endpoint.traffic, endpoint.mirror, cleanup), report.traffic = endpoint.traffic, report.mirror = endpoint.mirror;
      } catch (error) {
        report.restoreError = errorMessage(error), log.warning(`Could not restore the previous traffic: ${report.restoreError}`);
        return;
      }
    }
    try {
      report.logs = await backend.logs(settings.deployment, settings.logTail, cleanup);
    } catch (error) {
      log.warning(`Could not fetch the logs of deployment ${settings.deployment}: ${errorMessage(error)}`);
    }
    if (settings.deleteOnRollback && created)
      try {
        log.info(`Deleting deployment ${settings.deployment}.`), await backend.deleteDeployment(settings.deployment, cleanup), report.deletedDeployments.push(settings.deployment);
      } catch (error) {
        log.warning(`Could not delete deployment ${settings.deployment}: ${errorMessage(error)}`);
      }
    else created && log.info(`Deployment ${settings.deployment} is kept for inspection.`);
  }
}
function throwIfCancelled(signal) {
  if (signal.aborted) throw new CancelledError("The run was cancelled.");
}

// shared/steps/deploy-canary-report.ts
function stagesTable(stages) {
  if (stages.length === 0) return "_No traffic was moved._";
  let rows = stages.map((stage) => {
    let analysis = stage.analysis, figure = (name) => analysis?.checks.find((check) => check.name === name)?.value ?? "\u2013", verdict = analysis ? analysis.failed ? `failed: ${analysis.failed.name}` : "passed" : "not analysed";
    return [stage.label, formatTraffic(stage.traffic), formatTraffic(stage.mirror), figure("requests"), figure("success-rate"), figure("latency-p99"), verdict].map(escapeMarkdown);
  });
  return table(["step", "traffic", "mirror", "requests", "success rate", "P99 latency", "analysis"], rows);
}
function rolloutMarkdown(facts, report) {
  let lines = [
    table(["", ""], [
      ["endpoint", escapeMarkdown(facts.endpoint)],
      ["deployment", escapeMarkdown(facts.deployment)],
      ["model", escapeMarkdown(facts.model)],
      ["result", escapeMarkdown(report.result)],
      ["traffic before", escapeMarkdown(formatTraffic(report.previousTraffic))],
      ["traffic after", escapeMarkdown(formatTraffic(report.traffic))]
    ]),
    "",
    stagesTable(report.stages)
  ];
  return report.reason && lines.push("", `**Why:** ${escapeMarkdown(report.reason)}`), report.restoreError && lines.push("", `**The previous traffic could not be restored:** ${escapeMarkdown(report.restoreError)}`), report.deletedDeployments.length > 0 && lines.push("", `Deleted deployments: ${report.deletedDeployments.map(escapeMarkdown).join(", ")}`), report.logs !== void 0 && lines.push("", `<details><summary>Logs of deployment ${escapeMarkdown(facts.deployment)}</summary>

${codeBlock(report.logs || "(empty)")}

</details>`), lines.join(`
`);
}

// shared/steps/deploy-canary-run.ts
var SETTING_INPUTS = {
  trafficSteps: "traffic-steps",
  smokeExpect: "smoke-expect",
  model: "model",
  deploymentName: "deployment-name",
  endpointName: "endpoint-name"
}, POLL_INTERVAL_MS = 1e3, MAX_POLL_INTERVAL_MS = 15e3, MAX_JSON_BYTES = 1024 * 1024;
async function runDeployCanary(inputs, host, services) {
  let named = (call) => withInputNames(host, SETTING_INPUTS, async () => call()), endpointName = await named(() => checkName("endpointName", inputs["endpoint-name"])), explicitName = inputs["deployment-name"] ? await named(() => checkName("deploymentName", inputs["deployment-name"])) : void 0, stepsText = inputs["traffic-steps"] ?? deployCanaryInputs["traffic-steps"].meta.default, trafficSteps = /^\s*none\s*$/i.test(stepsText ?? "") ? [] : await named(() => parseTrafficSteps(stepsText)), smoke = inputs["smoke-request"] ? { body: await readJsonInput(inputs["smoke-request"], "smoke-request", host, !0), expectation: await named(() => parseSmokeExpectation(inputs["smoke-expect-status"], inputs["smoke-expect"])) } : void 0;
  if (!smoke && inputs["smoke-expect"]) throw new ConfigurationError(`Input '${host.inputLabel("smoke-expect")}' needs '${host.inputLabel("smoke-request")}': there is no smoke request to check.`);
  let load = inputs["load-file"] ? { body: await readJsonInput(inputs["load-file"], "load-file", host, !1), rps: inputs["load-rps"] } : void 0, overrides = deploymentOverrides(inputs, host), file = inputs["deployment-file"] ? await readDeploymentFile(inputs["deployment-file"], endpointName, host) : void 0, workspace = await services.open(inputs, host), model = await named(() => resolveModel(inputs.model, workspace.scope, (name) => workspace.latestModelVersion(name))), fileName = typeof file?.spec.name == "string" ? file.spec.name : void 0, deployment = explicitName ?? (fileName ? await named(() => checkName("deploymentName", fileName)) : deploymentNameFor(model.name, model.version));
  host.setOutput("deployment-name", deployment);
  let settings = {
    endpoint: endpointName,
    deployment,
    trafficSteps,
    intervalMs: inputs["interval-seconds"] * 1e3,
    threshold: inputs.threshold,
    thresholds: {
      minSuccessRate: inputs["min-success-rate"],
      maxLatencyMs: inputs["max-latency-ms"],
      minRequests: inputs["min-requests"],
      allowNoData: inputs["allow-no-data"]
    },
    mirror: inputs["mirror-percent"] > 0 ? { percent: inputs["mirror-percent"], durationMs: inputs["mirror-minutes"] * 6e4 } : void 0,
    smoke,
    load,
    deleteOld: inputs["delete-old"],
    deleteOnRollback: inputs["delete-on-rollback"],
    createEndpoint: inputs["create-endpoint-if-missing"] ? inputs["auth-mode"] === "aml_token" ? "AMLToken" : "Key" : void 0,
    logTail: inputs["log-tail"]
  }, timeoutMs = inputs["timeout-minutes"] * 6e4, backend = workspace.backend({ endpoint: endpointName, metricsEndpoint: inputs["metrics-endpoint"], poll: { intervalMs: POLL_INTERVAL_MS, maxIntervalMs: MAX_POLL_INTERVAL_MS, timeoutMs } }, host), found = await backend.readEndpoint(host.cancellation);
  if (!found && !settings.createEndpoint)
    throw new ConfigurationError(`Input '${host.inputLabel("endpoint-name")}': there is no online endpoint '${endpointName}' in workspace '${workspace.scope.workspaceName}'; set '${host.inputLabel("create-endpoint-if-missing")}' to create it.`);
  let endpoint = found ?? { exists: !1, traffic: {}, mirror: {}, deployments: {} };
  host.setOutput("previous-traffic", JSON.stringify(endpoint.traffic)), found?.scoringUri && host.setOutput("scoring-uri", found.scoringUri);
  let serving = endpoint.traffic[deployment] ?? 0;
  if (serving > 0) {
    if (serving === 100 && endpoint.deployments[deployment]?.toLowerCase() === model.id.toLowerCase())
      return alreadyServing(inputs, host, endpointName, deployment, model, endpoint);
    throw new ConfigurationError(
      `Input '${host.inputLabel("deployment-name")}': deployment '${deployment}' already serves ${serving} % of endpoint '${endpointName}'; a canary needs a deployment without live traffic.`
    );
  }
  let assets = await workspace.assetResolver(inputs["dry-run"]), body = await buildDeploymentBody(file?.spec ?? {}, overrides, {
    scope: workspace.scope,
    baseDir: file?.dir ?? process.cwd(),
    resolver: assets.resolver,
    modelId: model.id,
    source: file?.path ?? "deployment"
  }), started = createEvent("deploy-canary", host.context, { outcome: "planned", headline: `canary of ${model.name}:${model.version} on ${endpointName}`, subject: { endpoint: endpointName, deployment } }), { "amlops.outcome": _outcome, ...lineage } = assetLineage(started).tags;
  if (body.body.tags = { ...lineage, ...body.body.tags }, inputs["dry-run"]) return planOnly(inputs, host, workspace, settings, endpoint, body, model, assets.actions ?? [], found?.scoringUri);
  let report = await runRollout(settings, body, endpoint, backend, host, host.cancellation);
  await finish(inputs, host, settings, model, report, backend);
}
async function finish(inputs, host, settings, model, report, backend) {
  let result = report.result === "cancelled" || report.result === "provisioning-failed" ? "rolled-back" : report.result;
  host.setOutput("result", result), host.setOutput("promoted", String(report.result === "promoted"));
  let after = await backend.readEndpoint(new AbortController().signal).catch(() => {
  });
  host.setOutput("traffic", JSON.stringify(after?.traffic ?? report.traffic)), after?.scoringUri && host.setOutput("scoring-uri", after.scoringUri), report.logs !== void 0 && await host.group(`Logs of deployment ${settings.deployment}`, async () => host.untrusted(report.logs || "(empty)"));
  let facts = { endpoint: settings.endpoint, deployment: settings.deployment, model: model.id }, outcome = report.result === "cancelled" ? "cancelled" : report.reason ? "failed" : "succeeded", headline = {
    promoted: `deployment ${settings.deployment} promoted to 100 % of endpoint ${settings.endpoint}`,
    "deployed-no-traffic": `deployment ${settings.deployment} deployed to endpoint ${settings.endpoint} without traffic`,
    "rolled-back": `deployment ${settings.deployment} rolled back on endpoint ${settings.endpoint}`,
    "provisioning-failed": `deployment ${settings.deployment} failed to provision on endpoint ${settings.endpoint}`,
    cancelled: `rollout of deployment ${settings.deployment} cancelled; endpoint ${settings.endpoint} restored`
  }[report.result], event = createEvent("deploy-canary", host.context, {
    outcome,
    headline,
    subject: { ...facts, model: `${model.name}:${model.version}`, modelId: model.id },
    evidence: {
      result,
      previousTraffic: report.previousTraffic,
      traffic: report.traffic,
      steps: report.stages.map((stage) => ({
        step: stage.label,
        traffic: stage.traffic,
        mirror: stage.mirror,
        ...stage.analysis ? { figures: stage.analysis.figures, successRate: stage.analysis.successRate, checks: stage.analysis.checks } : {}
      })),
      ...report.reason ? { reason: report.reason } : {},
      ...report.logs !== void 0 ? { logs: report.logs } : {},
      ...report.deletedDeployments.length > 0 ? { deletedDeployments: report.deletedDeployments } : {}
    }
  });
  if (await publishEvent(host, event, rolloutMarkdown(facts, report), inputs["webhook-url"]), report.restoreError)
    throw new ServiceError(`${report.reason} The previous traffic (${formatTraffic(report.previousTraffic)}) could not be restored: ${report.restoreError}`);
  if (report.result === "cancelled") throw new ServiceError(`The run was cancelled; endpoint ${settings.endpoint} has its previous traffic again (${formatTraffic(report.traffic)}).`);
  if (report.reason) throw new ServiceError(`${report.reason} Endpoint ${settings.endpoint} has its previous traffic again (${formatTraffic(report.traffic)}).`);
}
async function alreadyServing(inputs, host, endpoint, deployment, model, snapshot) {
  host.info(`Deployment ${deployment} already serves all traffic of endpoint ${endpoint} with model ${model.id}; nothing to do.`), host.setOutput("result", "promoted"), host.setOutput("promoted", "true"), host.setOutput("traffic", JSON.stringify(snapshot.traffic));
  let event = createEvent("deploy-canary", host.context, {
    outcome: "succeeded",
    headline: `deployment ${deployment} already serves 100 % of endpoint ${endpoint}`,
    subject: { endpoint, deployment, model: `${model.name}:${model.version}`, modelId: model.id },
    evidence: { result: "promoted", previousTraffic: snapshot.traffic, traffic: snapshot.traffic, steps: [] }
  });
  await publishEvent(host, event, `Deployment ${escapeMarkdown(deployment)} already serves all traffic of endpoint ${escapeMarkdown(endpoint)}.`, inputs["webhook-url"]);
}
async function planOnly(inputs, host, workspace, settings, endpoint, body, model, actions, scoringUri) {
  let endpointUrl = workspace.endpointUrl(settings.endpoint), text = [
    ...actions.map((action) => `${action.action}: ${action.source} \u2192 ${action.target}${action.files !== void 0 ? ` (${action.files} files)` : ""}`),
    ...planRollout(settings, endpoint).flatMap((stage) => describeStage(stage, settings, workspace, endpointUrl, body, scoringUri)),
    `On a failed check (${settings.threshold} allowed), an error or cancellation: PUT ${endpointUrl} with traffic ${JSON.stringify(endpoint.traffic)} and mirrorTraffic ${JSON.stringify(endpoint.mirror)}; fetch the deployment's last ${settings.logTail} log lines${settings.deleteOnRollback ? `; DELETE ${workspace.deploymentUrl(settings.endpoint, settings.deployment)}` : ""}.`
  ].join(`
`);
  host.info(`Dry run: nothing is deployed and no traffic moves.
${text}`), host.setOutput("result", "dry-run"), host.setOutput("promoted", "false"), host.setOutput("traffic", JSON.stringify(endpoint.traffic));
  let event = createEvent("deploy-canary", host.context, {
    outcome: "planned",
    headline: `dry run of deployment ${settings.deployment} on endpoint ${settings.endpoint}`,
    subject: { endpoint: settings.endpoint, deployment: settings.deployment, model: `${model.name}:${model.version}`, modelId: model.id },
    evidence: { previousTraffic: endpoint.traffic, trafficSteps: settings.trafficSteps }
  });
  await publishEvent(host, event, codeBlock(text), inputs["webhook-url"]);
}
function describeStage(stage, settings, workspace, endpointUrl, body, scoringUri) {
  let analysis = `analyse requests \u2265 ${settings.thresholds.minRequests}, success rate \u2265 ${settings.thresholds.minSuccessRate}, P99 latency \u2264 ${settings.thresholds.maxLatencyMs} ms`, load = settings.load ? ` with ${settings.load.rps} synthetic requests/s` : "";
  switch (stage.kind) {
    case "create-endpoint":
      return [`PUT ${endpointUrl} (create the endpoint, auth mode ${stage.authMode})`];
    case "deploy":
      return [`PUT ${workspace.deploymentUrl(settings.endpoint, settings.deployment)} and wait for provisioning:`, JSON.stringify(body.body, null, 2)];
    case "smoke":
      return [`POST ${scoringUri ?? "<scoring URI>"} with header azureml-model-deployment: ${settings.deployment}; expect status ${settings.smoke.expectation.status}`];
    case "mirror":
      return [`PUT ${endpointUrl} with traffic ${JSON.stringify(stage.traffic)} and mirrorTraffic ${JSON.stringify(stage.mirror)}; wait ${stage.durationMs / 1e3} s${load}; ${analysis}`];
    case "traffic":
      return [`PUT ${endpointUrl} with traffic ${JSON.stringify(stage.traffic)} and mirrorTraffic ${JSON.stringify(stage.mirror)}${stage.analyse ? `; wait ${settings.intervalMs / 1e3} s${load}; ${analysis}` : " (promotion)"}`];
    case "restore-mirror":
      return [`PUT ${endpointUrl} with traffic ${JSON.stringify(stage.traffic)} and mirrorTraffic ${JSON.stringify(stage.mirror)}`];
    case "delete-old":
      return stage.deployments.map((name) => `DELETE ${workspace.deploymentUrl(settings.endpoint, name)}`);
  }
}
async function readJsonInput(value, input, host, inlineAllowed) {
  let trimmed = value.trim(), text = trimmed;
  if (!inlineAllowed || !/^[[{]/.test(trimmed))
    try {
      let buffer = await readFile(path.resolve(value));
      if (buffer.length > MAX_JSON_BYTES) throw new ConfigurationError(`Input '${host.inputLabel(input)}': ${value} is larger than ${MAX_JSON_BYTES} bytes.`);
      text = buffer.toString("utf8");
    } catch (error) {
      throw error instanceof ConfigurationError ? error : new ConfigurationError(`Input '${host.inputLabel(input)}' must be ${inlineAllowed ? "a JSON request body or the path of a JSON file" : "the path of a JSON file"}; cannot read '${value}'.`);
    }
  try {
    JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`Input '${host.inputLabel(input)}' must be a JSON request body: ${error.message}.`);
  }
  return text;
}
async function readDeploymentFile(file, endpoint, host) {
  let absolute = path.resolve(file), spec = await parseYamlFile(absolute);
  if (!isMapping(spec)) throw new ConfigurationError(`Input '${host.inputLabel("deployment-file")}': ${absolute} must be a YAML mapping of an online deployment.`);
  if (typeof spec.endpoint_name == "string" && spec.endpoint_name !== endpoint)
    throw new ConfigurationError(`Input '${host.inputLabel("deployment-file")}': ${absolute} names endpoint '${spec.endpoint_name}', but '${host.inputLabel("endpoint-name")}' is '${endpoint}'.`);
  return { spec, path: absolute, dir: path.dirname(absolute) };
}
function deploymentOverrides(inputs, host) {
  return {
    instanceType: inputs["instance-type"],
    instanceCount: inputs["instance-count"],
    environment: inputs.environment,
    codePath: inputs["code-path"],
    scoringScript: inputs["scoring-script"],
    requestTimeoutMs: inputs["request-timeout-ms"],
    maxConcurrentRequests: inputs["max-concurrent-requests"],
    livenessProbe: probeInput(inputs["liveness-probe"], "liveness-probe", host),
    readinessProbe: probeInput(inputs["readiness-probe"], "readiness-probe", host),
    dataCollector: inputs["data-collector"].length > 0 ? inputs["data-collector"] : void 0
  };
}
var PROBE_KEYS = ["initial_delay", "period", "timeout", "success_threshold", "failure_threshold"];
function probeInput(value, input, host) {
  if (!value) return;
  let probe = {};
  for (let part of value.split(",").map((item) => item.trim()).filter(Boolean)) {
    let match = /^(\w+)\s*=\s*(\d+)$/.exec(part);
    if (!match || !PROBE_KEYS.includes(match[1]))
      throw new ConfigurationError(`Input '${host.inputLabel(input)}' must be comma-separated key=seconds with keys ${PROBE_KEYS.join(", ")}, got '${part}'.`);
    probe[match[1]] = Number(match[2]);
  }
  return probe;
}
export {
  runDeployCanary
};
