import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  ASSET_NAME,
  parseAssetReference
} from "./chunk-YLJXG7A5.mjs";
import {
  callService
} from "./chunk-5LVE2LTV.mjs";
import {
  SettingError
} from "./chunk-44J6QWGP.mjs";

// shared/registry/model-versions.ts
var METRICS_PROPERTY = "amlops.metrics", SOURCE_KEY_PROPERTY = "amlops.source-key";
function checkModelName(name, setting) {
  if (!ASSET_NAME.test(name))
    throw new SettingError(setting, `'${name}' is not a valid model name: it must start with a letter or digit and hold at most 255 letters, digits, '-', '_' or '.'.`);
}
function modelOfDeployment(model) {
  let armId = /\/models\/([^/]+)\/versions\/([^/]+)$/i.exec(model);
  if (armId && model.includes("/workspaces/") && !model.startsWith("azureml://registries/")) return { name: armId[1], version: armId[2] };
  try {
    let reference = parseAssetReference(model, "model");
    return reference?.kind === "version" ? { name: reference.name, version: reference.version } : void 0;
  } catch {
    return;
  }
}
async function getModelVersion(workspace, name, version) {
  let resource = await callService(`Reading model ${name}:${version}`, () => workspace.client.modelVersions.get(workspace.resourceGroup, workspace.workspaceName, name, version));
  return { name, version, id: resource.id ?? "", properties: resource.properties };
}
function sourceJobOf(model) {
  return model.jobName ? model.jobName : /^azureml:\/\/jobs\/([^/]+)\/outputs\//i.exec(model.modelUri ?? "")?.[1];
}
function storedMetrics(model) {
  let text = model.properties?.[METRICS_PROPERTY];
  if (text)
    try {
      let parsed = JSON.parse(text);
      return typeof parsed != "object" || parsed === null || Array.isArray(parsed) ? void 0 : Object.fromEntries(Object.entries(parsed).filter((entry) => typeof entry[1] == "number"));
    } catch {
      return;
    }
}

export {
  METRICS_PROPERTY,
  SOURCE_KEY_PROPERTY,
  checkModelName,
  modelOfDeployment,
  getModelVersion,
  sourceJobOf,
  storedMetrics
};
