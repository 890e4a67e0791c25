import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  buildJobRequest,
  createPlanningResolver,
  createWorkspaceResolver,
  jobUrl,
  submitJobRequest
} from "./chunk-XCKZ6OAD.mjs";
import {
  withInputNames
} from "./chunk-4IT7TL7V.mjs";
import {
  codeBlock,
  createEvent,
  escapeMarkdown,
  formatNumber,
  lineageTags,
  publishEvent,
  table
} from "./chunk-WLJ5K3ET.mjs";
import "./chunk-7KSXO4OZ.mjs";
import {
  applyNamedOverrides,
  applySetOverrides,
  loadJobFile
} from "./chunk-JHNJNRBD.mjs";
import {
  watchJob
} from "./chunk-J7FS2LXQ.mjs";
import {
  sendJson
} from "./chunk-YQA2TZD2.mjs";
import "./chunk-3OWWX55O.mjs";
import {
  latestAssetVersion
} from "./chunk-VIIX2X6K.mjs";
import "./chunk-DAJSNXS4.mjs";
import {
  connectWorkspace
} from "./chunk-7R34KNOW.mjs";
import {
  openBlobDatastore
} from "./chunk-YXIKKC2B.mjs";
import {
  callService,
  isNotFound
} from "./chunk-WYNGCMLH.mjs";
import "./chunk-4GNYTCEG.mjs";
import "./chunk-FHWDWMVT.mjs";
import {
  ConfigurationError,
  ServiceError,
  SettingError,
  errorMessage
} from "./chunk-V4Z2CQOR.mjs";
import "./chunk-KITPLPVF.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/steps/train-run.ts
import path from "node:path";

// shared/azure/jobs.ts
var MODEL_OUTPUT_TYPES = /* @__PURE__ */ new Set(["mlflow_model", "custom_model", "triton_model"]);
async function getJob(workspace, name, abortSignal) {
  return callService(`Reading job '${name}'`, () => workspace.client.jobs.get(workspace.resourceGroup, workspace.workspaceName, name, { abortSignal }));
}
async function findJob(workspace, name, input) {
  try {
    return await workspace.client.jobs.get(workspace.resourceGroup, workspace.workspaceName, name);
  } catch (error) {
    throw isNotFound(error) ? new ConfigurationError(`Input '${input}': there is no job '${name}' in workspace '${workspace.workspaceName}'.`) : error;
  }
}
async function cancelJob(workspace, name) {
  await callService(
    `Cancelling job '${name}'`,
    () => workspace.client.jobs.beginCancelAndWait(workspace.resourceGroup, workspace.workspaceName, name, { updateIntervalInMs: 1e3 })
  );
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

// shared/azure/job-logs.ts
var USER_LOG = /^user_logs\/std_log[^/]*\.txt$/;
async function readBlobFrom(sasUrl, offset) {
  let { BlobClient } = await import("./esm-YN3LVR64.mjs");
  try {
    let response = await new BlobClient(sasUrl).download(offset), chunks = [];
    for await (let chunk of response.readableStreamBody ?? []) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  } catch (error) {
    let status = error.statusCode;
    if (status === 416 || status === 404) return;
    throw error;
  }
}
var JobLogTail = class {
  constructor(read = readBlobFrom) {
    this.read = read;
  }
  read;
  offsets = /* @__PURE__ */ new Map();
  partial = /* @__PURE__ */ new Map();
  recent = [];
  async poll(details) {
    let lines = [], files = Object.entries(details.logFiles ?? {}).filter(([name]) => USER_LOG.test(name)).sort(([a], [b]) => a.localeCompare(b));
    for (let [name, url] of files) {
      let offset = this.offsets.get(name) ?? 0, bytes = await this.read(url, offset);
      if (!bytes || bytes.length === 0) continue;
      this.offsets.set(name, offset + bytes.length);
      let parts = ((this.partial.get(name) ?? "") + bytes.toString("utf8")).split(/\r?\n/);
      this.partial.set(name, parts.pop() ?? ""), lines.push(...parts.map((line) => files.length > 1 ? `[${name.replace(/^user_logs\//, "")}] ${line}` : line));
    }
    return this.remember(lines), lines;
  }
  /** Lines still without a newline once the job has ended. */
  flush() {
    let rest = [...this.partial.values()].filter((line) => line !== "");
    return this.partial.clear(), this.remember(rest), rest;
  }
  /** The last lines seen, for a failure summary. */
  tail() {
    return [...this.recent];
  }
  remember(lines) {
    this.recent.push(...lines), this.recent.length > 50 && this.recent.splice(0, this.recent.length - 50);
  }
};

// shared/azure/tracking.ts
async function trackingEndpoints(client, ref) {
  let trackingUri = (await callService(`Reading workspace '${ref.workspaceName}'`, () => client.workspaces.get(ref.resourceGroup, ref.workspaceName))).mlFlowTrackingUri;
  if (!trackingUri) throw new ServiceError(`Workspace '${ref.workspaceName}' reports no MLflow tracking URI.`);
  let host = new URL(trackingUri.replace(/^azureml:/, "https:")).host, scope = `/subscriptions/${ref.subscriptionId}/resourceGroups/${ref.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${ref.workspaceName}`;
  return { mlflow: `https://${host}/mlflow/v1.0${scope}/api/2.0/mlflow`, history: `https://${host}/history/v1.0${scope}` };
}
async function runMetrics(client, endpoints, runId) {
  let { run } = await sendJson(client, "GET", `${endpoints.mlflow}/runs/get?run_id=${encodeURIComponent(runId)}`);
  return latestMetrics(run);
}
function latestMetrics(run) {
  let latest = /* @__PURE__ */ new Map();
  for (let metric of run.data?.metrics ?? []) {
    let order = (metric.timestamp ?? 0) * 1e6 + (metric.step ?? 0), seen = latest.get(metric.key);
    (!seen || order >= seen.order) && latest.set(metric.key, { value: metric.value, order });
  }
  return Object.fromEntries([...latest].map(([key, { value }]) => [key, value]));
}
async function childRunMetrics(client, endpoints, parentRunId) {
  let { run: parent } = await sendJson(client, "GET", `${endpoints.mlflow}/runs/get?run_id=${encodeURIComponent(parentRunId)}`), children = [], pageToken;
  do {
    let page = await sendJson(client, "POST", `${endpoints.mlflow}/runs/search`, {
      experiment_ids: parent.info.experiment_id ? [parent.info.experiment_id] : [],
      filter: `tags.mlflow.parentRunId = '${parentRunId}'`,
      max_results: 1e3,
      page_token: pageToken
    });
    for (let run of page.runs ?? []) {
      let name = run.data?.tags?.find((tag) => tag.key === "mlflow.runName")?.value ?? run.info.run_name ?? run.info.run_id;
      children.push({ runId: run.info.run_id, name, metrics: latestMetrics(run) });
    }
    pageToken = page.next_page_token || void 0;
  } while (pageToken);
  return children;
}
function runDetails(client, endpoints, runId, abortSignal) {
  return sendJson(client, "GET", `${endpoints.history}/runs/${encodeURIComponent(runId)}/details`, void 0, abortSignal);
}

// shared/azure/job-metrics.ts
async function jobMetrics(client, tracking, job, step) {
  if (job.properties.jobType !== "Pipeline") return runMetrics(client, tracking, job.name);
  let children = await childRunMetrics(client, tracking, job.name);
  if (step) {
    let chosen = children.find((child) => child.name === step || child.runId === step);
    if (!chosen) throw new SettingError("metricsStep", `pipeline job ${job.name} has no step '${step}' (steps: ${children.map((child) => child.name).join(", ") || "none"}).`);
    return chosen.metrics;
  }
  let merged = {};
  for (let child of children) for (let [key, value] of Object.entries(child.metrics)) merged[children.length > 1 ? `${child.name}.${key}` : key] = value;
  return merged;
}

// shared/steps/train-report.ts
function metricsTable(metrics) {
  let rows = Object.entries(metrics).sort(([a], [b]) => a.localeCompare(b)).map(([name, value]) => [escapeMarkdown(name), formatNumber(value)]);
  return rows.length > 0 ? table(["metric", "value"], rows) : "_The job logged no metrics._";
}
function jobFacts(facts) {
  let rows = [
    ["job", `[${escapeMarkdown(facts.jobName)}](${encodeURI(facts.studioUrl)})`],
    ["status", escapeMarkdown(facts.status)],
    ...facts.experiment ? [["experiment", escapeMarkdown(facts.experiment)]] : [],
    ...facts.modelUri ? [["model output", `\`${facts.modelUri}\``]] : []
  ];
  return table(["", ""], rows);
}
function failureDetails(message, logTail) {
  let error = message ? `**Error:** ${escapeMarkdown(message)}

` : "", logs = logTail.length > 0 ? `<details><summary>Last ${logTail.length} log lines</summary>

${codeBlock(logTail.join(`
`))}

</details>` : "_No log lines were written._";
  return `${error}${logs}`;
}

// shared/steps/train-run.ts
var MAX_POLL_INTERVAL_MS = 6e4;
async function runTrain(inputs, host) {
  if (inputs["attach-job"] && inputs["job-file"])
    throw new ConfigurationError(`Set either input '${host.inputLabel("job-file")}' or '${host.inputLabel("attach-job")}', not both.`);
  if (!inputs["attach-job"] && !inputs["job-file"])
    throw new ConfigurationError(`Input '${host.inputLabel("job-file")}' is required unless '${host.inputLabel("attach-job")}' is set: expected the path of a job YAML file.`);
  let spec = inputs["job-file"] ? await readJobSpec(inputs, host) : void 0, workspace = await connectWorkspace(inputs, host);
  if (inputs["dry-run"]) {
    if (!spec) throw new ConfigurationError(`Input '${host.inputLabel("dry-run")}' plans a submission; it does not apply to '${host.inputLabel("attach-job")}'.`);
    return planTrain(spec, inputs, workspace, host);
  }
  let job = spec ? await submit(spec, inputs, workspace, host) : await findJob(workspace, inputs["attach-job"], host.inputLabel("attach-job")), jobName = job.name, url = studioUrl(job, workspace);
  if (host.setOutput("job-name", jobName), host.setOutput("studio-url", url), host.info(`${spec ? "Submitted" : "Attached to"} job ${jobName}: ${url}`), !inputs.wait) {
    let status2 = job.properties.status ?? "NotStarted";
    host.setOutput("status", status2), await report(host, inputs, event(host, "succeeded", `job ${jobName} submitted; not waiting (status ${status2})`, job, url), jobFacts({ jobName, status: status2, studioUrl: url }));
    return;
  }
  let tracking = await trackingEndpoints(workspace.client, workspace), logs = new JobLogTail(), end = await host.group(`Job ${jobName}`, () => follow(workspace, tracking, jobName, logs, inputs, host)), finished = await getJob(workspace, jobName), status = finished.properties.status ?? end.status;
  host.setOutput("status", status);
  let modelUri = modelOutputUri(finished);
  modelUri && host.setOutput("model-uri", modelUri);
  let facts = jobFacts({ jobName, status, studioUrl: url, experiment: finished.properties.experimentName, modelUri });
  if (end.reason === "cancelled")
    throw await report(host, inputs, event(host, "cancelled", `run cancelled; job ${jobName} cancelled`, finished, url), facts), new ServiceError(`The run was cancelled; job ${jobName} was cancelled too.`);
  if (end.reason === "timeout") {
    let what = end.cancelled ? "and was cancelled" : "and is still running";
    throw await report(host, inputs, event(host, "failed", `job ${jobName} timed out`, finished, url), `${facts}

${failureDetails(void 0, logs.tail())}`), new ServiceError(`Job ${jobName} did not finish within ${inputs["timeout-minutes"]} minutes ${what}.`);
  }
  if (status !== "Completed") {
    let message = await jobError(workspace, tracking, jobName);
    throw await report(host, inputs, event(host, "failed", `job ${jobName} ended ${status}`, finished, url), `${facts}

${failureDetails(message, logs.tail())}`), new ServiceError(`Job ${jobName} ended ${status}${message ? `: ${message}` : "."}`);
  }
  let metrics = await withInputNames(host, { metricsStep: "metrics-step" }, () => jobMetrics(workspace.client, tracking, finished, inputs["metrics-step"]));
  host.setOutput("metrics", JSON.stringify(metrics));
  let evidence = { metrics, modelUri };
  await report(host, inputs, event(host, "succeeded", `job ${jobName} completed`, finished, url, evidence), `${facts}

${metricsTable(metrics)}`);
}
async function readJobSpec(inputs, host) {
  let file = await loadJobFile(inputs["job-file"]), withSet = applySetOverrides(file.spec, inputs.set), tags = Object.fromEntries(
    inputs.tags.map((line) => {
      let equals = line.indexOf("=");
      if (equals <= 0) throw new ConfigurationError(`Input '${host.inputLabel("tags")}' must be one key=value per line, got '${line}'.`);
      return [line.slice(0, equals).trim(), line.slice(equals + 1).trim()];
    })
  );
  return { spec: applyNamedOverrides(withSet, {
    experimentName: inputs["experiment-name"],
    compute: inputs.compute,
    displayName: inputs["display-name"],
    tags: { ...lineageTags(host.context), ...tags }
  }), dir: file.dir, defaultExperimentName: path.basename(process.cwd()) };
}
async function buildRequest(spec, workspace, resolver) {
  return buildJobRequest(spec.spec, { ...workspace, jobFileDir: spec.dir, defaultExperimentName: spec.defaultExperimentName }, resolver);
}
async function planTrain(spec, inputs, workspace, host) {
  let resolver = createPlanningResolver(workspace, { latestVersion: (type, name) => latestAssetVersion(workspace.client, workspace, type, name) }), request = await buildRequest(spec, workspace, resolver), plan = [
    ...resolver.actions.map((action) => `${action.action}: ${action.source} \u2192 ${action.target}${action.files !== void 0 ? ` (${action.files} files)` : ""}`),
    `PUT ${jobUrl(workspace.armEndpoint, workspace, request.name)}`
  ], body = JSON.stringify({ properties: request.properties }, null, 2);
  host.info(`Dry run: nothing is uploaded, registered or submitted.
${plan.join(`
`)}
${body}`), host.setOutput("job-name", request.name), host.setOutput("status", "DryRun");
  let markdown = `${plan.map((line) => `- ${escapeMarkdown(line)}`).join(`
`)}

${codeBlock(body, "json")}`;
  await report(host, inputs, createEvent("train", host.context, { outcome: "planned", headline: `dry run of job ${request.name}`, subject: { job: request.name } }), markdown);
}
async function submit(spec, _inputs, workspace, host) {
  let datastore = await openBlobDatastore(workspace, host), resolver = createWorkspaceResolver({
    client: workspace.client,
    scope: workspace,
    container: datastore.container,
    datastoreName: datastore.name,
    onAction: (action) => host.info(`${action.reused ? "Reused" : "Done"}: ${action.action} ${action.source} \u2192 ${action.target}`)
  }), request = await buildRequest(spec, workspace, resolver);
  return submitJobRequest(workspace.client, workspace.armEndpoint, workspace, request, host.cancellation);
}
function follow(workspace, tracking, jobName, logs, inputs, host) {
  let logsAvailable = !0;
  return watchJob(
    {
      readStatus: async () => (await getJob(workspace, jobName)).properties.status ?? "Unknown",
      followLogs: async () => {
        if (logsAvailable)
          try {
            for (let line of await logs.poll(await runDetails(workspace.client, tracking, jobName))) host.info(line);
          } catch (error) {
            logsAvailable = !1, host.warning(`Log streaming stopped: ${errorMessage(error)}`);
          }
      },
      onStatus: (status) => host.info(`[amlops] job ${jobName}: ${status}`),
      cancel: async () => {
        host.info(`[amlops] cancelling job ${jobName}`), await cancelJob(workspace, jobName);
      }
    },
    {
      initialIntervalMs: inputs["poll-interval-seconds"] * 1e3,
      maxIntervalMs: MAX_POLL_INTERVAL_MS,
      timeoutMs: inputs["timeout-minutes"] * 6e4,
      cancelOnTimeout: inputs["cancel-on-timeout"]
    },
    host.cancellation
  ).finally(() => {
    for (let line of logs.flush()) host.info(line);
  });
}
async function jobError(workspace, tracking, jobName) {
  try {
    return (await runDetails(workspace.client, tracking, jobName)).error?.error?.message;
  } catch {
    return;
  }
}
function event(host, outcome, headline, job, url, evidence = {}) {
  return createEvent("train", host.context, {
    outcome,
    headline,
    subject: { job: job.name ?? "", experiment: job.properties.experimentName ?? "" },
    evidence,
    links: [{ title: "Azure ML studio", url }]
  });
}
function report(host, inputs, governance, body) {
  return publishEvent(host, governance, body, inputs["webhook-url"]);
}
export {
  runTrain
};
