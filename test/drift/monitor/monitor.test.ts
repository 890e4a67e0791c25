import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { compareTables, type FeatureChoice } from "../../../shared/drift/compare";
import { runMonitorDrift, type MonitorDriftOptions } from "../../../shared/drift/monitor";
import { readTable } from "../../../shared/drift/readers";
import { CancelledError, ConfigurationError, ServiceError } from "../../../shared/core/errors";
import { csv, putBlob, putMLTable, startMonitorHarness, STARTUP_TIMEOUT_MS, type MonitorHarness } from "./support";

const DS = "azureml://datastores/workspaceblobstore/paths";
const FAST_STEPS = { durations: { queued: 10, preparing: 10, running: 60, finalizing: 10 } };
const ROWS = 400;

const reference = csv({
  age: Array.from({ length: ROWS }, (_, i) => 20 + ((i * 7) % 40)),
  plan: Array.from({ length: ROWS }, (_, i) => ["basic", "pro", "team"][i % 3]),
  region: Array.from({ length: ROWS }, (_, i) => (i % 4) + 1),
});
const production = csv({
  age: Array.from({ length: ROWS }, (_, i) => 35 + ((i * 11) % 40)),
  plan: Array.from({ length: ROWS }, (_, i) => ["basic", "pro", "team"][(i * 2) % 3]),
  region: Array.from({ length: ROWS }, (_, i) => (i % 2) + 1),
});

/** The same comparison computed here from local copies of the data. */
async function localComparison(perFeature: Record<string, FeatureChoice>, categorical: string[] = []) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "monitor-expected-"));
  writeFileSync(path.join(dir, "reference.csv"), reference);
  writeFileSync(path.join(dir, "production.csv"), production);
  const options = { columns: Object.keys(perFeature), categorical };
  const [ref, cur] = [await readTable(path.join(dir, "reference.csv"), options), await readTable(path.join(dir, "production.csv"), options)];
  return compareTables(ref, cur, { features: Object.keys(perFeature), perFeature: new Map(Object.entries(perFeature)) });
}

describe("runMonitorDrift against the Azure ML emulator's model monitoring (Azurite data)", () => {
  let h: MonitorHarness;
  let controller: AbortController;

  function options(overrides: Partial<MonitorDriftOptions> = {}): MonitorDriftOptions {
    return {
      reference: "azureml:churn-reference:1",
      production: "azureml:churn-production:1",
      timeoutMs: 60_000,
      signal: controller.signal,
      log: h.host,
      pollIntervalMs: { initial: 40, max: 200 },
      ...overrides,
    };
  }

  function schedulePuts(): number {
    return h.emulator.requests.filter((entry) => entry.method === "PUT" && /\/schedules\//i.test(entry.path)).length;
  }

  beforeAll(async () => {
    h = await startMonitorHarness();
    await putMLTable(h.container, "monitoring/reference", reference);
    await putMLTable(h.container, "monitoring/production", production);
    await putBlob(h.container, "monitoring/no-mltable/data.csv", production);
    for (const [name, folder] of [["churn-reference", "reference"], ["churn-production", "production"]]) {
      await h.client.dataVersions.createOrUpdate(...h.args, name, "1", { properties: { dataType: "mltable", dataUri: `${DS}/monitoring/${folder}/` } });
    }
    await h.client.dataVersions.createOrUpdate(...h.args, "churn-folder", "1", { properties: { dataType: "uri_folder", dataUri: `${DS}/monitoring/reference/` } });
  }, STARTUP_TIMEOUT_MS);

  afterAll(async () => {
    await h?.stop();
  });

  beforeEach(() => {
    controller = new AbortController();
    h.emulator.jobs.setScenario({ steps: { data_drift: FAST_STEPS } });
  });

  afterEach(() => {
    h.emulator.jobs.clearScenarios();
    expect(h.emulator.specViolations.splice(0)).toEqual([]);
  });

  it("creates a monitor schedule, triggers one monitoring job and returns the figures compareTables gives for the same data", async () => {
    const result = await runMonitorDrift(h.workspace, options());

    const expected = await localComparison({ age: { method: "wasserstein", threshold: 0.1 }, plan: { method: "jensenshannon", threshold: 0.1 }, region: { method: "wasserstein", threshold: 0.1 } });
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(result.features.map(({ name, test, score, threshold, drifted, kind }) => ({ name, test, score, threshold, drifted, kind })))
      .toEqual(expected.features.map(({ name, test, score, threshold, drifted, kind }) => ({ name, test, score, threshold, drifted, kind })).sort(byName));
    expect(result.features.find((feature) => feature.name === "age")!.drifted).toBe(true);
    expect(result.features.every((feature) => feature.nReference === ROWS && feature.nCurrent === ROWS)).toBe(true);
    expect({ drifted: result.drifted, shareDrifted: result.shareDrifted }).toEqual({ drifted: expected.drifted, shareDrifted: expected.shareDrifted });
    expect(result.reusedSchedule).toBe(false);
    expect(result.signalFile).toBe(`${DS}/azureml/${result.jobName}/signal_output/signals/data_drift.json`);

    const schedule = h.emulator.state.schedules.get(result.scheduleName)!;
    expect(schedule.runs.map((run) => run.jobName)).toEqual([result.jobName]);
    expect(schedule.resource.properties.isEnabled).toBe(false);
    const signal = (schedule.resource.properties.action as { monitorDefinition: { signals: Record<string, Record<string, unknown>> } }).monitorDefinition.signals.data_drift;
    expect(signal).toMatchObject({
      signalType: "DataDrift",
      referenceData: { inputDataType: "Fixed", jobInputType: "mltable", uri: expect.stringMatching(/\/data\/churn-reference\/versions\/1$/) },
      metricThresholds: [
        { dataType: "Numerical", metric: "NormalizedWassersteinDistance", threshold: { value: 0.1 } },
        { dataType: "Categorical", metric: "JensenShannonDistance", threshold: { value: 0.1 } },
      ],
    });
    const checked = new Set(h.emulator.requests.map((entry) => entry.operationId));
    expect(["Schedules_Get", "Schedules_CreateOrUpdate", "Jobs_Get"].filter((operation) => checked.has(operation))).toEqual(["Schedules_Get", "Schedules_CreateOrUpdate", "Jobs_Get"]);
    expect(h.emulator.requests.filter((entry) => entry.path.endsWith(`/schedules/${result.scheduleName}/trigger`)).map((entry) => entry.apiVersion))
      .toEqual(["2024-01-01-preview"]);
    expect(h.emulator.requests.filter((entry) => entry.path.includes("/schedules/") || entry.path.includes("/jobs/")).every((entry) => entry.apiVersion !== "2022-10-01")).toBe(true);
  });

  it("reuses the schedule of an identical definition and creates another for a different one", async () => {
    const first = await runMonitorDrift(h.workspace, options({ thresholds: { numerical: 0.3 } }));
    const putsAfterFirst = schedulePuts();
    const second = await runMonitorDrift(h.workspace, options({ thresholds: { numerical: 0.3 } }));
    expect(second.scheduleName).toBe(first.scheduleName);
    expect(second.reusedSchedule).toBe(true);
    expect(second.jobName).not.toBe(first.jobName);
    expect(schedulePuts() - putsAfterFirst).toBe(2);
    expect(second.features).toEqual(first.features);
    expect(h.emulator.state.schedules.get(first.scheduleName)!.runs).toHaveLength(2);
    const latest = await runMonitorDrift(h.workspace, options({ reference: "azureml:churn-reference@latest", thresholds: { numerical: 0.3 } }));
    expect(latest.scheduleName).toBe(first.scheduleName);

    const other = await runMonitorDrift(h.workspace, options({ thresholds: { numerical: 0.4 } }));
    expect(other.scheduleName).not.toBe(first.scheduleName);
    expect(other.features.find((feature) => feature.name === "age")!.threshold).toBe(0.4);
  });

  it("takes datastore MLTable folders, a feature subset, categorical overrides and Azure ML's or shared/drift's metric names", async () => {
    const result = await runMonitorDrift(h.workspace, options({
      reference: `${DS}/monitoring/reference`,
      production: `${DS}/monitoring/production/`,
      features: ["age", "region"],
      categorical: ["region"],
      method: { numerical: "TwoSampleKolmogorovSmirnovTest", categorical: "chisquare" },
      thresholds: { categorical: 0.01 },
    }));
    const expected = await localComparison({ age: { method: "ks", threshold: 0.05 }, region: { method: "chisquare", threshold: 0.01 } }, ["region"]);
    expect(result.features.map(({ name, test, score, kind, drifted }) => ({ name, test, score, kind, drifted })))
      .toEqual(expected.features.map(({ name, test, score, kind, drifted }) => ({ name, test, score, kind, drifted })));
    expect(result.features.map((feature) => [feature.name, feature.kind])).toEqual([["age", "numerical"], ["region", "categorical"]]);
  });

  it.each<[string, Partial<MonitorDriftOptions>, RegExp]>([
    ["a local path", { reference: "./data/reference.csv" }, /^reference: ".\/data\/reference.csv" is a local path; Azure ML model monitoring reads data in the workspace/],
    ["a storage URL", { production: "https://acct.blob.core.windows.net/data/prod?sv=2024&sig=secret" }, /^production: "https:\/\/acct\.blob\.core\.windows\.net\/data\/prod" is a storage URL; a monitor keeps its data locations/],
    ["a data file", { production: `${DS}/monitoring/production/data.csv` }, /is a file; Azure ML model monitoring reads MLTable data/],
    ["a uri_folder data asset", { reference: "azureml:churn-folder:1" }, /data asset 'churn-folder' version '1' is uri_folder; Azure ML model monitoring reads mltable data assets/],
    ["a test monitoring lacks", { method: { numerical: "z" } }, /^method \(numerical\): "z" \(z\) is not computed by Azure ML model monitoring for numerical features; accepted: JensenShannonDistance, PopulationStabilityIndex, NormalizedWassersteinDistance, TwoSampleKolmogorovSmirnovTest\.$/],
    ["a numerical metric for categorical features", { method: { categorical: "NormalizedWassersteinDistance" } }, /^method \(categorical\): "NormalizedWassersteinDistance" is not a categorical data drift metric of Azure ML model monitoring; accepted: JensenShannonDistance, PopulationStabilityIndex, PearsonsChiSquaredTest\.$/],
    ["an unknown metric", { method: { numerical: "Energy" } }, /^method \(numerical\): "Energy" is not a numerical data drift metric/],
    ["a p-value threshold above 1", { method: { numerical: "ks" }, thresholds: { numerical: 2 } }, /^thresholds \(numerical\): 2 is not valid for TwoSampleKolmogorovSmirnovTest; accepted: a p-value in \(0, 1\]\.$/],
  ])("refuses %s with a ConfigurationError before creating anything", async (_what, overrides, message) => {
    const puts = schedulePuts();
    const error = await runMonitorDrift(h.workspace, options(overrides)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("sig=secret");
    expect(schedulePuts()).toBe(puts);
  });

  it("reports a monitoring job that fails on its data as a ServiceError naming the job", async () => {
    const error = await runMonitorDrift(h.workspace, options({ production: `${DS}/monitoring/no-mltable` })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as Error).message).toMatch(/^Monitoring job \S+ ended Failed; see https:\/\/127\.0\.0\.1:\d+\/studio\/runs\//);
    const jobName = /^Monitoring job (\S+)/.exec((error as Error).message)![1];
    const step = h.emulator.state.jobs.get(h.emulator.state.jobs.get(jobName)!.children[0])!;
    expect(step.error).toMatch(/MLTable/);
  });

  it("cancels the monitoring job when the run is cancelled", async () => {
    h.emulator.jobs.setScenario({ steps: { data_drift: { durations: { queued: 10, preparing: 10, running: 60_000 } } } });
    const running = runMonitorDrift(h.workspace, options({ thresholds: { numerical: 0.25 } }));
    const jobName = await waitFor(() => [...h.emulator.state.jobs.values()].find((job) => job.stepName === "data_drift" && job.status === "Running")?.parentName);
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    await h.emulator.jobs.whenFinished(jobName);
    expect(h.emulator.state.jobs.get(jobName)!.status).toBe("Canceled");
  });

  it("disables the schedule and starts no job when the run is cancelled while the schedule is being created", async () => {
    const durationMs = h.emulator.lro.durationMs;
    h.emulator.lro.durationMs = 60_000;
    try {
      const running = runMonitorDrift(h.workspace, options({ thresholds: { numerical: 0.45 } }));
      const name = await waitFor(() => [...h.emulator.state.schedules.entries()].find(([, record]) => record.resource.properties.provisioningState === "Creating")?.[0]);
      controller.abort();
      await expect(running).rejects.toBeInstanceOf(CancelledError);
      const schedule = h.emulator.state.schedules.get(name)!;
      expect(schedule.resource.properties.isEnabled).toBe(false);
      expect(schedule.runs).toEqual([]);
    } finally {
      h.emulator.lro.durationMs = durationMs;
    }
  });

  it("cancels the monitoring job when the timeout runs out", async () => {
    h.emulator.jobs.setScenario({ steps: { data_drift: { durations: { queued: 10, preparing: 10, running: 60_000 } } } });
    const error = await runMonitorDrift(h.workspace, options({ thresholds: { numerical: 0.35 }, timeoutMs: 1500 })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as Error).message).toMatch(/^Monitoring job (\S+) did not finish within 2 s; it was cancelled\.$/);
    const jobName = /^Monitoring job (\S+)/.exec((error as Error).message)![1];
    await h.emulator.jobs.whenFinished(jobName);
    expect(h.emulator.state.jobs.get(jobName)!.status).toBe("Canceled");
  });
});

async function waitFor<T>(probe: () => T | undefined): Promise<T> {
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
