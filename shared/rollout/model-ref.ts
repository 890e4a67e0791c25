import { assetVersionArmId, parseAssetReference, type WorkspaceScope } from "../azure/arm-ids";
import { ConfigurationError, SettingError } from "../core/errors";

export interface ModelRef {
  /** What the deployment's `model` field carries: an ARM id or a registry URI. */
  id: string;
  name: string;
  version: string;
}

const ARM_MODEL = /\/models\/([^/]+)\/versions\/([^/]+)$/i;
const REGISTRY_MODEL = /^azureml:\/\/registries\/[^/]+\/models\/([^/]+)\/versions\/([^/]+)$/i;

/** `azureml:name:version`, `azureml:name@latest`, an ARM id, or `azureml://registries/<r>/models/<name>/versions/<v>`. */
export async function resolveModel(value: string, scope: WorkspaceScope, latestVersion: (name: string) => Promise<string>): Promise<ModelRef> {
  let reference;
  try {
    reference = parseAssetReference(value, "model");
  } catch (error) {
    throw new SettingError("model", (error as ConfigurationError).message.replace(/^model: /, ""));
  }
  const accepted = "expected azureml:<name>:<version>, azureml:<name>@latest, a model version ARM id or azureml://registries/<registry>/models/<name>/versions/<version>";
  switch (reference?.kind) {
    case "version":
      return { id: assetVersionArmId(scope, "models", reference.name, reference.version), name: reference.name, version: reference.version };
    case "latest": {
      const version = await latestVersion(reference.name);
      return { id: assetVersionArmId(scope, "models", reference.name, version), name: reference.name, version };
    }
    case "armId": {
      const match = ARM_MODEL.exec(reference.id);
      if (!match) throw new SettingError("model", `'${value}' is not a model version; ${accepted}.`);
      return { id: reference.id, name: match[1], version: match[2] };
    }
    case "uri": {
      const match = REGISTRY_MODEL.exec(reference.uri);
      if (!match) throw new SettingError("model", `'${value}' is not a model version; ${accepted}.`);
      return { id: reference.uri, name: match[1], version: match[2] };
    }
    default:
      throw new SettingError("model", `'${value}' is not a model reference; ${accepted}.`);
  }
}
