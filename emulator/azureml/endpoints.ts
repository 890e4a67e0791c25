import { randomBytes } from "node:crypto";
import { armResource, isResponse, listPage, propertiesOf, tagsOf } from "./arm";
import type { EmulatorContext } from "./context";
import { checkName, checkTraffic } from "./endpoint-rules";
import { armError, isObject, json, notFound, type EmulatorRequest, type EmulatorResponse } from "./http";
import { PROVIDER } from "./ids";
import { WORKSPACE_PATH, type Route } from "./router";
import type { ArmResource, EndpointRecord, OperationRecord } from "./state";
import { unsignedToken } from "./tokens";

/** Fields 2022-10-01 does not know; the service leaves them out of responses of that version. */
const NEWER_ENDPOINT_FIELDS = ["mirrorTraffic"];

export function supportsNewerFields(apiVersion: string | undefined): boolean {
  return (apiVersion ?? "") >= "2023-04-01";
}

export function viewFor(resource: ArmResource, apiVersion: string | undefined, newerFields: string[]): ArmResource {
  const copy = structuredClone(resource);
  if (!supportsNewerFields(apiVersion)) for (const field of newerFields) delete copy.properties[field];
  return copy;
}

/** Answers a PUT that starts provisioning the way lroSettings.putMode says. */
export function provisioningAnswer(ctx: EmulatorContext, status: number, body: unknown, operation: OperationRecord): EmulatorResponse {
  switch (ctx.lroSettings.putMode) {
    case "Body":
      return json(status, body);
    case "Location":
      return json(status === 200 ? 202 : status, body, ctx.lro.locationHeaders(operation));
    default:
      return json(status, body, ctx.lro.asyncOperationHeaders(operation));
  }
}

export function endpointNotFound(ctx: EmulatorContext, name: string): EmulatorResponse {
  return notFound(`${PROVIDER}/workspaces/onlineEndpoints`, name, ctx.workspace.resourceGroup);
}

function putEndpoint(ctx: EmulatorContext, request: EmulatorRequest): EmulatorResponse {
  const name = request.params.endpointName;
  const badName = checkName("Endpoint", name);
  if (badName) return badName;
  const properties = propertiesOf(request);
  if (isResponse(properties)) return properties;
  const previous = ctx.state.endpoints.get(name);
  const newer = supportsNewerFields(request.apiVersion);
  const traffic = (properties.traffic ?? previous?.resource.properties.traffic ?? {}) as Record<string, number>;
  const mirror = (newer ? properties.mirrorTraffic ?? {} : previous?.resource.properties.mirrorTraffic ?? {}) as Record<string, number>;
  const problem = checkTraffic(traffic, mirror, ctx.state.deployments.get(name));
  if (problem) return problem;
  if (previous && properties.authMode !== undefined && properties.authMode !== previous.resource.properties.authMode) {
    return armError(400, "BadArgument", "The auth mode of an existing endpoint cannot be changed.");
  }
  const body = isObject(request.body) ? request.body : {};
  const resource = armResource(ctx, ["onlineEndpoints", name], ["onlineEndpoints"], {
    location: String(body.location ?? ctx.workspace.location),
    kind: "Managed",
    tags: tagsOf(body) ?? (previous?.resource.tags as Record<string, string> | undefined) ?? {},
    identity: { type: "SystemAssigned", principalId: "3a1f6c0e-5b8d-4f7a-9c2e-7d4b1e6a8f30", tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47" },
    properties: {
      description: properties.description ?? previous?.resource.properties.description,
      properties: properties.properties ?? {},
      authMode: properties.authMode,
      traffic,
      mirrorTraffic: mirror,
      scoringUri: `${ctx.baseUrl()}/score/${name}`,
      swaggerUri: `${ctx.baseUrl()}/score/${name}/swagger.json`,
      provisioningState: previous ? "Updating" : "Creating",
    },
  }, previous?.resource);
  const record: EndpointRecord = previous ??
    { resource, keys: { primaryKey: randomBytes(24).toString("base64"), secondaryKey: randomBytes(24).toString("base64") }, trafficHistory: [] };
  record.resource = resource;
  record.trafficHistory.push({ traffic: { ...traffic }, mirror: { ...mirror }, apiVersion: request.apiVersion! });
  ctx.state.endpoints.set(name, record);
  if (!ctx.state.deployments.has(name)) ctx.state.deployments.set(name, new Map());
  const injected = ctx.faults.take(request.method, request.path, ["lroFailure"]);
  const operation = ctx.lro.start({
    apiVersion: request.apiVersion!,
    failure: () => (injected ? { code: injected.code ?? "EndpointProvisioningFailed", message: injected.message } : undefined),
    onSucceeded: () => { resource.properties.provisioningState = "Succeeded"; },
    onFailed: () => { resource.properties.provisioningState = "Failed"; },
    result: () => viewFor(resource, request.apiVersion, NEWER_ENDPOINT_FIELDS),
  });
  return provisioningAnswer(ctx, previous ? 200 : 201, viewFor(resource, request.apiVersion, NEWER_ENDPOINT_FIELDS), operation);
}

function patchEndpoint(ctx: EmulatorContext, request: EmulatorRequest): EmulatorResponse {
  const record = ctx.state.endpoints.get(request.params.endpointName);
  if (!record) return endpointNotFound(ctx, request.params.endpointName);
  const tags = tagsOf(request.body);
  if (tags) record.resource.tags = tags;
  const operation = ctx.lro.start({ apiVersion: request.apiVersion!, result: () => viewFor(record.resource, request.apiVersion, NEWER_ENDPOINT_FIELDS) });
  return { status: 202, headers: ctx.lro.locationHeaders(operation) };
}

function deleteEndpoint(ctx: EmulatorContext, request: EmulatorRequest): EmulatorResponse {
  const name = request.params.endpointName;
  const record = ctx.state.endpoints.get(name);
  if (!record) return { status: 204 };
  record.resource.properties.provisioningState = "Deleting";
  const injected = ctx.faults.take(request.method, request.path, ["lroFailure"]);
  const operation = ctx.lro.start({
    apiVersion: request.apiVersion!,
    failure: () => (injected ? { code: injected.code ?? "EndpointDeletionFailed", message: injected.message } : undefined),
    onSucceeded: () => {
      ctx.state.endpoints.delete(name);
      ctx.state.deployments.delete(name);
    },
    onFailed: () => { record.resource.properties.provisioningState = "Failed"; },
  });
  return { status: 202, headers: ctx.lro.locationHeaders(operation) };
}

function regenerateKeys(ctx: EmulatorContext, request: EmulatorRequest): EmulatorResponse {
  const record = ctx.state.endpoints.get(request.params.endpointName);
  if (!record) return endpointNotFound(ctx, request.params.endpointName);
  const body = isObject(request.body) ? request.body : {};
  const value = typeof body.keyValue === "string" ? body.keyValue : randomBytes(24).toString("base64");
  if (body.keyType === "Secondary") record.keys.secondaryKey = value;
  else record.keys.primaryKey = value;
  const operation = ctx.lro.start({ apiVersion: request.apiVersion! });
  return { status: 202, headers: ctx.lro.locationHeaders(operation) };
}

function getToken(ctx: EmulatorContext, request: EmulatorRequest): EmulatorResponse {
  const record = ctx.state.endpoints.get(request.params.endpointName);
  if (!record) return endpointNotFound(ctx, request.params.endpointName);
  if (record.resource.properties.authMode !== "AMLToken") {
    return armError(400, "BadArgument", `Endpoint '${request.params.endpointName}' uses auth mode '${record.resource.properties.authMode}'; tokens are issued only for AMLToken endpoints.`);
  }
  const now = Math.floor(ctx.now().getTime() / 1000);
  return json(200, {
    accessToken: unsignedToken({ aud: `${ctx.baseUrl()}/score/${request.params.endpointName}`, exp: now + 3600, iat: now }),
    tokenType: "Bearer",
    expiryTimeUtc: now + 3600,
    refreshAfterTimeUtc: now + 1800,
  });
}

export function endpointRoutes(ctx: EmulatorContext): Route[] {
  const path = `${WORKSPACE_PATH}/onlineEndpoints/:endpointName`;
  const arm = { auth: "arm" as const, validate: true };
  return [
    { ...arm, method: "GET", pattern: `${WORKSPACE_PATH}/onlineEndpoints`, handler: (request) =>
      listPage(ctx, request, [...ctx.state.endpoints.values()].map((record) => viewFor(record.resource, request.apiVersion, NEWER_ENDPOINT_FIELDS))) },
    { ...arm, method: "GET", pattern: path, handler: (request) => {
      const record = ctx.state.endpoints.get(request.params.endpointName);
      return record ? json(200, viewFor(record.resource, request.apiVersion, NEWER_ENDPOINT_FIELDS)) : endpointNotFound(ctx, request.params.endpointName);
    } },
    { ...arm, method: "PUT", pattern: path, handler: (request) => putEndpoint(ctx, request) },
    { ...arm, method: "PATCH", pattern: path, handler: (request) => patchEndpoint(ctx, request) },
    { ...arm, method: "DELETE", pattern: path, handler: (request) => deleteEndpoint(ctx, request) },
    { ...arm, method: "POST", pattern: `${path}/listKeys`, handler: (request) => {
      const record = ctx.state.endpoints.get(request.params.endpointName);
      return record ? json(200, { ...record.keys }) : endpointNotFound(ctx, request.params.endpointName);
    } },
    { ...arm, method: "POST", pattern: `${path}/regenerateKeys`, handler: (request) => regenerateKeys(ctx, request) },
    { ...arm, method: "POST", pattern: `${path}/token`, handler: (request) => getToken(ctx, request) },
  ];
}
