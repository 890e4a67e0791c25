import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AzureMachineLearningWorkspaces } from "@azure/arm-machinelearning";
import { BlobServiceClient, ContainerSASPermissions, generateBlobSASQueryParameters, StorageSharedKeyCredential } from "@azure/storage-blob";
import { sendJson } from "../../shared/azure/data-plane";
import { MARKET_SHIFT, NO_SHIFT, writeCreditCsv } from "../../scripts/demo-data";
import { trustCertificateInThisProcess } from "../../emulator/azureml";
import { httpsJson, staticCredential, workspaceChildId } from "../emulator/support";
import { startHarness, type Harness } from "../../emulator/harness";

let h: Harness;
let client: AzureMachineLearningWorkspaces;
const dir = mkdtempSync(join(tmpdir(), "check-drift-"));
const reference = join(dir, "reference.csv");
const current = join(dir, "current.csv");
const same = join(dir, "same.csv");

beforeAll(async () => {
  h = await startHarness();
  trustCertificateInThisProcess(h.emulator.ca);
  client = new AzureMachineLearningWorkspaces(staticCredential(), h.emulator.subscriptionId, { endpoint: h.emulator.url });
  writeCreditCsv(reference, 3000, 1, NO_SHIFT);
  writeCreditCsv(current, 3000, 2, MARKET_SHIFT);
  writeCreditCsv(same, 3000, 3, NO_SHIFT);
});
afterAll(async () => {
  await h?.stop();
});

interface Report {
  dataset_drift: boolean;
  share_drifted: number;
  drift_share: number;
  features: { name: string; kind: string; test: string; score: number; threshold: number; drifted: boolean; n_reference: number; n_current: number }[];
}

const readReport = (path: string): Report => JSON.parse(readFileSync(path, "utf8"));

function container() {
  return BlobServiceClient.fromConnectionString(h.azurite.connectionString).getContainerClient(h.emulator.blobContainer);
}

describe("check-drift (GitHub action)", () => {
  it("compares local files without any Azure input or credential", async () => {
    const reportPath = join(dir, "local-report.json");
    const result = await h.runAction("check-drift", {
      inputs: { reference, current, "report-path": reportPath, "subscription-id": undefined, "resource-group": undefined, "workspace-name": undefined, "client-id": undefined, "tenant-id": undefined, "arm-endpoint": undefined, "authority-host": undefined },
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ drifted: "true", "share-drifted": "0.5", "report-path": reportPath });
    expect(JSON.parse(result.outputs["drifted-features"]).sort()).toEqual(["age", "education", "limit_bal", "pay_0"]);
    const report = readReport(reportPath);
    expect(report).toMatchObject({ dataset_drift: true, share_drifted: 0.5, drift_share: 0.5 });
    expect(report.features).toHaveLength(8);
    for (const feature of report.features) {
      expect(Object.keys(feature)).toEqual(expect.arrayContaining(["name", "kind", "test", "score", "threshold", "drifted", "n_reference", "n_current"]));
      expect(feature).toMatchObject({ n_reference: 3000, n_current: 3000 });
    }
    expect(report.features.find((f) => f.name === "age")).toMatchObject({ kind: "numerical", test: "wasserstein", threshold: 0.1, drifted: true });
    expect(report.features.find((f) => f.name === "education")).toMatchObject({ kind: "categorical", test: "jensenshannon", drifted: true });
    expect(result.warnings).toEqual([expect.stringMatching(/^Data drift detected in /)]);
    expect(result.summary).toContain("**Dataset drift detected:** 4 of 8 features drifted");
    expect(result.summary).toContain("```mermaid\nxychart-beta");
    expect(h.emulator.requests.filter((r) => r.time >= new Date(Date.now() - 60_000).toISOString() && r.path.includes("/datastores/"))).toEqual([]);
  });

  it("sees no drift between two samples of the same population, with Evidently's small-sample tests", async () => {
    const small = join(dir, "small.csv");
    writeCreditCsv(small, 800, 4, NO_SHIFT);
    const reportPath = join(dir, "same-report.json");
    const result = await h.runAction("check-drift", { inputs: { reference: small, current: same, "report-path": reportPath } });
    expect(result.outputs.drifted).toBe("false");
    const tests = Object.fromEntries(readReport(reportPath).features.map((f) => [f.name, f.test]));
    expect(tests).toMatchObject({ age: "ks", limit_bal: "ks", education: "chisquare", marriage: "chisquare", default: "z" });
    expect(result.warnings).toEqual([]);
  });

  it("fails on drift when asked to, naming the drifted features", async () => {
    const result = await h.runAction("check-drift", { inputs: { reference, current, "fail-on-drift": "true", "report-path": join(dir, "fail.json") } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/^Data drift detected in (limit_bal|age|education|pay_0)(, (limit_bal|age|education|pay_0)){3} \(share 0\.5 ≥ 0\.5\); failing because 'fail-on-drift' is true\.$/)]);
    expect(result.outputs.drifted).toBe("true");
  });

  it("reads a datastore URI and a SAS blob URL from Azurite", async () => {
    await container().getBlockBlobClient("drift/reference.csv").uploadFile(reference);
    await container().getBlockBlobClient("drift/current.csv").uploadFile(current);
    const credential = new StorageSharedKeyCredential(h.azurite.accountName, h.azurite.accountKey);
    const sas = generateBlobSASQueryParameters({ containerName: h.emulator.blobContainer, permissions: ContainerSASPermissions.parse("rl"), expiresOn: new Date(Date.now() + 3600_000) }, credential).toString();
    const currentUrl = `${container().url}/drift/current.csv?${sas}`;
    const reportPath = join(dir, "blob-report.json");
    const result = await h.runAction("check-drift", {
      inputs: { reference: "azureml://datastores/workspaceblobstore/paths/drift/reference.csv", current: currentUrl, "report-path": reportPath },
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs.drifted).toBe("true");
    expect(readReport(reportPath).features.find((f) => f.name === "age")).toMatchObject({ n_reference: 3000, n_current: 3000, drifted: true });
    expect(result.log).not.toContain(sas.split("sig=")[1]?.split("&")[0] ?? "no-signature");
  });

  it("reads an azureml: data asset by version and @latest", async () => {
    // The versions hold different data: version 1 the shifted market, version 2 (the latest) the unshifted one.
    const versions = { "1": current, "2": reference };
    for (const [version, file] of Object.entries(versions)) {
      await container().getBlockBlobClient(`assets/credit-training/v${version}/data.csv`).uploadFile(file);
      await client.dataVersions.createOrUpdate(h.emulator.resourceGroup, h.emulator.workspaceName, "credit-training", version, {
        properties: { dataType: "uri_file", dataUri: `azureml://datastores/workspaceblobstore/paths/assets/credit-training/v${version}/data.csv` },
      });
    }
    const result = await h.runAction("check-drift", { inputs: { reference: "azureml:credit-training@latest", current: same, "report-path": join(dir, "asset.json") } });
    expect(result.errors).toEqual([]);
    expect(result.outputs.drifted).toBe("false");
    const pinned = await h.runAction("check-drift", { inputs: { reference: "azureml:credit-training:1", current: same, "report-path": join(dir, "asset1.json") } });
    expect(pinned.errors).toEqual([]);
    expect(pinned.outputs.drifted).toBe("true");
  });

  it("names a reference file that does not exist and an unknown method", async () => {
    const missing = await h.runAction("check-drift", { inputs: { reference: join(dir, "nope.csv"), current } });
    expect(missing.exitCode).toBe(1);
    expect(missing.errors).toEqual([`Input 'reference': Data path ${join(dir, "nope.csv")} does not exist.`]);
    const method = await h.runAction("check-drift", { inputs: { reference, current, method: "anderson" } });
    expect(method.errors[0]).toMatch(/^Input 'method': Unknown drift method "anderson"\. Accepted: ks, wasserstein, psi/);
  });
});

/** Reference and current with an ID column, a small-integer column and a float column whose values shift. */
function typedData(): { reference: string; current: string } {
  const rows = (prefix: string, shift: number) =>
    Array.from({ length: 600 }, (_, i) => `${prefix}${i},${1 + (i % 4)},${(10 + ((i * 37) % 100) / 10 + shift).toFixed(1)}`);
  const write = (name: string, prefix: string, shift: number) => {
    const file = join(dir, name);
    writeFileSync(file, `user_id,visits,spend\n${rows(prefix, shift).join("\n")}\n`);
    return file;
  };
  return { reference: write("typed-reference.csv", "u", 0), current: write("typed-current.csv", "v", 3) };
}

describe("check-drift column typing, as Evidently types columns (bundled action and task)", () => {
  it("tests small integers as categories, skips the ID column with its reason, and parses the current data on a worker thread", async () => {
    const { reference: ref, current: cur } = typedData();
    const action = await h.runAction("check-drift", { inputs: { reference: ref, current: cur, "report-path": join(dir, "typed-action.json") } });
    const task = await h.runTask("check-drift", { inputs: { reference: ref, current: cur, reportPath: join(dir, "typed-task.json") } });
    for (const [result, reportPath] of [[action, "typed-action.json"], [task, "typed-task.json"]] as const) {
      expect(result.errors).toEqual([]);
      expect(result.log).toContain("the current data on a worker thread");
      const report = JSON.parse(readFileSync(join(dir, reportPath), "utf8")) as Report & { skipped: { name: string; type: string; reason: string }[] };
      expect(report.features.map((f) => [f.name, f.kind, f.test])).toEqual([
        ["visits", "categorical", "chisquare"],
        ["spend", "numerical", "ks"],
      ]);
      expect(report.skipped).toEqual([{ name: "user_id", type: "text", reason: expect.stringContaining("600 distinct values in 600 rows") }]);
      expect(report.share_drifted).toBe(0.5);
      expect(result.summary).toContain("Not drift-tested:");
    }
  });

  it("takes column-types, and names the input in each host's spelling when a type is unknown", async () => {
    const { reference: ref, current: cur } = typedData();
    const reportPath = join(dir, "typed-override.json");
    const result = await h.runAction("check-drift", { inputs: { reference: ref, current: cur, "report-path": reportPath, "column-types": "visits=numerical\nuser_id=ignore" } });
    expect(result.errors).toEqual([]);
    const report = readReport(reportPath) as Report & { skipped: unknown[] };
    expect(report.features.find((f) => f.name === "visits")).toMatchObject({ kind: "numerical", test: "chisquare" });
    expect(report.skipped).toEqual([{ name: "user_id", type: "ignore", reason: "column-types says ignore" }]);
    const bad = await h.runAction("check-drift", { inputs: { reference: ref, current: cur, "column-types": "visits=number" } });
    expect(bad.errors).toEqual([expect.stringMatching(/^Input 'column-types': Unknown column type "number"\. Accepted: numerical, categorical, text, ignore\.$/)]);
    const badTask = await h.runTask("check-drift", { inputs: { reference: ref, current: cur, columnTypes: "visits" } });
    expect(badTask.errors).toEqual([expect.stringMatching(/^Input 'columnTypes': expected one 'column=type' per line/)]);
  });
});

describe("check-drift (Azure Pipelines task)", () => {
  it("takes per-feature tests and thresholds", async () => {
    const reportPath = join(dir, "task-report.json");
    const result = await h.runTask("check-drift", {
      inputs: { reference, current, reportPath, features: "age\neducation\nmarriage", method: "psi", featureMethods: "age=ks\nmarriage=jensen_shannon_distance:0.5" },
    });
    expect(result.errors).toEqual([]);
    expect(result.result).toBe("SucceededWithIssues");
    const features = Object.fromEntries(readReport(reportPath).features.map((f) => [f.name, f]));
    expect(Object.keys(features).sort()).toEqual(["age", "education", "marriage"]);
    expect(features.age).toMatchObject({ test: "ks", threshold: 0.05, drifted: true });
    expect(features.education).toMatchObject({ test: "psi", threshold: 0.1 });
    expect(features.marriage).toMatchObject({ test: "jensenshannon", threshold: 0.5, drifted: false });
    expect(result.outputs).toMatchObject({ drifted: "true", reportPath });
  });

  it("reads an endpoint's data-collector window written by the scoring route", async () => {
    const rg = h.emulator.resourceGroup;
    const ws = h.emulator.workspaceName;
    await client.modelVersions.createOrUpdate(rg, ws, "credit-model", "1", { properties: { modelUri: "azureml://datastores/workspaceblobstore/paths/models/credit/", modelType: "mlflow_model" } });
    await client.onlineEndpoints.beginCreateOrUpdateAndWait(rg, ws, "credit-ep", { location: "eastus", identity: { type: "SystemAssigned" }, properties: { authMode: "Key", traffic: {} } }, { updateIntervalInMs: 50 });
    const deployment = {
      location: "eastus",
      sku: { name: "Default", capacity: 1 },
      properties: {
        endpointComputeType: "Managed",
        model: workspaceChildId(h.emulator, "models", "credit-model", "versions", "1"),
        instanceType: "Standard_DS3_v2",
        dataCollector: { collections: { model_inputs: { dataCollectionMode: "Enabled" } }, rollingRate: "Hour" },
      },
    };
    await sendJson(client, "PUT", `${h.emulator.url}${workspaceChildId(h.emulator, "onlineEndpoints", "credit-ep", "deployments", "blue")}?api-version=2025-12-01`, deployment);
    for (let i = 0; i < 50; i++) {
      const state = await client.onlineDeployments.get(rg, ws, "credit-ep", "blue");
      if (state.properties.provisioningState === "Succeeded") break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const keys = await client.onlineEndpoints.listKeys(rg, ws, "credit-ep");
    const rows = readFileSync(current, "utf8").trim().split("\n");
    const columns = rows[0].split(",").filter((column) => column !== "default");
    for (let start = 1; start < rows.length; start += 500) {
      const data = rows.slice(start, start + 500).map((line) => line.split(",").slice(0, columns.length).map((cell) => (Number.isNaN(Number(cell)) ? cell : Number(cell))));
      const answer = await httpsJson(h.emulator, "/score/credit-ep", {
        method: "POST",
        headers: { authorization: `Bearer ${keys.primaryKey}`, "content-type": "application/json", "azureml-model-deployment": "blue" },
        body: JSON.stringify({ input_data: { columns, index: data.map((_, i) => i), data } }),
      });
      expect(answer.status).toBe(200);
    }
    const reportPath = join(dir, "collector-report.json");
    const result = await h.runTask("check-drift", { inputs: { reference, collector: "credit-ep/blue", window: "2h", reportPath } });
    expect(result.errors).toEqual([]);
    const report = readReport(reportPath);
    expect(report.features.map((f) => f.name).sort()).toEqual(columns.sort());
    expect(report.features.find((f) => f.name === "age")).toMatchObject({ n_current: 3000, drifted: true });
    expect(result.outputs.drifted).toBe("true");

    const empty = await h.runTask("check-drift", { inputs: { reference, collector: "credit-ep/green", window: "2h" } });
    expect(empty.result).toBe("Failed");
    expect(empty.errors[0]).toMatch(/credit-ep\/green/);
  });
});

describe("check-drift: row budget", () => {
  it("compares a seeded sample past max-rows-in-memory and states its error bound", async () => {
    const reportPath = join(dir, "budget.json");
    const result = await h.runAction("check-drift", { inputs: { reference, current, "max-rows-in-memory": "1000", "report-path": reportPath } });
    expect(result.errors).toEqual([]);
    const report = JSON.parse(readFileSync(reportPath, "utf8"));
    expect(report.reference).toMatchObject({ rows: 1000, source_rows: 3000 });
    expect(report.reference.sample_cdf_error_bound).toBeCloseTo(Math.sqrt(Math.log(200) / 2000), 12);
    expect(report.features.find((f: { name: string }) => f.name === "age")).toMatchObject({ n_reference: 1000, n_current: 1000, drifted: true });
    const again = await h.runAction("check-drift", { inputs: { reference, current, "max-rows-in-memory": "1000", "report-path": join(dir, "budget2.json") } });
    const scores = (path: string) => JSON.parse(readFileSync(path, "utf8")).features.map((f: { score: number }) => f.score);
    expect(scores(join(dir, "budget2.json"))).toEqual(scores(reportPath));
    expect(again.exitCode).toBe(0);
  });
});

describe("check-drift: engine azureml-monitor", () => {
  const mltable = "paths:\n  - file: ./data.csv\ntransformations:\n  - read_delimited:\n      delimiter: ','\n      header: all_files_same_headers\n";

  it("runs Azure ML model monitoring on MLTable assets and reports in the same shape", async () => {
    for (const [name, file] of [["credit-reference-table", reference], ["credit-current-table", current]] as const) {
      await container().getBlockBlobClient(`tables/${name}/data.csv`).uploadFile(file);
      await container().getBlockBlobClient(`tables/${name}/MLTable`).upload(mltable, mltable.length);
      await client.dataVersions.createOrUpdate(h.emulator.resourceGroup, h.emulator.workspaceName, name, "1", {
        properties: { dataType: "mltable", dataUri: `azureml://datastores/workspaceblobstore/paths/tables/${name}/` },
      });
    }
    const reportPath = join(dir, "monitor.json");
    const result = await h.runAction("check-drift", {
      inputs: { reference: "azureml:credit-reference-table:1", current: "azureml:credit-current-table:1", engine: "azureml-monitor", features: "age\nmarriage", "report-path": reportPath },
    });
    expect(result.errors).toEqual([]);
    expect(result.log).toMatch(/Model monitoring job .+ of schedule amlops-drift-[0-9a-f]{16}/);
    const report = readReport(reportPath);
    expect(report.features.map((f) => [f.name, f.test, f.drifted])).toEqual(expect.arrayContaining([["age", "wasserstein", true], ["marriage", "jensenshannon", false]]));
    expect(result.outputs).toMatchObject({ drifted: "true", "share-drifted": "0.5" });
    expect(h.emulator.specViolations).toEqual([]);
  });

  it("refuses inputs model monitoring cannot take", async () => {
    const result = await h.runAction("check-drift", { inputs: { reference: "azureml:credit-reference-table:1", collector: "credit-ep/blue", engine: "azureml-monitor" } });
    expect(result.errors).toEqual(["Input 'collector' does not apply with 'engine: azureml-monitor': model monitoring takes one test per feature type and reads whole data assets."]);
  });
});

describe("check-drift: governance event", () => {
  it("posts the event to the webhook, and only warns when the webhook is down", async () => {
    const { startFakeServer } = await import("../../emulator/fakes/http");
    const server = await startFakeServer(() => ({ status: 204 }));
    const url = `${server.url}/hooks/drift`;
    try {
      const result = await h.runAction("check-drift", { inputs: { reference, current, "webhook-url": url, "webhook-allow-private": "true", "report-path": join(dir, "hook.json") }, pullRequest: 12 });
      expect(result.errors).toEqual([]);
      expect(server.requests).toHaveLength(1);
      expect(server.requests[0].headers["content-type"]).toBe("application/json");
      const body = JSON.parse(server.requests[0].body) as Record<string, unknown>;
      expect(body).toMatchObject({ step: "check-drift", outcome: "warning", pullRequest: 12, headline: "dataset drift: 4 of 8 features drifted" });
      expect((body.evidence as { drift: { dataset_drift: boolean } }).drift.dataset_drift).toBe(true);
    } finally {
      await server.close();
    }
    const down = await h.runAction("check-drift", { inputs: { reference, current: reference, "webhook-url": url, "webhook-allow-private": "true", "report-path": join(dir, "hook2.json") } });
    expect(down.exitCode).toBe(0);
    expect(down.warnings).toEqual([expect.stringMatching(/^The governance event was not delivered: the webhook could not be reached \(.*\) after 3 attempts\. The step's own result stands\.$/)]);
  });
});
