import type { AzureMachineLearningWorkspaces } from "@azure/arm-machinelearning";
import { ConfigurationError } from "../core/errors";
import type { WorkspaceScope } from "./arm-ids";

export type LatestVersionAssetType = "environments" | "data" | "models" | "components";

export type VersionListClient = Pick<AzureMachineLearningWorkspaces, "environmentVersions" | "dataVersions" | "modelVersions" | "componentVersions">;

/** Most recently created version of an asset, as `azureml:<name>@latest` means it. */
export async function latestAssetVersion(client: VersionListClient, scope: WorkspaceScope, assetType: LatestVersionAssetType, name: string): Promise<string> {
  const options = { orderBy: "createdtime desc", top: 1 };
  const { resourceGroup, workspaceName } = scope;
  const pages = {
    environments: () => client.environmentVersions.list(resourceGroup, workspaceName, name, options),
    data: () => client.dataVersions.list(resourceGroup, workspaceName, name, options),
    models: () => client.modelVersions.list(resourceGroup, workspaceName, name, options),
    components: () => client.componentVersions.list(resourceGroup, workspaceName, name, options),
  }[assetType]();
  for await (const item of pages) {
    if (item.name) return item.name;
  }
  throw new ConfigurationError(`azureml:${name}@latest: the workspace has no ${assetType} named ${JSON.stringify(name)}.`);
}
