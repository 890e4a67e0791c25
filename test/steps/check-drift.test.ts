import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCollector } from "../../shared/drift/azure/collector";
import type { MonitorDriftOptions, MonitorDriftResult } from "../../shared/drift/monitor/run";
import { resolveLocalDataset } from "../../shared/drift/readers";
import { checkDriftStep } from "../../shared/steps/check-drift";
import type { CheckDriftServices } from "../../shared/steps/check-drift-services";
import { MemoryHost } from "../support/memory-host";
import { runWithServices } from "../support/run-step";
import { fakeWorkspace, recordingPublisher, WORKSPACE_INPUTS } from "./fake-azure";

const dir = mkdtempSync(join(tmpdir(), "check-drift-step-"));
function csv(name: string, rows: number, shift: number): string {
  const path = join(dir, name);
  writeFileSync(path, `age,plan\n${Array.from({ length: rows }, (_, i) => `${(i % 50) + shift},${i % 3 === 0 ? "gold" : "basic"}`).join("\n")}\n`);
  return path;
}
const reference = csv("reference.csv", 300, 0);
const same = csv("same.csv", 300, 0);
const shifted = csv("shifted.csv", 300, 40);

/** Azure parts that answer from local files; every call is recorded. */
function fakeDriftServices(monitorResult?: MonitorDriftResult) {
  const calls: string[] = [];
  const monitorOptions: MonitorDriftOptions[] = [];
  const publisher = recordingPublisher();
  const services: CheckDriftServices = {
    connectWorkspace: async (settings) => {
      calls.push(`connect ${settings.workspaceName}`);
      return fakeWorkspace(settings);
    },
    resolveAzureDataset: async (location, workspace) => {
      calls.push(`dataset ${location} in ${(await workspace()).workspaceName}`);
      return { ...(await resolveLocalDataset(location.endsWith(":1") ? reference : shifted)), label: location };
    },
    resolveCollectorDataset: async (collector) => {
      parseCollector(collector);
      calls.push(`collector ${collector}`);
      return resolveLocalDataset(shifted);
    },
    runMonitorDrift: async (_workspace, options) => {
      monitorOptions.push(options);
      return monitorResult!;
    },
    publishEvent: publisher.publishEvent,
  };
  return { services, calls, monitorOptions, events: publisher.events };
}

describe("check-drift step with fake services", () => {
  it("compares local files without signing in, writes the report and sets the outputs", async () => {
    const fake = fakeDriftServices();
    const reportPath = join(dir, "same-report.json");
    const host = new MemoryHost({ ...WORKSPACE_INPUTS, reference, current: same, "report-path": reportPath });
    await runWithServices(checkDriftStep, host, fake.services);
    expect(fake.calls).toEqual([]);
    expect(Object.fromEntries(host.outputs)).toEqual({ drifted: "false", "share-drifted": "0", "drifted-features": "[]", "report-path": reportPath });
    expect(JSON.parse(readFileSync(reportPath, "utf8")).features.map((feature: { name: string }) => feature.name)).toEqual(["age", "plan"]);
    expect(fake.events.map((event) => event.outcome)).toEqual(["succeeded"]);
  });

  it("signs in once for Azure data and fails on drift when asked to", async () => {
    const fake = fakeDriftServices();
    const host = new MemoryHost({ ...WORKSPACE_INPUTS, reference: "azureml:churn:1", current: "azureml:churn:2", "fail-on-drift": "true", "report-path": join(dir, "azure-report.json") });
    await expect(runWithServices(checkDriftStep, host, fake.services)).rejects.toThrow(/^Data drift detected in age.*failing because 'fail-on-drift' is true\.$/);
    expect(fake.calls).toEqual(["connect ws", "dataset azureml:churn:1 in ws", "dataset azureml:churn:2 in ws"]);
    expect(host.outputs.get("drifted")).toBe("true");
    expect(fake.events.map((event) => event.outcome)).toEqual(["failed"]);
  });

  it("reads the collector over the window and names a bad window input", async () => {
    const fake = fakeDriftServices();
    const ok = new MemoryHost({ ...WORKSPACE_INPUTS, reference, collector: "credit/blue", window: "2h", "report-path": join(dir, "collector-report.json") });
    await runWithServices(checkDriftStep, ok, fake.services);
    expect(fake.calls).toEqual(["connect ws", "collector credit/blue"]);
    await expect(runWithServices(checkDriftStep, new MemoryHost({ ...WORKSPACE_INPUTS, reference, collector: "credit/blue", window: "soon" }), fake.services)).rejects.toThrow(
      "Input 'window': \"soon\" is not a positive duration; expected minutes, hours, days or weeks, e.g. 90m, 24h, 7d, 2w.",
    );
    await expect(runWithServices(checkDriftStep, new MemoryHost({ ...WORKSPACE_INPUTS, reference, collector: "credit/blue/inputs/extra", window: "2h" }), fake.services)).rejects.toThrow(
      /^Input 'collector': "credit\/blue\/inputs\/extra" is not a data collector; expected <endpoint>\/<deployment>, or <endpoint>/,
    );
  });

  it.each([
    ["kebab", "feature-methods"],
    ["camel", "featureMethods"],
  ] as const)("names a bad feature-methods line as the host spells it (%s)", async (spelling, label) => {
    const host = new MemoryHost({ reference, current: same, "feature-methods": "age=anderson" });
    host.spelling = spelling;
    await expect(runWithServices(checkDriftStep, host, fakeDriftServices().services)).rejects.toThrow(new RegExp(`^Input '${label}': Unknown drift method "anderson"`));
  });

  it("hands Azure ML model monitoring one method per feature type and reports its verdict", async () => {
    const result: MonitorDriftResult = {
      drifted: false,
      shareDrifted: 0,
      driftShare: 0.5,
      features: [{ name: "age", kind: "numerical", test: "ks", score: 0.4, threshold: 0.05, drifted: false, nReference: 100, nCurrent: 80 } as MonitorDriftResult["features"][number]],
      scheduleName: "s",
      jobName: "j",
      reusedSchedule: true,
      signalFile: "signals/x.json",
    };
    const fake = fakeDriftServices(result);
    const host = new MemoryHost({ ...WORKSPACE_INPUTS, engine: "azureml-monitor", reference: "azureml:ref:1", current: "azureml:prod:1", method: "ks", "report-path": join(dir, "monitor-report.json") });
    await runWithServices(checkDriftStep, host, fake.services);
    expect(fake.monitorOptions[0]).toMatchObject({ reference: "azureml:ref:1", production: "azureml:prod:1", method: { numerical: "ks" }, log: host });
    expect(fake.monitorOptions[0].method).not.toHaveProperty("categorical");
    expect(host.outputs.get("drifted")).toBe("false");
    await expect(
      runWithServices(checkDriftStep, new MemoryHost({ ...WORKSPACE_INPUTS, engine: "azureml-monitor", reference: "azureml:ref:1", current: "azureml:prod:1", method: "z" }), fake.services),
    ).rejects.toThrow(/^Input 'method': "z" \(z\) is not computed by Azure ML model monitoring for numerical features/);
  });
});
