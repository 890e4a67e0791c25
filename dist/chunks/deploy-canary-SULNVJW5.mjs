import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  deployCanaryInputs,
  deployCanaryOutputs
} from "./chunk-BNFHNIMW.mjs";
import "./chunk-IBYWEKLG.mjs";
import "./chunk-PQRR4E6D.mjs";
import "./chunk-CJ2Q6RZJ.mjs";
import "./chunk-U4WN3ET4.mjs";
import "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/steps/deploy-canary-services.ts
var azureCanaryServices = {
  async open(inputs, host) {
    let { connectWorkspace } = await import("./workspace-inputs-CDOAN444.mjs"), { azureBackend, deploymentUrl, endpointUrl } = await import("./azure-backend-OU6GGWG5.mjs"), { createPlanningResolver, createWorkspaceResolver } = await import("./resolvers-PX62QHB2.mjs"), { latestAssetVersion } = await import("./asset-versions-J2EXCUMX.mjs"), workspace = await connectWorkspace(inputs, host), latest = (type, name) => latestAssetVersion(workspace.client, workspace, type, name);
    return {
      scope: workspace,
      backend: (settings, log) => azureBackend(workspace, settings, log),
      async assetResolver(planning) {
        if (planning) {
          let resolver2 = createPlanningResolver(workspace, { latestVersion: latest });
          return { resolver: resolver2, actions: resolver2.actions };
        }
        let { openBlobDatastore } = await import("./datastore-EK7FM4CS.mjs"), datastore = await openBlobDatastore(workspace, host);
        return { resolver: createWorkspaceResolver({
          client: workspace.client,
          scope: workspace,
          container: datastore.container,
          datastoreName: datastore.name,
          onAction: (action) => host.info(`${action.reused ? "Reused" : "Done"}: ${action.action} ${action.source} \u2192 ${action.target}`)
        }) };
      },
      latestModelVersion: (name) => latest("models", name),
      endpointUrl: (endpoint) => endpointUrl(workspace, endpoint),
      deploymentUrl: (endpoint, deployment) => deploymentUrl(workspace, endpoint, deployment)
    };
  }
};

// shared/steps/deploy-canary.ts
var deployCanaryStep = {
  id: "deploy-canary",
  title: "Azure ML canary deployment",
  description: "Deploy a model version next to the serving one at 0 %, smoke-test it, shift traffic step by step with metric analysis, promote or roll back.",
  inputs: deployCanaryInputs,
  outputs: deployCanaryOutputs,
  services: async () => azureCanaryServices,
  // Loaded when the step runs, after its inputs were validated: a bad input fails without loading the SDKs.
  run: async (inputs, host, services) => (await import("./deploy-canary-run-NRUCQ3ME.mjs")).runDeployCanary(inputs, host, services)
};
export {
  deployCanaryStep
};
