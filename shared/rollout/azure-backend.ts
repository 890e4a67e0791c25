import { createDefaultHttpClient, createHttpHeaders, createPipelineRequest } from "@azure/core-rest-pipeline";
import { workspaceArmId } from "../azure/arm-ids";
import { callService } from "../azure/service-error";
import type { Workspace } from "../azure/workspace";
import { ServiceError, errorMessage } from "../core/errors";
import type { Log } from "../core/log";
import type { DeploymentFigures } from "./analysis";
import { getWhenSettled, NEWER_API_VERSION, putAndWait, type PollSettings } from "./arm-lro";
import type { RolloutBackend } from "./backend";
import type { DeploymentBody } from "./deployment-spec";
import { deploymentFilter, ENDPOINT_METRIC_NAMESPACE, figuresFrom, LATENCY_METRIC, REQUESTS_METRIC, type MetricSeries } from "./monitor-figures";
import type { AuthMode, EndpointSnapshot } from "./plan";
import type { TrafficMap } from "./traffic";

export interface AzureBackendSettings {
  endpoint: string;
  /** Azure Monitor metrics endpoint; default the endpoint region's https://<region>.metrics.monitor.azure.com. */
  metricsEndpoint?: string;
  poll: PollSettings;
}

interface EndpointResource {
  location: string;
  kind?: string;
  tags?: Record<string, string>;
  identity?: { type: string; userAssignedIdentities?: Record<string, unknown> };
  properties: { provisioningState?: string; authMode?: AuthMode; traffic?: TrafficMap; mirrorTraffic?: TrafficMap; scoringUri?: string; [field: string]: unknown };
}

/** Fields of an endpoint the service sets; a PUT sends back only what the user controls. */
const READ_ONLY_ENDPOINT_FIELDS = ["provisioningState", "scoringUri", "swaggerUri"];
const MAX_LOAD_IN_FLIGHT = 32;

export function endpointUrl(workspace: Workspace, endpoint: string): string {
  return `${workspace.armEndpoint}${workspaceArmId(workspace)}/onlineEndpoints/${endpoint}?api-version=${NEWER_API_VERSION}`;
}

export function deploymentUrl(workspace: Workspace, endpoint: string, deployment: string): string {
  return `${workspace.armEndpoint}${workspaceArmId(workspace)}/onlineEndpoints/${endpoint}/deployments/${deployment}?api-version=${NEWER_API_VERSION}`;
}

/** The rollout's view of one online endpoint, through the workspace's ARM client, Azure Monitor and the scoring URI. */
export function azureBackend(workspace: Workspace, settings: AzureBackendSettings, log: Log): RolloutBackend {
  const { client } = workspace;
  const args = [workspace.resourceGroup, workspace.workspaceName, settings.endpoint] as const;
  const url = endpointUrl(workspace, settings.endpoint);
  let location: string | undefined;
  let scoring: { uri: string; authorization: string } | undefined;
  const http = createDefaultHttpClient();

  const readSettled = (signal: AbortSignal) =>
    getWhenSettled<EndpointResource>(client, url, settings.poll, signal, (state) => log.info(`Endpoint ${settings.endpoint} is ${state}; waiting for it.`));

  async function scoringAccess(signal: AbortSignal): Promise<{ uri: string; authorization: string }> {
    if (scoring) return scoring;
    const endpoint = await readSettled(signal);
    const uri = endpoint.properties.scoringUri;
    if (!uri) throw new ServiceError(`Endpoint ${settings.endpoint} has no scoring URI.`);
    let secret: string | undefined;
    if (endpoint.properties.authMode === "Key") {
      secret = (await callService(`Reading the keys of endpoint ${settings.endpoint}`, () => client.onlineEndpoints.listKeys(...args, { abortSignal: signal }))).primaryKey;
    } else {
      secret = (await callService(`Getting a token for endpoint ${settings.endpoint}`, () => client.onlineEndpoints.getToken(...args, { abortSignal: signal }))).accessToken;
    }
    if (!secret) throw new ServiceError(`Endpoint ${settings.endpoint} returned no key or token.`);
    log.setSecret(secret);
    scoring = { uri, authorization: `Bearer ${secret}` };
    return scoring;
  }

  async function post(body: string, deployment: string | undefined, signal: AbortSignal | undefined) {
    const access = await scoringAccess(signal ?? new AbortController().signal);
    const response = await http.sendRequest(createPipelineRequest({
      url: access.uri,
      method: "POST",
      abortSignal: signal,
      headers: createHttpHeaders({ authorization: access.authorization, "content-type": "application/json", ...(deployment ? { "azureml-model-deployment": deployment } : {}) }),
      body,
    }));
    return { status: response.status, body: response.bodyAsText ?? "" };
  }

  return {
    async readEndpoint(signal): Promise<(EndpointSnapshot & { scoringUri?: string }) | undefined> {
      let endpoint: EndpointResource;
      try {
        endpoint = await readSettled(signal);
      } catch (error) {
        if (error instanceof ServiceError && error.statusCode === 404) return undefined;
        throw error;
      }
      location = endpoint.location;
      const deployments: Record<string, string | undefined> = {};
      await callService(`Listing the deployments of endpoint ${settings.endpoint}`, async () => {
        for await (const deployment of client.onlineDeployments.list(...args, { abortSignal: signal })) deployments[deployment.name!] = deployment.properties.model;
      });
      return { exists: true, traffic: endpoint.properties.traffic ?? {}, mirror: endpoint.properties.mirrorTraffic ?? {}, deployments, scoringUri: endpoint.properties.scoringUri };
    },

    async createEndpoint(authMode, signal) {
      const workspaceResource = await callService(`Reading workspace ${workspace.workspaceName}`, () =>
        client.workspaces.get(workspace.resourceGroup, workspace.workspaceName, { abortSignal: signal }));
      location = workspaceResource.location;
      await putAndWait(client, url, { location, identity: { type: "SystemAssigned" }, properties: { authMode, traffic: {} } }, settings.poll, signal);
    },

    async setTraffic(traffic, mirror, signal) {
      const current = await readSettled(signal);
      const properties = Object.fromEntries(Object.entries(current.properties).filter(([field]) => !READ_ONLY_ENDPOINT_FIELDS.includes(field)));
      const identity = current.identity
        ? { type: current.identity.type, ...(current.identity.userAssignedIdentities ? { userAssignedIdentities: Object.fromEntries(Object.keys(current.identity.userAssignedIdentities).map((id) => [id, {}])) } : {}) }
        : undefined;
      const body = { location: current.location, ...(current.kind ? { kind: current.kind } : {}), tags: current.tags ?? {}, ...(identity ? { identity } : {}), properties: { ...properties, traffic, mirrorTraffic: mirror } };
      await putAndWait(client, url, body, settings.poll, signal);
    },

    async deploy(deployment, { body }: DeploymentBody, signal) {
      await putAndWait(client, deploymentUrl(workspace, settings.endpoint, deployment), { location: location ?? body.location, ...body }, settings.poll, signal);
    },

    async deleteDeployment(deployment, signal) {
      await callService(`Deleting deployment ${deployment}`, () =>
        client.onlineDeployments.beginDeleteAndWait(...args, deployment, { abortSignal: signal, updateIntervalInMs: settings.poll.intervalMs }));
    },

    async logs(deployment, tail, signal) {
      const logs = await callService(`Reading the logs of deployment ${deployment}`, () =>
        client.onlineDeployments.getLogs(...args, deployment, { containerType: "InferenceServer", tail }, { abortSignal: signal }));
      return logs.content ?? "";
    },

    score: (deployment, body, signal) => post(body, deployment, signal),

    startLoad(body, rps) {
      let sent = 0;
      let failed = 0;
      const inFlight = new Set<Promise<void>>();
      const timer = setInterval(() => {
        if (inFlight.size >= MAX_LOAD_IN_FLIGHT) return;
        sent += 1;
        const request: Promise<void> = post(body, undefined, undefined)
          .then((answer) => { if (answer.status >= 400) failed += 1; })
          .catch((error: unknown) => { failed += 1; log.debug(`Synthetic request failed: ${errorMessage(error)}`); })
          .finally(() => inFlight.delete(request));
        inFlight.add(request);
      }, 1000 / rps);
      return {
        async stop() {
          clearInterval(timer);
          await Promise.all(inFlight);
          return { sent, failed };
        },
      };
    },

    async figures(deployment, from, to): Promise<DeploymentFigures> {
      const { MetricsClient } = await import("@azure/monitor-query-metrics");
      const endpoint = settings.metricsEndpoint ?? `https://${(location ?? "").replace(/\s+/g, "").toLowerCase()}.metrics.monitor.azure.com`;
      const metrics = new MetricsClient(endpoint, workspace.credential);
      const resourceId = `${workspaceArmId(workspace)}/onlineEndpoints/${settings.endpoint}`;
      const [result] = await callService(`Reading Azure Monitor metrics of deployment ${deployment}`, () =>
        metrics.queryResources([resourceId], [REQUESTS_METRIC, LATENCY_METRIC], ENDPOINT_METRIC_NAMESPACE, {
          startTime: from,
          endTime: to,
          interval: "PT1M",
          aggregation: "Total,Average",
          filter: deploymentFilter(deployment),
        }));
      return figuresFrom((result?.metrics ?? []) as MetricSeries[]);
    },
  };
}

