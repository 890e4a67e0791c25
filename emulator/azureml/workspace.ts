import { isResponse, armResource, listPage, propertiesOf } from "./arm";
import type { EmulatorContext } from "./context";
import { json, notFound, type EmulatorRequest } from "./http";
import { PROVIDER, workspaceId } from "./ids";
import { WORKSPACE_PATH, type Route } from "./router";
import { systemData, type ArmResource } from "./state";

export function hostOf(ctx: EmulatorContext): string {
  return new URL(ctx.baseUrl()).host;
}

export function mlflowTrackingUri(ctx: EmulatorContext): string {
  return `azureml://${hostOf(ctx)}/mlflow/v1.0${workspaceId(ctx.workspace)}`;
}

export function seedWorkspace(ctx: EmulatorContext, workspaceGuid: string): ArmResource {
  const ws = ctx.workspace;
  const rgId = `/subscriptions/${ws.subscriptionId}/resourceGroups/${ws.resourceGroup}`;
  const storageName = `st${ws.workspaceName.replace(/[^a-z0-9]/gi, "").toLowerCase().slice(0, 12)}${workspaceGuid.slice(0, 6)}`;
  return {
    id: workspaceId(ws),
    name: ws.workspaceName,
    type: `${PROVIDER}/workspaces`,
    location: ws.location,
    identity: { type: "SystemAssigned", principalId: "8c6a7c47-4a69-4b8c-b6f1-1b1d4c7e2f10", tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47" },
    sku: { name: "Basic", tier: "Basic" },
    properties: {
      workspaceId: workspaceGuid,
      friendlyName: ws.workspaceName,
      description: "Offline Azure Machine Learning workspace",
      keyVault: `${rgId}/providers/Microsoft.KeyVault/vaults/kv${workspaceGuid.slice(0, 8)}`,
      applicationInsights: `${rgId}/providers/Microsoft.Insights/components/appi${workspaceGuid.slice(0, 8)}`,
      containerRegistry: `${rgId}/providers/Microsoft.ContainerRegistry/registries/cr${workspaceGuid.slice(0, 8)}`,
      storageAccount: `${rgId}/providers/Microsoft.Storage/storageAccounts/${storageName}`,
      discoveryUrl: `${ctx.baseUrl()}/discovery`,
      mlFlowTrackingUri: mlflowTrackingUri(ctx),
      provisioningState: "Succeeded",
      hbiWorkspace: false,
      publicNetworkAccess: "Enabled",
      v1LegacyMode: false,
      storageHnsEnabled: false,
      privateLinkCount: 0,
    },
    systemData: systemData(ctx.now()),
  };
}

function amlCompute(ctx: EmulatorContext, name: string, vmSize: string, maxNodes: number): ArmResource {
  const at = ctx.now().toISOString();
  return {
    ...armResource(ctx, ["computes", name], ["computes"], {
      location: ctx.workspace.location,
      properties: {
        computeType: "AmlCompute",
        computeLocation: ctx.workspace.location,
        provisioningState: "Succeeded",
        createdOn: at,
        modifiedOn: at,
        isAttachedCompute: false,
        disableLocalAuth: true,
        properties: {
          vmSize,
          vmPriority: "Dedicated",
          osType: "Linux",
          scaleSettings: { maxNodeCount: maxNodes, minNodeCount: 0, nodeIdleTimeBeforeScaleDown: "PT120S" },
          remoteLoginPortPublicAccess: "Disabled",
          allocationState: "Steady",
          allocationStateTransitionTime: at,
          currentNodeCount: 0,
          targetNodeCount: 0,
          nodeStateCounts: { idleNodeCount: 0, runningNodeCount: 0, preparingNodeCount: 0, unusableNodeCount: 0, leavingNodeCount: 0, preemptedNodeCount: 0 },
          enableNodePublicIp: true,
        },
      },
    }),
  };
}

export function seedComputes(ctx: EmulatorContext): void {
  ctx.state.computes.set("cpu-cluster", amlCompute(ctx, "cpu-cluster", "STANDARD_DS3_V2", 4));
  ctx.state.computes.set("gpu-cluster", amlCompute(ctx, "gpu-cluster", "STANDARD_NC6S_V3", 2));
}

export function seedDefaultDatastore(ctx: EmulatorContext): void {
  ctx.state.datastores.set("workspaceblobstore", armResource(ctx, ["datastores", "workspaceblobstore"], ["datastores"], {
    properties: {
      description: "Default workspace blob storage",
      tags: {},
      properties: {},
      isDefault: true,
      credentials: { credentialsType: "AccountKey" },
      datastoreType: "AzureBlob",
      accountName: ctx.blob.options.accountName,
      containerName: ctx.blob.containerName,
      endpoint: ctx.blob.endpointHost,
      protocol: "http",
      serviceDataAccessAuthIdentity: "None",
    },
  }));
}

function getDatastore(ctx: EmulatorContext, request: EmulatorRequest) {
  const datastore = ctx.state.datastores.get(request.params.name);
  if (!datastore) return notFound(`${PROVIDER}/workspaces/datastores`, request.params.name, ctx.workspace.resourceGroup);
  return json(200, datastore);
}

function putDatastore(ctx: EmulatorContext, request: EmulatorRequest) {
  const properties = propertiesOf(request);
  if (isResponse(properties)) return properties;
  const previous = ctx.state.datastores.get(request.params.name);
  const { secrets: _secrets, ...credentials } = (properties.credentials ?? {}) as Record<string, unknown>;
  const stored = armResource(ctx, ["datastores", request.params.name], ["datastores"], {
    properties: { ...properties, credentials, isDefault: previous?.properties.isDefault ?? false },
  }, previous);
  ctx.state.datastores.set(request.params.name, stored);
  return json(previous ? 200 : 201, stored);
}

function listSecrets(ctx: EmulatorContext, request: EmulatorRequest) {
  const datastore = ctx.state.datastores.get(request.params.name);
  if (!datastore) return notFound(`${PROVIDER}/workspaces/datastores`, request.params.name, ctx.workspace.resourceGroup);
  const credentialsType = (datastore.properties.credentials as { credentialsType?: string } | undefined)?.credentialsType;
  if (credentialsType !== "AccountKey") return json(200, { secretsType: credentialsType ?? "None" });
  return json(200, { secretsType: "AccountKey", key: ctx.blob.options.accountKey });
}

function discovery(ctx: EmulatorContext) {
  const base = ctx.baseUrl();
  return json(200, {
    api: base, catalog: base, experimentation: base, gallery: base, history: base, hyperdrive: base,
    labeling: base, modelmanagement: base, pipelines: base, mlflow: base, studio: base,
  });
}

export function workspaceRoutes(ctx: EmulatorContext): Route[] {
  return [
    { method: "GET", pattern: WORKSPACE_PATH, auth: "arm", validate: true, handler: () => json(200, ctx.state.workspace) },
    { method: "GET", pattern: "/discovery", auth: "none", validate: false, handler: () => discovery(ctx) },
    { method: "GET", pattern: `${WORKSPACE_PATH}/computes`, auth: "arm", validate: true,
      handler: (request) => listPage(ctx, request, [...ctx.state.computes.values()]) },
    { method: "GET", pattern: `${WORKSPACE_PATH}/computes/:computeName`, auth: "arm", validate: true,
      handler: (request) => {
        const compute = ctx.state.computes.get(request.params.computeName);
        return compute ? json(200, compute) : notFound(`${PROVIDER}/workspaces/computes`, request.params.computeName, ctx.workspace.resourceGroup);
      } },
    { method: "GET", pattern: `${WORKSPACE_PATH}/datastores`, auth: "arm", validate: true,
      handler: (request) => listPage(ctx, request, [...ctx.state.datastores.values()]) },
    { method: "GET", pattern: `${WORKSPACE_PATH}/datastores/:name`, auth: "arm", validate: true, handler: (request) => getDatastore(ctx, request) },
    { method: "PUT", pattern: `${WORKSPACE_PATH}/datastores/:name`, auth: "arm", validate: true, handler: (request) => putDatastore(ctx, request) },
    { method: "POST", pattern: `${WORKSPACE_PATH}/datastores/:name/listSecrets`, auth: "arm", validate: true, handler: (request) => listSecrets(ctx, request) },
  ];
}
