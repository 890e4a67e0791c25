import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  jsonOf,
  sendRequest
} from "./chunk-JYELJH5W.mjs";
import {
  workspaceArmId
} from "./chunk-YLJXG7A5.mjs";
import {
  callService
} from "./chunk-5LVE2LTV.mjs";
import {
  createDefaultHttpClient,
  createHttpHeaders,
  createPipelineRequest
} from "./chunk-KITPLPVF.mjs";
import {
  ServiceError,
  errorMessage
} from "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/rollout/arm-lro.ts
import { setTimeout as sleep } from "node:timers/promises";
var NEWER_API_VERSION = "2025-12-01", TERMINAL = /* @__PURE__ */ new Set(["succeeded", "failed", "canceled", "cancelled"]);
async function putAndWait(client, url, body, poll, signal) {
  let response = await sendRequest(client, "PUT", url, body, signal), asyncOperation = response.headers.get("azure-asyncoperation"), location = response.headers.get("location"), deadline = Date.now() + poll.timeoutMs, interval = poll.intervalMs;
  for (; ; ) {
    if (asyncOperation) {
      let status = jsonOf(await sendRequest(client, "GET", asyncOperation, void 0, signal));
      if (status?.status && TERMINAL.has(status.status.toLowerCase())) {
        if (status.status.toLowerCase() === "succeeded") return;
        throw new ServiceError(status.error?.message ?? `The operation ended ${status.status}.`, status.error?.code);
      }
    } else if (location) {
      if ((await sendRequest(client, "GET", location, void 0, signal)).status !== 202) return;
    } else {
      let state = jsonOf(await sendRequest(client, "GET", url, void 0, signal))?.properties?.provisioningState ?? "Succeeded";
      if (TERMINAL.has(state.toLowerCase())) {
        if (state.toLowerCase() === "succeeded") return;
        throw new ServiceError(`Provisioning ended ${state}.`);
      }
    }
    if (Date.now() > deadline) throw new ServiceError(`PUT ${new URL(url).pathname} did not finish within ${Math.round(poll.timeoutMs / 1e3)} s.`);
    await sleep(interval, void 0, { signal }), interval = Math.min(poll.maxIntervalMs, interval * 1.5);
  }
}
async function getWhenSettled(client, url, poll, signal, onWait) {
  let deadline = Date.now() + poll.timeoutMs, interval = poll.intervalMs;
  for (; ; ) {
    let resource = jsonOf(await sendRequest(client, "GET", url, void 0, signal)), state = resource.properties?.provisioningState ?? "Succeeded";
    if (TERMINAL.has(state.toLowerCase())) return resource;
    if (Date.now() > deadline) throw new ServiceError(`${new URL(url).pathname} is still ${state} after ${Math.round(poll.timeoutMs / 1e3)} s.`);
    onWait?.(state), await sleep(interval, void 0, { signal }), interval = Math.min(poll.maxIntervalMs, interval * 1.5);
  }
}

// shared/rollout/monitor-figures.ts
var REQUESTS_METRIC = "RequestsPerMinute", LATENCY_METRIC = "RequestLatency_P99", ENDPOINT_METRIC_NAMESPACE = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints";
function sameName(a, b) {
  let key = (text) => text.replace(/[^a-z0-9]/gi, "").toLowerCase();
  return a !== void 0 && key(a) === key(b);
}
function deploymentFilter(deployment) {
  return `deployment eq '${deployment.replace(/'/g, "''")}' and statusCodeClass eq '*'`;
}
function figuresFrom(metrics) {
  let requests = 0, serverErrors = 0, latency;
  for (let metric of metrics)
    for (let series of metric.timeseries ?? []) {
      let statusClass = series.metadatavalues?.find((meta) => sameName(meta.name, "statusCodeClass"))?.value;
      for (let point of series.data ?? [])
        if (sameName(metric.name, REQUESTS_METRIC)) {
          let count = point.total ?? 0;
          requests += count, statusClass?.toLowerCase() === "5xx" && (serverErrors += count);
        } else if (sameName(metric.name, LATENCY_METRIC)) {
          let value = point.maximum ?? point.average;
          value !== void 0 && (latency = Math.max(latency ?? 0, value));
        }
    }
  return latency === void 0 ? { requests, serverErrors } : { requests, serverErrors, latencyP99Ms: latency };
}

// shared/rollout/azure-backend.ts
var READ_ONLY_ENDPOINT_FIELDS = ["provisioningState", "scoringUri", "swaggerUri"], MAX_LOAD_IN_FLIGHT = 32;
function endpointUrl(workspace, endpoint) {
  return `${workspace.armEndpoint}${workspaceArmId(workspace)}/onlineEndpoints/${endpoint}?api-version=${NEWER_API_VERSION}`;
}
function deploymentUrl(workspace, endpoint, deployment) {
  return `${workspace.armEndpoint}${workspaceArmId(workspace)}/onlineEndpoints/${endpoint}/deployments/${deployment}?api-version=${NEWER_API_VERSION}`;
}
function azureBackend(workspace, settings, log) {
  let { client } = workspace, args = [workspace.resourceGroup, workspace.workspaceName, settings.endpoint], url = endpointUrl(workspace, settings.endpoint), location, scoring, http = createDefaultHttpClient(), readSettled = (signal) => getWhenSettled(client, url, settings.poll, signal, (state) => log.info(`Endpoint ${settings.endpoint} is ${state}; waiting for it.`));
  async function scoringAccess(signal) {
    if (scoring) return scoring;
    let endpoint = await readSettled(signal), uri = endpoint.properties.scoringUri;
    if (!uri) throw new ServiceError(`Endpoint ${settings.endpoint} has no scoring URI.`);
    let secret;
    if (endpoint.properties.authMode === "Key" ? secret = (await callService(`Reading the keys of endpoint ${settings.endpoint}`, () => client.onlineEndpoints.listKeys(...args, { abortSignal: signal }))).primaryKey : secret = (await callService(`Getting a token for endpoint ${settings.endpoint}`, () => client.onlineEndpoints.getToken(...args, { abortSignal: signal }))).accessToken, !secret) throw new ServiceError(`Endpoint ${settings.endpoint} returned no key or token.`);
    return log.setSecret(secret), scoring = { uri, authorization: `Bearer ${secret}` }, scoring;
  }
  async function post(body, deployment, signal) {
    let access = await scoringAccess(signal ?? new AbortController().signal), response = await http.sendRequest(createPipelineRequest({
      url: access.uri,
      method: "POST",
      abortSignal: signal,
      headers: createHttpHeaders({ authorization: access.authorization, "content-type": "application/json", ...deployment ? { "azureml-model-deployment": deployment } : {} }),
      body
    }));
    return { status: response.status, body: response.bodyAsText ?? "" };
  }
  return {
    async readEndpoint(signal) {
      let endpoint;
      try {
        endpoint = await readSettled(signal);
      } catch (error) {
        if (error instanceof ServiceError && error.statusCode === 404) return;
        throw error;
      }
      location = endpoint.location;
      let deployments = {};
      return await callService(`Listing the deployments of endpoint ${settings.endpoint}`, async () => {
        for await (let deployment of client.onlineDeployments.list(...args, { abortSignal: signal })) deployments[deployment.name] = deployment.properties.model;
      }), { exists: !0, traffic: endpoint.properties.traffic ?? {}, mirror: endpoint.properties.mirrorTraffic ?? {}, deployments, scoringUri: endpoint.properties.scoringUri };
    },
    async createEndpoint(authMode, signal) {
      location = (await callService(`Reading workspace ${workspace.workspaceName}`, () => client.workspaces.get(workspace.resourceGroup, workspace.workspaceName, { abortSignal: signal }))).location, await putAndWait(client, url, { location, identity: { type: "SystemAssigned" }, properties: { authMode, traffic: {} } }, settings.poll, signal);
    },
    async setTraffic(traffic, mirror, signal) {
      let current = await readSettled(signal), properties = Object.fromEntries(Object.entries(current.properties).filter(([field]) => !READ_ONLY_ENDPOINT_FIELDS.includes(field))), identity = current.identity ? { type: current.identity.type, ...current.identity.userAssignedIdentities ? { userAssignedIdentities: Object.fromEntries(Object.keys(current.identity.userAssignedIdentities).map((id) => [id, {}])) } : {} } : void 0, body = { location: current.location, ...current.kind ? { kind: current.kind } : {}, tags: current.tags ?? {}, ...identity ? { identity } : {}, properties: { ...properties, traffic, mirrorTraffic: mirror } };
      await putAndWait(client, url, body, settings.poll, signal);
    },
    async deploy(deployment, { body }, signal) {
      await putAndWait(client, deploymentUrl(workspace, settings.endpoint, deployment), { location: location ?? body.location, ...body }, settings.poll, signal);
    },
    async deleteDeployment(deployment, signal) {
      await callService(`Deleting deployment ${deployment}`, () => client.onlineDeployments.beginDeleteAndWait(...args, deployment, { abortSignal: signal, updateIntervalInMs: settings.poll.intervalMs }));
    },
    async logs(deployment, tail, signal) {
      return (await callService(`Reading the logs of deployment ${deployment}`, () => client.onlineDeployments.getLogs(...args, deployment, { containerType: "InferenceServer", tail }, { abortSignal: signal }))).content ?? "";
    },
    score: (deployment, body, signal) => post(body, deployment, signal),
    startLoad(body, rps) {
      let sent = 0, failed = 0, inFlight = /* @__PURE__ */ new Set(), timer = setInterval(() => {
        if (inFlight.size >= MAX_LOAD_IN_FLIGHT) return;
        sent += 1;
        let request = post(body, void 0, void 0).then((answer) => {
          answer.status >= 400 && (failed += 1);
        }).catch((error) => {
          failed += 1, log.debug(`Synthetic request failed: ${errorMessage(error)}`);
        }).finally(() => inFlight.delete(request));
        inFlight.add(request);
      }, 1e3 / rps);
      return {
        async stop() {
          return clearInterval(timer), await Promise.all(inFlight), { sent, failed };
        }
      };
    },
    async figures(deployment, from, to) {
      let { MetricsClient } = await import("./esm-JLHIRL3B.mjs"), endpoint = settings.metricsEndpoint ?? `https://${(location ?? "").replace(/\s+/g, "").toLowerCase()}.metrics.monitor.azure.com`, metrics = new MetricsClient(endpoint, workspace.credential), resourceId = `${workspaceArmId(workspace)}/onlineEndpoints/${settings.endpoint}`, [result] = await callService(`Reading Azure Monitor metrics of deployment ${deployment}`, () => metrics.queryResources([resourceId], [REQUESTS_METRIC, LATENCY_METRIC], ENDPOINT_METRIC_NAMESPACE, {
        startTime: from,
        endTime: to,
        interval: "PT1M",
        aggregation: "Total,Average",
        filter: deploymentFilter(deployment)
      }));
      return figuresFrom(result?.metrics ?? []);
    }
  };
}
export {
  azureBackend,
  deploymentUrl,
  endpointUrl
};
