import { armResource, isResponse, listPage, propertiesOf, tagsOf } from "./arm";
import type { EmulatorContext } from "./context";
import { checkName } from "./endpoint-rules";
import { endpointNotFound, provisioningAnswer, viewFor } from "./endpoints";
import { armError, isObject, json, notFound, type EmulatorRequest, type EmulatorResponse } from "./http";
import { PROVIDER, segmentsBelowWorkspace } from "./ids";
import { modelVersionExists } from "./models";
import { WORKSPACE_PATH, type Route } from "./router";
import type { DeploymentRecord } from "./state";

const NEWER_DEPLOYMENT_FIELDS = ["dataCollector"];
const REGISTRY_ENVIRONMENT = /^azureml:\/\/registries\/[^/]+\/environments\/[^/]+\/(versions|labels)\/[^/]+$/i;

function deploymentNotFound(ctx: EmulatorContext, endpoint: string, name: string): EmulatorResponse {
  return notFound(`${PROVIDER}/workspaces/onlineEndpoints/deployments`, `${endpoint}/${name}`, ctx.workspace.resourceGroup);
}

function checkReferences(ctx: EmulatorContext, properties: Record<string, unknown>): EmulatorResponse | undefined {
  if (typeof properties.model === "string" && !modelVersionExists(ctx.state, ctx.workspace, properties.model)) {
    return armError(404, "NotFound", `Could not find asset with ID: ${properties.model} (model).`);
  }
  const environmentId = properties.environmentId;
  if (typeof environmentId === "string" && !REGISTRY_ENVIRONMENT.test(environmentId)) {
    const segments = segmentsBelowWorkspace(ctx.workspace, environmentId);
    if (!segments || !ctx.state.environments.versions.get(segments[1])?.has(segments[3] ?? "")) {
      return armError(404, "NotFound", `Could not find asset with ID: ${environmentId} (environmentId).`);
    }
  }
  return undefined;
}

function putDeployment(ctx: EmulatorContext, request: EmulatorRequest): EmulatorResponse {
  const { endpointName, deploymentName } = request.params;
  const endpoint = ctx.state.endpoints.get(endpointName);
  if (!endpoint) return endpointNotFound(ctx, endpointName);
  const badName = checkName("Deployment", deploymentName);
  if (badName) return badName;
  const properties = propertiesOf(request);
  if (isResponse(properties)) return properties;
  const problem = checkReferences(ctx, properties);
  if (problem) return problem;
  const deployments = ctx.state.deployments.get(endpointName)!;
  const previous = deployments.get(deploymentName);
  const body = isObject(request.body) ? request.body : {};
  const keepNewer = (request.apiVersion ?? "") >= "2023-04-01";
  const resource = armResource(ctx, ["onlineEndpoints", endpointName, "deployments", deploymentName], ["onlineEndpoints", "deployments"], {
    location: String(body.location ?? ctx.workspace.location),
    kind: "Managed",
    tags: tagsOf(body) ?? {},
    sku: isObject(body.sku) ? body.sku : { name: "Default", capacity: 1 },
    properties: {
      endpointComputeType: "Managed",
      scaleSettings: { scaleType: "Default" },
      requestSettings: { requestTimeout: "PT5S", maxConcurrentRequestsPerInstance: 1 },
      appInsightsEnabled: false,
      ...properties,
      ...(keepNewer ? {} : { dataCollector: previous?.resource.properties.dataCollector }),
      provisioningState: previous ? "Updating" : "Creating",
    },
  }, previous?.resource);
  const record: DeploymentRecord = previous ?? {
    resource, scoring: { errorRate: 0, latencyMs: 0, ...ctx.state.scoringPresets.get(`${endpointName}/${deploymentName}`) }, served: 0,
  };
  delete record.failure;
  record.resource = resource;
  deployments.set(deploymentName, record);
  const injected = ctx.faults.take(request.method, request.path, ["lroFailure", "provisioningFailure"]);
  const operation = ctx.lro.start({
    apiVersion: request.apiVersion!,
    failure: () => {
      if (!injected) return undefined;
      if (injected.kind === "provisioningFailure") {
        record.failure = injected.message;
        return { code: "DeploymentProvisioningFailed", message: injected.message };
      }
      return { code: injected.code ?? "DeploymentFailed", message: injected.message };
    },
    onSucceeded: () => { resource.properties.provisioningState = "Succeeded"; },
    onFailed: () => { resource.properties.provisioningState = "Failed"; },
    result: () => viewFor(resource, request.apiVersion, NEWER_DEPLOYMENT_FIELDS),
  });
  return provisioningAnswer(ctx, previous ? 200 : 201, viewFor(resource, request.apiVersion, NEWER_DEPLOYMENT_FIELDS), operation);
}

function patchDeployment(ctx: EmulatorContext, request: EmulatorRequest): EmulatorResponse {
  const { endpointName, deploymentName } = request.params;
  const record = ctx.state.deployments.get(endpointName)?.get(deploymentName);
  if (!record) return deploymentNotFound(ctx, endpointName, deploymentName);
  const body = isObject(request.body) ? request.body : {};
  if (isObject(body.tags)) record.resource.tags = body.tags;
  if (isObject(body.sku)) record.resource.sku = { ...(record.resource.sku as object), ...body.sku };
  const operation = ctx.lro.start({ apiVersion: request.apiVersion!, result: () => viewFor(record.resource, request.apiVersion, NEWER_DEPLOYMENT_FIELDS) });
  return { status: 202, headers: ctx.lro.locationHeaders(operation) };
}

function deleteDeployment(ctx: EmulatorContext, request: EmulatorRequest): EmulatorResponse {
  const { endpointName, deploymentName } = request.params;
  const record = ctx.state.deployments.get(endpointName)?.get(deploymentName);
  if (!record) return { status: 204 };
  const endpoint = ctx.state.endpoints.get(endpointName)!;
  const traffic = (endpoint.resource.properties.traffic ?? {}) as Record<string, number>;
  const mirror = (endpoint.resource.properties.mirrorTraffic ?? {}) as Record<string, number>;
  if ((traffic[deploymentName] ?? 0) > 0 || (mirror[deploymentName] ?? 0) > 0) {
    return armError(400, "BadArgument",
      `Deployment '${deploymentName}' cannot be deleted because it receives traffic on endpoint '${endpointName}'. Set its traffic (and mirror traffic) to 0 first.`);
  }
  record.resource.properties.provisioningState = "Deleting";
  const injected = ctx.faults.take(request.method, request.path, ["lroFailure"]);
  const operation = ctx.lro.start({
    apiVersion: request.apiVersion!,
    failure: () => (injected ? { code: injected.code ?? "DeploymentDeletionFailed", message: injected.message } : undefined),
    onSucceeded: () => {
      ctx.state.deployments.get(endpointName)?.delete(deploymentName);
      const traffic = endpoint.resource.properties.traffic as Record<string, number> | undefined;
      if (traffic) delete traffic[deploymentName];
    },
    onFailed: () => { record.resource.properties.provisioningState = "Failed"; },
  });
  return { status: 202, headers: ctx.lro.locationHeaders(operation) };
}

function getLogs(ctx: EmulatorContext, request: EmulatorRequest): EmulatorResponse {
  const { endpointName, deploymentName } = request.params;
  const record = ctx.state.deployments.get(endpointName)?.get(deploymentName);
  if (!record) return deploymentNotFound(ctx, endpointName, deploymentName);
  const body = isObject(request.body) ? request.body : {};
  const container = body.containerType === "StorageInitializer" ? "storage-initializer" : "inference-server";
  const lines = [
    `${container}: starting deployment ${deploymentName} of endpoint ${endpointName}`,
    `${container}: model ${String(record.resource.properties.model ?? "none")}`,
    `${container}: provisioning state ${String(record.resource.properties.provisioningState)}`,
    `${container}: requests served ${record.served}`,
    ...(record.failure ? [`${container}: ${record.failure}`] : []),
  ];
  const tail = typeof body.tail === "number" && body.tail > 0 ? lines.slice(-body.tail) : lines;
  return json(200, { content: tail.join("\n") });
}

export function deploymentRoutes(ctx: EmulatorContext): Route[] {
  const list = `${WORKSPACE_PATH}/onlineEndpoints/:endpointName/deployments`;
  const path = `${list}/:deploymentName`;
  const arm = { auth: "arm" as const, validate: true };
  return [
    { ...arm, method: "GET", pattern: list, handler: (request) => {
      const deployments = ctx.state.deployments.get(request.params.endpointName);
      if (!deployments) return endpointNotFound(ctx, request.params.endpointName);
      return listPage(ctx, request, [...deployments.values()].map((record) => viewFor(record.resource, request.apiVersion, NEWER_DEPLOYMENT_FIELDS)));
    } },
    { ...arm, method: "GET", pattern: path, handler: (request) => {
      const record = ctx.state.deployments.get(request.params.endpointName)?.get(request.params.deploymentName);
      return record ? json(200, viewFor(record.resource, request.apiVersion, NEWER_DEPLOYMENT_FIELDS))
        : deploymentNotFound(ctx, request.params.endpointName, request.params.deploymentName);
    } },
    { ...arm, method: "PUT", pattern: path, handler: (request) => putDeployment(ctx, request) },
    { ...arm, method: "PATCH", pattern: path, handler: (request) => patchDeployment(ctx, request) },
    { ...arm, method: "DELETE", pattern: path, handler: (request) => deleteDeployment(ctx, request) },
    { ...arm, method: "POST", pattern: `${path}/getLogs`, handler: (request) => getLogs(ctx, request) },
  ];
}
