import type { Workspace } from "./workspace";
import { callService, isNotFound } from "./service-error";

/** The compute's type (e.g. AmlCompute) when the workspace has it, undefined when it does not. */
export async function computeType(workspace: Workspace, name: string): Promise<string | undefined> {
  try {
    const compute = await workspace.client.computeOperations.get(workspace.resourceGroup, workspace.workspaceName, name);
    return compute.properties?.computeType ?? "compute";
  } catch (error) {
    if (isNotFound(error)) return undefined;
    return callService(`Reading compute '${name}'`, () => Promise.reject(error));
  }
}

export async function computeNames(workspace: Workspace): Promise<string[]> {
  return callService("Listing the workspace's computes", async () => {
    const names: string[] = [];
    for await (const compute of workspace.client.computeOperations.list(workspace.resourceGroup, workspace.workspaceName)) {
      if (compute.name) names.push(compute.name);
    }
    return names.sort();
  });
}
