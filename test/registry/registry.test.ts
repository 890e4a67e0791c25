import { busiestDeployment } from "../../shared/registry/champion";
import { modelOfDeployment, storedMetrics } from "../../shared/registry/model-versions";
import { registerModelVersion, type ModelRegistration } from "../../shared/registry/register-model";
import { dataInputsOf } from "../../shared/registry/model-source";
import { MemoryHost } from "../support/memory-host";
import type { Workspace } from "../../shared/azure/workspace";

const conflict = () => Object.assign(new Error("exists"), { name: "RestError", statusCode: 409 });

/** A model registry where other runs register versions in between: `takenBy` names, per attempt, the source of a racer. */
function fakeWorkspace(takenBy: (string | undefined)[]) {
  const versions = new Map<string, Record<string, string>>();
  let attempt = 0;
  const next = () => String(versions.size + 1);
  const client = {
    modelContainers: { get: async () => ({ properties: { nextVersion: next() } }) },
    modelVersions: {
      createOrUpdate: async (_rg: string, _ws: string, _name: string, version: string, body: { properties: { properties: Record<string, string> } }) => {
        const racer = takenBy[attempt++];
        if (racer !== undefined) versions.set(version, { "amlops.source-key": racer });
        if (versions.has(version)) throw conflict();
        versions.set(version, body.properties.properties);
        return { id: `/models/m/versions/${version}`, properties: body.properties };
      },
      list: (_rg: string, _ws: string, _name: string, options: { properties: string }) =>
        (async function* () {
          const wanted = options.properties.split("=")[1];
          for (const [name, properties] of versions) if (properties["amlops.source-key"] === wanted) yield { name, id: `/models/m/versions/${name}`, properties: { properties } };
        })(),
    },
  };
  return { workspace: { client, resourceGroup: "rg", workspaceName: "ws", subscriptionId: "s", armEndpoint: "https://arm" } as unknown as Workspace, versions };
}

const REGISTRATION: ModelRegistration = { modelName: "m", modelType: "mlflow_model", modelUri: "azureml://jobs/j/outputs/model", tags: {}, properties: { "amlops.source-key": "mine" } };

describe("model registration", () => {
  it("takes the following version when another run took the one it read", async () => {
    const { workspace, versions } = fakeWorkspace(["theirs", undefined]);
    const host = new MemoryHost();
    const { model, created } = await registerModelVersion(workspace, REGISTRATION, host);
    expect(created).toBe(true);
    expect(model.version).toBe("2");
    expect(versions.get("1")).toEqual({ "amlops.source-key": "theirs" });
    expect(host.logs.map((entry) => entry.message)).toEqual(["Version 1 of model m was taken by another registration; looking again (attempt 1 of 6)."]);
  });

  it("returns the racer's version when it registered the same source", async () => {
    const { workspace } = fakeWorkspace(["mine"]);
    const { model, created } = await registerModelVersion(workspace, REGISTRATION, new MemoryHost());
    expect(created).toBe(false);
    expect(model.version).toBe("1");
  });

  it("gives up after six taken versions in a row", async () => {
    const { workspace } = fakeWorkspace(["a", "b", "c", "d", "e", "f"]);
    await expect(registerModelVersion(workspace, REGISTRATION, new MemoryHost())).rejects.toThrow("Registering model m failed: another registration took the next version 6 times in a row.");
  });
});

describe("champion lookup helpers", () => {
  it("picks the deployment with the most live traffic, ties by name", () => {
    expect(busiestDeployment({ blue: 90, green: 10 })).toEqual({ name: "blue", weight: 90 });
    expect(busiestDeployment({ green: 50, blue: 50 })).toEqual({ name: "blue", weight: 50 });
    expect(busiestDeployment({ blue: 0 })).toBeUndefined();
    expect(busiestDeployment({})).toBeUndefined();
  });

  it("reads the model version a deployment names", () => {
    expect(modelOfDeployment("/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/models/credit/versions/3")).toEqual({ name: "credit", version: "3" });
    expect(modelOfDeployment("azureml:credit:4")).toEqual({ name: "credit", version: "4" });
    expect(modelOfDeployment("azureml://registries/shared/models/credit/versions/1")).toBeUndefined();
  });

  it("reads stored metrics, ignoring what is not a number", () => {
    expect(storedMetrics({ properties: { "amlops.metrics": '{"auc": 0.9, "note": "x"}' } })).toEqual({ auc: 0.9 });
    expect(storedMetrics({ properties: { "amlops.metrics": "not json" } })).toBeUndefined();
    expect(storedMetrics({})).toBeUndefined();
  });

  it("names the data a job read, as assets where it can", () => {
    const inputs = {
      training: { jobInputType: "uri_file", uri: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/data/credit/versions/3" },
      raw: { jobInputType: "uri_folder", uri: "azureml://datastores/workspaceblobstore/paths/raw/" },
      C: { jobInputType: "literal", value: "0.8" },
    };
    expect(dataInputsOf({ name: "j", properties: { inputs } })).toEqual(["raw=azureml://datastores/workspaceblobstore/paths/raw/", "training=azureml:credit:3"]);
  });
});
