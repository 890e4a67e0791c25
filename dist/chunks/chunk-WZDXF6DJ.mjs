import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  ConfigurationError
} from "./chunk-44J6QWGP.mjs";

// shared/azure/asset-versions.ts
async function latestAssetVersion(client, scope, assetType, name) {
  let options = { orderBy: "createdtime desc", top: 1 }, { resourceGroup, workspaceName } = scope, pages = {
    environments: () => client.environmentVersions.list(resourceGroup, workspaceName, name, options),
    data: () => client.dataVersions.list(resourceGroup, workspaceName, name, options),
    models: () => client.modelVersions.list(resourceGroup, workspaceName, name, options),
    components: () => client.componentVersions.list(resourceGroup, workspaceName, name, options)
  }[assetType]();
  for await (let item of pages)
    if (item.name) return item.name;
  throw new ConfigurationError(`azureml:${name}@latest: the workspace has no ${assetType} named ${JSON.stringify(name)}.`);
}

export {
  latestAssetVersion
};
