import { MemoryHost } from "../support/memory-host";
import { parseInputs } from "../../shared/inputs/parse";
import { deployCanaryStep } from "../../shared/steps/deploy-canary";
import type { CanaryServices } from "../../shared/steps/deploy-canary-services";
import { FakeBackend } from "./fake-backend";

const scope = { subscriptionId: "00000000-0000-0000-0000-000000000001", resourceGroup: "rg", workspaceName: "ws" };
const base = { ...scope, "subscription-id": scope.subscriptionId, "resource-group": "rg", "workspace-name": "ws", "endpoint-name": "credit", model: "azureml:credit-model:2", "interval-seconds": "0" };

function services(backend: FakeBackend): CanaryServices & { opened: number } {
  const fake = {
    opened: 0,
    async open() {
      fake.opened += 1;
      return {
        scope,
        backend: () => backend,
        assetResolver: async () => ({ resolver: {} as never, actions: [] }),
        latestModelVersion: async () => "9",
        endpointUrl: (endpoint: string) => `https://arm/${endpoint}`,
        deploymentUrl: (endpoint: string, deployment: string) => `https://arm/${endpoint}/${deployment}`,
      };
    },
  };
  return fake;
}

async function run(inputs: Record<string, string>, backend = new FakeBackend()) {
  const host = new MemoryHost({ ...base, ...inputs });
  const fake = services(backend);
  const outcome = await deployCanaryStep.run(parseInputs(deployCanaryStep.inputs, host), host, fake).then(() => undefined, (error: Error) => error);
  return { host, backend, error: outcome, opened: fake.opened };
}

describe("deploy-canary step with fake services", () => {
  it("promotes and sets every output", async () => {
    const { host, error } = await run({ "delete-old": "true" });
    expect(error).toBeUndefined();
    expect(Object.fromEntries(host.outputs)).toEqual({
      "deployment-name": "credit-model-2", "previous-traffic": '{"blue":100}', "scoring-uri": "https://ep/score",
      result: "promoted", promoted: "true", traffic: '{"credit-model-2":100}',
    });
    expect(host.summaries.join("\n")).toMatch(/\| traffic 10 % \| blue 90 %, credit-model-2 10 % \| \\\(none\\\) \| 100 requests \| 100 % \| 50 ms \| passed \|/);
  });

  it("fails a rollback naming the check, prints the logs as untrusted text and reports them", async () => {
    const backend = new FakeBackend();
    backend.figureAnswers = [{ requests: 10, serverErrors: 5, latencyP99Ms: 1 }];
    const { host, error } = await run({ threshold: "1" }, backend);
    expect(error?.message).toMatch(/^Analysis at traffic 10 % failed 1 check\(s\).*success-rate 50 %.*Endpoint credit has its previous traffic again \(blue 100 %\)\.$/);
    expect(host.outputs.get("result")).toBe("rolled-back");
    expect(host.logs).toContainEqual({ level: "info", message: "log of credit-model-2" });
    expect(host.summaries.join("\n")).toContain("log of credit-model-2");
  });

  it("deploys without traffic with traffic-steps none", async () => {
    const { host, backend, error } = await run({ "traffic-steps": "none" });
    expect(error).toBeUndefined();
    expect(host.outputs.get("result")).toBe("deployed-no-traffic");
    expect(backend.calls.some((call) => call.startsWith("traffic"))).toBe(false);
  });

  it("names the input of a bad setting and signs in only after the inputs were checked", async () => {
    const steps = await run({ "traffic-steps": "10,5" });
    expect(steps.error?.message).toBe("Input 'traffic-steps': percentages must increase step by step, got 10 then 5.");
    expect(steps.opened).toBe(0);
    const expect404 = await run({ "smoke-request": "[1,", "traffic-steps": "10" });
    expect(expect404.error?.message).toMatch(/^Input 'smoke-request' must be a JSON request body/);
    const model = await run({ model: "credit-model" });
    expect(model.error?.message).toMatch(/^Input 'model': 'credit-model' is not a model reference/);
  });

  it("refuses an unknown endpoint unless asked to create it", async () => {
    const missing = await run({}, new FakeBackend({ exists: false, traffic: {}, deployments: {} }));
    expect(missing.error?.message).toMatch(/^Input 'endpoint-name': there is no online endpoint 'credit'/);
    expect(missing.backend.calls).toEqual(["read"]);
    const created = await run({ "create-endpoint-if-missing": "true", "auth-mode": "aml_token" }, new FakeBackend({ exists: false, traffic: {}, deployments: {} }));
    expect(created.error).toBeUndefined();
    expect(created.backend.calls).toContain("create-endpoint AMLToken");
    expect(created.backend.traffic).toEqual({ "credit-model-2": 100 });
  });

  it("does nothing when the same model already serves everything, and refuses a deployment that serves part", async () => {
    const model = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/models/credit-model/versions/2";
    const done = await run({}, new FakeBackend({ traffic: { "credit-model-2": 100 }, deployments: { "credit-model-2": model } }));
    expect(done.error).toBeUndefined();
    expect(done.host.outputs.get("result")).toBe("promoted");
    expect(done.backend.calls).toEqual(["read"]);
    const partial = await run({}, new FakeBackend({ traffic: { blue: 50, "credit-model-2": 50 }, deployments: { blue: "x", "credit-model-2": model } }));
    expect(partial.error?.message).toMatch(/^Input 'deployment-name': deployment 'credit-model-2' already serves 50 %/);
  });

  it("dry run plans every request without changing anything", async () => {
    const { host, backend, error } = await run({ "dry-run": "true", "mirror-percent": "10", "mirror-minutes": "1" });
    expect(error).toBeUndefined();
    expect(backend.calls).toEqual(["read"]);
    const plan = host.logs.map((line) => line.message).join("\n");
    expect(plan).toContain("PUT https://arm/credit/credit-model-2 and wait for provisioning:");
    expect(plan).toContain('PUT https://arm/credit with traffic {"blue":100} and mirrorTraffic {"credit-model-2":10}; wait 60 s');
    expect(plan).toContain('PUT https://arm/credit with traffic {"blue":0,"credit-model-2":100} and mirrorTraffic {}');
    expect(plan).toContain('On a failed check (2 allowed), an error or cancellation: PUT https://arm/credit with traffic {"blue":100}');
  });

  it("waits 300 s at each traffic step unless told otherwise: Azure Monitor publishes endpoint metrics minutes late", () => {
    const { "interval-seconds": _, ...unset } = base;
    expect(parseInputs(deployCanaryStep.inputs, new MemoryHost(unset))["interval-seconds"]).toBe(300);
  });
});
