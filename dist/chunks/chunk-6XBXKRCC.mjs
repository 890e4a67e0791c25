import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  abortableSleep
} from "./chunk-HWEYENUP.mjs";
import {
  callService,
  isNotFound,
  toServiceError
} from "./chunk-5LVE2LTV.mjs";
import {
  CancelledError,
  SettingError
} from "./chunk-44J6QWGP.mjs";

// shared/azure/patient-read.ts
var TRANSIENT_STATUS = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]), TRANSIENT_NETWORK = /* @__PURE__ */ new Set(["ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "EPIPE", "EAI_AGAIN", "REQUEST_SEND_ERROR"]);
function isTransient(error) {
  let failure = error;
  return !failure || typeof failure != "object" ? !1 : failure.statusCode !== void 0 ? TRANSIENT_STATUS.has(failure.statusCode) : failure.code !== void 0 && TRANSIENT_NETWORK.has(failure.code);
}
function retryAfterMs(error, now = Date.now()) {
  let get = error?.response?.headers?.get?.bind(error.response.headers);
  if (!get) return;
  for (let name of ["retry-after-ms", "x-ms-retry-after-ms"]) {
    let value = Number(get(name));
    if (get(name) && Number.isFinite(value) && value >= 0) return value;
  }
  let header = get("retry-after");
  if (!header) return;
  let seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1e3);
  let date = Date.parse(header);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function describe(error) {
  let failure = error;
  return failure?.statusCode === 429 ? "throttled (HTTP 429)" : failure?.statusCode !== void 0 ? `HTTP ${failure.statusCode}` : failure?.code ?? "connection failed";
}
async function patientRead(doing, read, patience) {
  let now = patience.now ?? Date.now, sleep = patience.sleep ?? abortableSleep, maxDelay = patience.maxDelayMs ?? 6e4, noticeEvery = patience.noticeEveryMs ?? 15e3, backoff = patience.initialDelayMs ?? 1e3, lastNotice = -1 / 0, quietWaits = 0;
  for (let attempt = 1; ; attempt++) {
    if (patience.signal.aborted) throw new CancelledError(`${doing} was cancelled.`);
    try {
      return await read();
    } catch (error) {
      if (patience.signal.aborted) throw new CancelledError(`${doing} was cancelled.`);
      if (!isTransient(error)) throw toServiceError(error, doing);
      let remaining = patience.deadline - now(), asked = retryAfterMs(error, Date.now()), wait = Math.min(asked ?? backoff, maxDelay);
      if (wait >= remaining) throw toServiceError(error, `${doing} (${attempt} attempts)`);
      asked === void 0 && (backoff = Math.min(maxDelay, backoff * 2));
      let line = `${doing}: ${describe(error)}, waiting ${formatSeconds(wait)} before trying again`;
      now() - lastNotice >= noticeEvery ? (patience.log.info(quietWaits > 0 ? `${line} (${quietWaits} more waits since the last note)` : line), lastNotice = now(), quietWaits = 0) : (patience.log.debug(line), quietWaits += 1), await sleep(wait, patience.signal);
    }
  }
}
function formatSeconds(ms) {
  let seconds = ms / 1e3;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

// shared/azure/jobs.ts
var MODEL_OUTPUT_TYPES = /* @__PURE__ */ new Set(["mlflow_model", "custom_model", "triton_model"]);
async function getJob(workspace, name, abortSignal) {
  return callService(`Reading job '${name}'`, () => workspace.client.jobs.get(workspace.resourceGroup, workspace.workspaceName, name, { abortSignal }));
}
async function findJob(workspace, name) {
  try {
    return await workspace.client.jobs.get(workspace.resourceGroup, workspace.workspaceName, name);
  } catch (error) {
    throw isNotFound(error) ? new SettingError("jobName", `there is no job '${name}' in workspace '${workspace.workspaceName}'.`) : error;
  }
}
async function readJobPatiently(workspace, name, patience) {
  return patientRead(`Reading job '${name}'`, () => workspace.client.jobs.get(workspace.resourceGroup, workspace.workspaceName, name, { abortSignal: patience.signal }), patience);
}
async function cancelJob(workspace, name, log, patienceMs = 6e4) {
  let cancel = () => workspace.client.jobs.beginCancelAndWait(workspace.resourceGroup, workspace.workspaceName, name, { updateIntervalInMs: 1e3 });
  await patientRead(`Cancelling job '${name}'`, cancel, { log, signal: new AbortController().signal, deadline: Date.now() + patienceMs });
}
function studioUrl(job, ref) {
  let studio = job.properties.services?.Studio?.endpoint;
  if (studio) return studio;
  let wsid = `/subscriptions/${ref.subscriptionId}/resourceGroups/${ref.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${ref.workspaceName}`;
  return `https://ml.azure.com/runs/${encodeURIComponent(job.name ?? "")}?wsid=${encodeURIComponent(wsid)}`;
}
function modelOutputUri(job) {
  let outputs = job.properties.outputs ?? {}, models = Object.entries(outputs).filter(([, output]) => output && MODEL_OUTPUT_TYPES.has(output.jobOutputType ?? "")), chosen = models.find(([name]) => name === "model") ?? models[0];
  return chosen ? `azureml://jobs/${job.name}/outputs/${chosen[0]}` : void 0;
}

export {
  getJob,
  findJob,
  readJobPatiently,
  cancelJob,
  studioUrl,
  modelOutputUri
};
