import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  DEFAULT_METRICS,
  FEATURE_TYPES,
  METRICS_BY_TYPE,
  datasetDrift,
  defaultMetricThreshold,
  isDrift,
  isPValueMethod,
  methodOfMetric,
  parseMonitorMetric
} from "./chunk-VOTUESHL.mjs";
import {
  resolveDataAsset
} from "./chunk-IK373D4D.mjs";
import {
  isAzureLocation,
  parseAzureLocation,
  redactSas
} from "./chunk-CXPDZK3O.mjs";
import {
  abortableSleep,
  watchJob
} from "./chunk-HWEYENUP.mjs";
import {
  sendJson
} from "./chunk-JYELJH5W.mjs";
import {
  workspaceArmId
} from "./chunk-YLJXG7A5.mjs";
import "./chunk-WZDXF6DJ.mjs";
import {
  openBlobDatastore
} from "./chunk-RWHUQEFG.mjs";
import {
  isNotFound
} from "./chunk-5LVE2LTV.mjs";
import "./chunk-KITPLPVF.mjs";
import "./chunk-4PKE6JFM.mjs";
import {
  hasAcceptedExtension
} from "./chunk-RN6D2NHL.mjs";
import {
  CancelledError,
  ConfigurationError,
  ServiceError,
  errorMessage
} from "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/drift/monitor/definition.ts
import { createHash } from "node:crypto";
var SIGNAL_NAME = "data_drift", SCHEDULE_PREFIX = "amlops-drift-", DEFAULT_COMPUTE = { instanceType: "standard_e4s_v3", runtimeVersion: "3.4" };
function canonicalJson(value) {
  return Array.isArray(value) ? `[${value.map(canonicalJson).join(",")}]` : value !== null && typeof value == "object" ? `{${Object.entries(value).filter(([, item]) => item !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}` : JSON.stringify(value);
}
var ACCEPTED_DATA = "azureml:<data-asset>:<version> or azureml:<data-asset>@latest (an mltable data asset), or azureml://datastores/<datastore>/paths/<folder holding an MLTable file>";
async function monitoringInput(location, workspace, input) {
  let value = location.trim();
  if (!isAzureLocation(value))
    throw new ConfigurationError(`${input}: "${value}" is a local path; Azure ML model monitoring reads data in the workspace. Accepted: ${ACCEPTED_DATA}.`);
  let parsed = parseAzureLocation(value, input);
  if (parsed.kind === "blob-url")
    throw new ConfigurationError(`${input}: "${redactSas(value)}" is a storage URL; a monitor keeps its data locations, so give a datastore path or a data asset instead. Accepted: ${ACCEPTED_DATA}.`);
  if (parsed.kind === "datastore") {
    if (hasAcceptedExtension(parsed.path))
      throw new ConfigurationError(`${input}: "${value}" is a file; Azure ML model monitoring reads MLTable data. Give the folder holding an MLTable file, or an mltable data asset.`);
    return { inputDataType: "Fixed", jobInputType: "mltable", uri: value };
  }
  let target = await resolveDataAsset(parsed, workspace);
  if (target.kind !== "mltable")
    throw new ConfigurationError(`${input}: data asset '${parsed.name}' version '${target.version}' is ${target.kind}; Azure ML model monitoring reads mltable data assets. Register the data as type mltable.`);
  return { inputDataType: "Fixed", jobInputType: "mltable", uri: `azureml:${workspaceArmId(workspace)}/data/${parsed.name}/versions/${target.version}` };
}
function metricChoices(options) {
  return FEATURE_TYPES.map((dataType) => {
    let key = dataType === "Numerical" ? "numerical" : "categorical", given = options.method?.[key], metric = given === void 0 ? DEFAULT_METRICS[dataType] : parseMonitorMetric(given, dataType, `method (${key})`), threshold = options.thresholds?.[key] ?? defaultMetricThreshold(metric), pValue = isPValueMethod(methodOfMetric(metric));
    if (!Number.isFinite(threshold) || threshold <= 0 || pValue && threshold > 1)
      throw new ConfigurationError(`thresholds (${key}): ${String(threshold)} is not valid for ${metric}; accepted: ${pValue ? "a p-value in (0, 1]" : "a distance greater than 0"}.`);
    return { dataType, metric, threshold };
  });
}
function checkFeatureNames(names, input) {
  if (names?.find((name) => name.trim() === "") !== void 0) throw new ConfigurationError(`${input}: feature names must not be empty.`);
}
async function monitorSchedule(workspace, options) {
  checkFeatureNames(options.features, "features"), checkFeatureNames(options.categorical, "categorical");
  let metrics = metricChoices(options), referenceData = await monitoringInput(options.reference, workspace, "reference"), productionData = await monitoringInput(options.production, workspace, "production"), categorical = [...new Set(options.categorical ?? [])].sort(), signal = {
    signalType: "DataDrift",
    referenceData,
    productionData,
    features: options.features && options.features.length > 0 ? { filterType: "FeatureSubset", features: [...options.features] } : { filterType: "AllFeatures" },
    ...categorical.length > 0 ? { featureDataTypeOverride: Object.fromEntries(categorical.map((name2) => [name2, "Categorical"])) } : {},
    metricThresholds: metrics.map(({ dataType, metric, threshold }) => ({ dataType, metric, threshold: { value: threshold } }))
  }, monitorDefinition = {
    computeConfiguration: {
      computeType: "ServerlessSpark",
      computeIdentity: { computeIdentityType: "AmlToken" },
      instanceType: options.compute?.instanceType ?? DEFAULT_COMPUTE.instanceType,
      runtimeVersion: options.compute?.runtimeVersion ?? DEFAULT_COMPUTE.runtimeVersion
    },
    signals: { [SIGNAL_NAME]: signal }
  }, definitionHash = createHash("sha256").update(canonicalJson(monitorDefinition)).digest("hex"), name = `${SCHEDULE_PREFIX}${definitionHash.slice(0, 16)}`;
  return {
    name,
    definitionHash,
    metrics,
    body: {
      properties: {
        displayName: name,
        description: `Data drift of ${productionData.uri} against ${referenceData.uri}.`,
        tags: { "amlops.definition-hash": definitionHash },
        isEnabled: !0,
        trigger: { triggerType: "Recurrence", frequency: "Day", interval: 1, timeZone: "UTC" },
        action: { actionType: "CreateMonitor", monitorDefinition }
      }
    }
  };
}

// shared/drift/monitor/signal-output.ts
var KNOWN_METRICS = /* @__PURE__ */ new Set([...METRICS_BY_TYPE.Numerical, ...METRICS_BY_TYPE.Categorical]);
function rowCount(metrics, name) {
  let value = metrics[name]?.value;
  return typeof value == "number" && Number.isFinite(value) ? value : 0;
}
function invalid(origin, why) {
  return new ServiceError(`The monitoring signal file ${origin} is not readable: ${why}.`);
}
function parseSignalOutput(text, origin) {
  let file;
  try {
    file = JSON.parse(text);
  } catch {
    throw invalid(origin, "it is not JSON");
  }
  if (file.signalType !== "DataDrift") throw invalid(origin, `its signalType is ${JSON.stringify(file.signalType)}, not DataDrift`);
  let metrics = file.metrics ?? {}, nReference = rowCount(metrics, "BaselineRowCount"), nCurrent = rowCount(metrics, "TargetRowCount"), features = [];
  for (let [metricName, metric] of Object.entries(metrics)) {
    if (!KNOWN_METRICS.has(metricName)) continue;
    let method = methodOfMetric(metricName);
    for (let [feature, byType] of Object.entries(metric.groups ?? {}))
      for (let [dataType, figures] of Object.entries(byType.groups ?? {})) {
        let { value, threshold } = figures;
        if (typeof value != "number" || typeof threshold != "number") throw invalid(origin, `${metricName} of feature '${feature}' has no numeric value and threshold`);
        let kind = dataType === "Categorical" ? "categorical" : "numerical";
        features.push({ name: feature, test: method, score: value, threshold, drifted: isDrift(method, value, threshold), kind, nReference, nCurrent });
      }
  }
  return features;
}

// shared/drift/monitor/run.ts
var MONITOR_API_VERSION = "2025-12-01", TRIGGER_API_VERSION = "2024-01-01-preview", SIGNAL_OUTPUT = "signal_output", MonitorRun = class {
  constructor(workspace, options) {
    this.workspace = workspace;
    this.options = options;
    this.base = `${workspace.armEndpoint}${workspaceArmId(workspace)}`;
    let now = options.now ?? (() => /* @__PURE__ */ new Date());
    this.now = () => now().getTime(), this.deadline = this.now() + options.timeoutMs;
  }
  workspace;
  options;
  base;
  now;
  deadline;
  /** A request the run's cancellation aborts (before anything runs in the workspace). */
  async send(method, path, apiVersion, body) {
    try {
      return await sendJson(this.workspace.client, method, `${this.base}${path}?api-version=${apiVersion}`, body, this.options.signal);
    } catch (error) {
      throw this.options.signal.aborted ? new CancelledError(`Cancelled during ${method} ${path}.`) : error;
    }
  }
  /** A request that completes even when the run is being cancelled: what it starts or stops must be known. */
  sendToEnd(method, path, apiVersion, body) {
    return sendJson(this.workspace.client, method, `${this.base}${path}?api-version=${apiVersion}`, body);
  }
  checkCancelled(what) {
    if (this.options.signal.aborted) throw new CancelledError(`Cancelled while ${what}.`);
  }
  async getSchedule(name) {
    try {
      return await this.send("GET", `/schedules/${name}`, MONITOR_API_VERSION);
    } catch (error) {
      if (isNotFound(error)) return;
      throw error;
    }
  }
  /**
   * Creates the schedule, or reuses the one with the same definition (enabling it again when it was left disabled).
   * True when it was reused. Once this returns, the caller disables the schedule whatever happens next.
   */
  async ensureSchedule(schedule) {
    let existing = await this.getSchedule(schedule.name), sameDefinition = existing?.properties.tags?.["amlops.definition-hash"] === schedule.definitionHash, usable = existing && sameDefinition && existing.properties.provisioningState !== "Failed";
    return usable && existing.properties.isEnabled === !0 ? !0 : (this.checkCancelled(`creating monitor schedule ${schedule.name}`), this.options.log.info(`${usable ? "Enabling" : "Creating"} monitor schedule ${schedule.name}.`), await this.sendToEnd("PUT", `/schedules/${schedule.name}`, MONITOR_API_VERSION, schedule.body), !!usable);
  }
  async waitProvisioned(name) {
    let interval = Math.min(this.options.pollIntervalMs?.initial ?? 2e3, 5e3);
    for (; ; ) {
      this.checkCancelled(`creating monitor schedule ${name}`);
      let state = (await this.getSchedule(name))?.properties.provisioningState;
      if (state === "Succeeded") return;
      if (state === "Failed" || state === "Canceled" || state === void 0)
        throw new ServiceError(`Monitor schedule ${name} was not created (provisioning state ${state ?? "missing"}).`);
      if (this.now() >= this.deadline) throw new ServiceError(`Monitor schedule ${name} was still ${state} when the timeout ran out.`);
      await abortableSleep(interval, this.options.signal), interval = Math.min(interval * 2, this.options.pollIntervalMs?.max ?? 6e4);
    }
  }
  /** Runs the monitor once now; returns the monitoring job's name. */
  async trigger(schedule) {
    this.checkCancelled(`triggering monitor schedule ${schedule.name}`);
    let scheduleTime = new Date(this.now()).toISOString(), result = await this.sendToEnd("POST", `/schedules/${schedule.name}/trigger`, TRIGGER_API_VERSION, { scheduleTime });
    if (!result?.submissionId) throw new ServiceError(`Triggering monitor schedule ${schedule.name} returned no job.`);
    return result.submissionId;
  }
  /** Nothing runs on the schedule's own trigger: it is enabled only around the one run asked for. */
  async disable(schedule) {
    await this.sendToEnd("PUT", `/schedules/${schedule.name}`, MONITOR_API_VERSION, { properties: { ...schedule.body.properties, isEnabled: !1 } });
  }
  async waitForJob(jobName) {
    let path = `/jobs/${jobName}`, last, watch = {
      // Not abortable: a cancelled run must still reach the cancel below, which watchJob sends once it sees the abort.
      readStatus: async () => (last = await this.sendToEnd("GET", path, MONITOR_API_VERSION), last.properties.status ?? "Unknown"),
      followLogs: async () => {
      },
      onStatus: (status) => this.options.log.info(`Monitoring job ${jobName}: ${status}`),
      cancel: async () => {
        this.options.log.info(`Cancelling monitoring job ${jobName}.`), await this.sendToEnd("POST", `${path}/cancel`, MONITOR_API_VERSION);
      }
    }, timing = {
      initialIntervalMs: this.options.pollIntervalMs?.initial ?? 2e3,
      maxIntervalMs: this.options.pollIntervalMs?.max ?? 6e4,
      timeoutMs: Math.max(0, this.deadline - this.now()),
      cancelOnTimeout: !0
    }, end = await watchJob(watch, timing, this.options.signal, this.now);
    if (end.reason === "unreadable") throw end.error;
    if (end.reason === "cancelled") throw new CancelledError(`Monitoring job ${jobName} was cancelled with the run.`);
    if (end.reason === "timeout") throw new ServiceError(`Monitoring job ${jobName} did not finish within ${Math.round(this.options.timeoutMs / 1e3)} s; it was cancelled.`);
    if (end.status !== "Completed") {
      let studio = last?.properties.services?.Studio?.endpoint;
      throw new ServiceError(`Monitoring job ${jobName} ended ${end.status}${studio ? `; see ${studio}` : ""}.`);
    }
    return last;
  }
  /** Reads `<signal_output>/signals/<signal>.json` through the datastore the output lives in. */
  async readSignalFile(jobName, job) {
    let uri = job.properties.outputs?.[SIGNAL_OUTPUT]?.uri;
    if (!uri) throw new ServiceError(`Monitoring job ${jobName} has no ${SIGNAL_OUTPUT} output.`);
    let location = parseAzureLocation(uri, `Output ${SIGNAL_OUTPUT} of monitoring job ${jobName}`);
    if (location.kind !== "datastore") throw new ServiceError(`Output ${SIGNAL_OUTPUT} of monitoring job ${jobName} is ${uri}, not a datastore path.`);
    let blobName = `${location.path.replace(/\/+$/, "")}/signals/${SIGNAL_NAME}.json`, origin = `azureml://datastores/${location.datastore}/paths/${blobName}`, { container } = await openBlobDatastore(this.workspace, this.options.log, location.datastore);
    try {
      return { text: (await container.getBlobClient(blobName).downloadToBuffer(void 0, void 0, { abortSignal: this.options.signal })).toString("utf8"), origin };
    } catch (error) {
      throw error.statusCode === 404 ? new ServiceError(`Monitoring job ${jobName} completed without writing ${origin}.`) : error;
    }
  }
};
function orderFeatures(features, order) {
  let rank = new Map((order ?? []).map((name, index) => [name, index]));
  return [...features].sort((a, b) => (rank.get(a.name) ?? 1 / 0) - (rank.get(b.name) ?? 1 / 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
async function runMonitorDrift(workspace, options) {
  try {
    return await monitorOnce(workspace, options);
  } catch (error) {
    throw options.signal.aborted && !(error instanceof CancelledError) ? new CancelledError(`Cancelled: ${errorMessage(error)}`) : error;
  }
}
async function monitorOnce(workspace, options) {
  let schedule = await monitorSchedule(workspace, options), run = new MonitorRun(workspace, options), reusedSchedule = await run.ensureSchedule(schedule), jobName;
  try {
    await run.waitProvisioned(schedule.name), jobName = await run.trigger(schedule);
  } finally {
    await run.disable(schedule).catch((error) => {
      options.log.warning(`Monitor schedule ${schedule.name} could not be disabled and may run on its daily trigger: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
  options.log.info(`Monitor schedule ${schedule.name} submitted monitoring job ${jobName}.`);
  let job = await run.waitForJob(jobName), { text, origin } = await run.readSignalFile(jobName, job), features = orderFeatures(parseSignalOutput(text, origin), options.features);
  return { ...datasetDrift(features, options.driftShare), features, scheduleName: schedule.name, jobName, reusedSchedule, signalFile: origin };
}
export {
  MONITOR_API_VERSION,
  TRIGGER_API_VERSION,
  runMonitorDrift
};
