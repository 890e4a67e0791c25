import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { createPlanningResolver } from "../../shared/jobs/resolvers";
import { buildDeploymentBody } from "../../shared/rollout/deployment-spec";

const scope = { subscriptionId: "00000000-0000-0000-0000-000000000001", resourceGroup: "rg", workspaceName: "ws" };
const workspace = `/subscriptions/${scope.subscriptionId}/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws`;
const dir = mkdtempSync(join(tmpdir(), "deployment-spec-"));
mkdirSync(join(dir, "src"));
writeFileSync(join(dir, "src", "score.py"), "def init():\n    pass\n");

function context() {
  const resolver = createPlanningResolver(scope, { latestVersion: async () => "3" });
  return { resolver, ctx: { scope, baseDir: dir, resolver, modelId: `${workspace}/models/m/versions/1`, source: "deployment.yml" } };
}

const FILE = `
$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineDeployment.schema.json
name: blue
endpoint_name: credit
model: azureml:ignored:1
code_configuration:
  code: ./src
  scoring_script: score.py
environment:
  image: mcr.microsoft.com/azureml/minimal-ubuntu22.04-py39-cpu-inference:latest
  conda_file:
    dependencies: [python=3.10]
instance_type: Standard_F2s_v2
instance_count: 2
request_settings:
  request_timeout_ms: 3000
  max_concurrent_requests_per_instance: 4
liveness_probe:
  initial_delay: 30
  period: 10
  failure_threshold: 30
environment_variables:
  LOG_LEVEL: debug
data_collector:
  collections:
    model_inputs:
      enabled: 'True'
    model_outputs:
      enabled: 'False'
  rolling_rate: hour
tags:
  team: risk
`;

describe("online deployment YAML → ARM body", () => {
  it("converts the CLI v2 fields, with the code and inline environment resolved", async () => {
    const { resolver, ctx } = context();
    const { body } = await buildDeploymentBody(parse(FILE), {}, ctx);
    expect(body.sku).toEqual({ name: "Default", capacity: 2 });
    expect(body.tags).toEqual({ team: "risk" });
    expect(body.properties).toEqual({
      endpointComputeType: "Managed",
      model: `${workspace}/models/m/versions/1`,
      instanceType: "Standard_F2s_v2",
      environmentId: expect.stringMatching(new RegExp(`^${workspace}/environments/CliV2AnonymousEnvironment/versions/[0-9a-f]{32}$`)),
      codeConfiguration: { codeId: expect.stringMatching(new RegExp(`^${workspace}/codes/[0-9a-f]+/versions/1$`)), scoringScript: "score.py" },
      requestSettings: { requestTimeout: "PT3S", maxConcurrentRequestsPerInstance: 4 },
      livenessProbe: { initialDelay: "PT30S", period: "PT10S", failureThreshold: 30 },
      environmentVariables: { LOG_LEVEL: "debug" },
      dataCollector: { collections: { model_inputs: { dataCollectionMode: "Enabled" }, model_outputs: { dataCollectionMode: "Disabled" } }, rollingRate: "Hour" },
    });
    expect(resolver.actions.map((action) => action.action)).toEqual(["register-environment", "upload-code"]);
  });

  it("lets inputs override the file's fields", async () => {
    const { ctx } = context();
    const { body } = await buildDeploymentBody(parse(FILE), {
      instanceType: "Standard_DS2_v2", instanceCount: 1, environment: "azureml:sklearn:4", requestTimeoutMs: 1500,
      readinessProbe: { period: 5 }, dataCollector: ["model_outputs"],
    }, ctx);
    expect(body.sku.capacity).toBe(1);
    expect(body.properties).toMatchObject({
      instanceType: "Standard_DS2_v2",
      environmentId: `${workspace}/environments/sklearn/versions/4`,
      requestSettings: { requestTimeout: "PT1.5S", maxConcurrentRequestsPerInstance: 4 },
      readinessProbe: { period: "PT5S" },
      dataCollector: { collections: { model_outputs: { dataCollectionMode: "Enabled" } } },
    });
  });

  it("needs only the model: defaults and the older api-version", async () => {
    const { ctx } = context();
    const result = await buildDeploymentBody({}, {}, ctx);
    expect(result).toEqual({ body: { sku: { name: "Default", capacity: 1 }, tags: {}, properties: { endpointComputeType: "Managed", model: ctx.modelId, instanceType: "Standard_DS3_v2" } } });
  });

  it("names the field it cannot take", async () => {
    const { ctx } = context();
    await expect(buildDeploymentBody({ instance_typo: "x" }, {}, ctx)).rejects.toThrow(/^deployment\.yml\.instance_typo: field not supported/);
    await expect(buildDeploymentBody({ type: "kubernetes" }, {}, ctx)).rejects.toThrow(/only managed online deployments/);
    await expect(buildDeploymentBody({}, { codePath: "./src" }, ctx)).rejects.toThrow(/code and scoring_script go together/);
    await expect(buildDeploymentBody({ liveness_probe: { period: 0 } }, {}, ctx)).rejects.toThrow(/liveness_probe\.period: expected an integer ≥ 1/);
  });
});
