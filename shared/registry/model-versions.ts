import type { ModelVersionProperties } from "@azure/arm-machinelearning";
import { SettingError } from "../core/errors";
import { ASSET_NAME, parseAssetReference } from "../azure/arm-ids";
import { callService } from "../azure/service-error";
import type { Workspace } from "../azure/workspace";

/** Property keys the register step writes and the gate reads back. */
export const METRICS_PROPERTY = "amlops.metrics";
export const SOURCE_KEY_PROPERTY = "amlops.source-key";

export interface ModelVersionRef {
  name: string;
  version: string;
  id: string;
  properties: ModelVersionProperties;
}

/** Refuses a model name the service would refuse, before anything is sent. */
export function checkModelName(name: string, setting: string): void {
  if (!ASSET_NAME.test(name)) {
    throw new SettingError(setting, `'${name}' is not a valid model name: it must start with a letter or digit and hold at most 255 letters, digits, '-', '_' or '.'.`);
  }
}

/** Model name and version of a deployment's `model`: an ARM id of a workspace model version, or azureml:<name>:<version>. */
export function modelOfDeployment(model: string): { name: string; version: string } | undefined {
  const armId = /\/models\/([^/]+)\/versions\/([^/]+)$/i.exec(model);
  if (armId && model.includes("/workspaces/") && !model.startsWith("azureml://registries/")) return { name: armId[1], version: armId[2] };
  try {
    const reference = parseAssetReference(model, "model");
    return reference?.kind === "version" ? { name: reference.name, version: reference.version } : undefined;
  } catch {
    return undefined;
  }
}

export async function getModelVersion(workspace: Workspace, name: string, version: string): Promise<ModelVersionRef> {
  const resource = await callService(`Reading model ${name}:${version}`, () => workspace.client.modelVersions.get(workspace.resourceGroup, workspace.workspaceName, name, version));
  return { name, version, id: resource.id ?? "", properties: resource.properties };
}

/** The job that produced a model version: its jobName, else the job of an azureml://jobs/<job>/outputs/… modelUri. */
export function sourceJobOf(model: ModelVersionProperties): string | undefined {
  if (model.jobName) return model.jobName;
  return /^azureml:\/\/jobs\/([^/]+)\/outputs\//i.exec(model.modelUri ?? "")?.[1];
}

/** The metrics the register step stored on a model version, if it did. */
export function storedMetrics(model: ModelVersionProperties): Record<string, number> | undefined {
  const text = model.properties?.[METRICS_PROPERTY];
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return undefined;
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, number] => typeof entry[1] === "number"));
  } catch {
    return undefined;
  }
}
