import type { WorkspaceScope } from "../azure/arm-ids";
import type { Log } from "../core/log";
import type { Host } from "../host/port";
import type { JobAssetResolver } from "../jobs/asset-resolver";
import type { PlannedAction } from "../jobs/resolvers";
import type { AzureBackendSettings } from "../rollout/azure-backend";
import type { RolloutBackend } from "../rollout/backend";
import type { WorkspaceInputs } from "./workspace-inputs";

/** One signed-in workspace, as the canary step uses it. */
export interface CanaryWorkspace {
  scope: WorkspaceScope;
  backend(settings: AzureBackendSettings, log: Log): RolloutBackend;
  /** Uploads code and registers inline environments; when planning, only computes their ids and lists the actions. */
  assetResolver(planning: boolean): Promise<{ resolver: JobAssetResolver; actions?: PlannedAction[] }>;
  latestModelVersion(name: string): Promise<string>;
  endpointUrl(endpoint: string): string;
  deploymentUrl(endpoint: string, deployment: string): string;
}

export interface CanaryServices {
  open(inputs: WorkspaceInputs, host: Host): Promise<CanaryWorkspace>;
}

/** The real services; every SDK loads only when the step signs in. */
export const azureCanaryServices: CanaryServices = {
  async open(inputs, host) {
    const { connectWorkspace } = await import("./workspace-inputs");
    const { azureBackend, deploymentUrl, endpointUrl } = await import("../rollout/azure-backend");
    const { createPlanningResolver, createWorkspaceResolver } = await import("../jobs/resolvers");
    const { latestAssetVersion } = await import("../azure/asset-versions");
    const workspace = await connectWorkspace(inputs, host);
    const latest = (type: Parameters<typeof latestAssetVersion>[2], name: string) => latestAssetVersion(workspace.client, workspace, type, name);
    return {
      scope: workspace,
      backend: (settings, log) => azureBackend(workspace, settings, log),
      async assetResolver(planning) {
        if (planning) {
          const resolver = createPlanningResolver(workspace, { latestVersion: latest });
          return { resolver, actions: resolver.actions };
        }
        const { openBlobDatastore } = await import("../azure/datastore");
        const datastore = await openBlobDatastore(workspace, host);
        const resolver = createWorkspaceResolver({
          client: workspace.client,
          scope: workspace,
          container: datastore.container,
          datastoreName: datastore.name,
          onAction: (action) => host.info(`${action.reused ? "Reused" : "Done"}: ${action.action} ${action.source} → ${action.target}`),
        });
        return { resolver };
      },
      latestModelVersion: (name) => latest("models", name),
      endpointUrl: (endpoint) => endpointUrl(workspace, endpoint),
      deploymentUrl: (endpoint, deployment) => deploymentUrl(workspace, endpoint, deployment),
    };
  },
};
