import type { Log } from "../../shared/core/log";
import type { DeploymentBody } from "../../shared/rollout/deployment-spec";
import type { RolloutSettings } from "../../shared/rollout/plan";
import { runRollout } from "../../shared/rollout/rollout";
import { FakeBackend } from "./fake-backend";

const body: DeploymentBody = { body: { sku: { name: "Default", capacity: 1 }, tags: {}, properties: { model: "m" } } };
const thresholds = { minSuccessRate: 0.99, maxLatencyMs: 500, minRequests: 10, allowNoData: false };

function settings(overrides: Partial<RolloutSettings> = {}): RolloutSettings {
  return { endpoint: "ep", deployment: "green", trafficSteps: [10, 50, 100], intervalMs: 1, threshold: 1, thresholds, deleteOld: false, deleteOnRollback: false, logTail: 20, ...overrides };
}

function recordingLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => lines.push(message),
    debug: () => undefined,
    warning: (message) => lines.push(`warning: ${message}`),
    untrusted: (text) => lines.push(text),
    group: (_title, fn) => fn(),
    setSecret: () => undefined,
    isDebug: false,
  };
}

const signal = () => new AbortController().signal;

describe("rollout with a fake endpoint", () => {
  it("promotes step by step and deletes the old deployment only after promotion", async () => {
    const backend = new FakeBackend({ traffic: { blue: 100 }, mirror: { blue: 0 } });
    const report = await runRollout(settings({ deleteOld: true }), body, backend.snapshot(), backend, recordingLog(), signal());
    expect(report).toMatchObject({ result: "promoted", previousTraffic: { blue: 100 }, traffic: { blue: 0, green: 100 }, deletedDeployments: ["blue"] });
    expect(report.stages.map((stage) => stage.analysis?.failed)).toEqual([undefined, undefined, undefined]);
    expect(backend.calls.filter((call) => /^(deploy|traffic|delete|figures)/.test(call))).toEqual([
      "deploy green",
      'traffic {"blue":90,"green":10} mirror {"blue":0}', "figures green",
      'traffic {"blue":50,"green":50} mirror {"blue":0}', "figures green",
      'traffic {"blue":0,"green":100} mirror {"blue":0}', "figures green",
      "delete blue",
    ]);
    expect(backend.deployments.has("blue")).toBe(false);
  });

  it("rolls back at the first failed analysis to exactly the previous maps, with logs, keeping the deployment", async () => {
    const backend = new FakeBackend({ traffic: { blue: 70, red: 30 }, mirror: { red: 0 }, deployments: { blue: "m:1", red: "m:1" } });
    backend.figureAnswers = [{ requests: 50, serverErrors: 10, latencyP99Ms: 20 }];
    const log = recordingLog();
    const report = await runRollout(settings(), body, backend.snapshot(), backend, log, signal());
    expect(report.result).toBe("rolled-back");
    expect(report.reason).toMatch(/traffic 10 %.*success-rate 80 %/);
    expect(backend.traffic).toEqual({ blue: 70, red: 30 });
    expect(backend.mirror).toEqual({ red: 0 });
    expect(report.traffic).toEqual({ blue: 70, red: 30 });
    expect(report.logs).toBe("log of green");
    expect(backend.deployments.has("green")).toBe(true);
    expect(backend.calls.filter((call) => call.startsWith("traffic"))).toHaveLength(2);
  });

  it("tolerates failed checks below the threshold", async () => {
    const backend = new FakeBackend();
    backend.figureAnswers = [{ requests: 2, serverErrors: 0 }, { requests: 100, serverErrors: 0, latencyP99Ms: 5 }];
    const report = await runRollout(settings({ threshold: 2 }), body, backend.snapshot(), backend, recordingLog(), signal());
    expect(report.result).toBe("promoted");
    expect(report.stages[0].analysis?.failed?.name).toBe("requests");
  });

  it("on a provisioning failure leaves traffic untouched, fetches logs and deletes the deployment it created when asked", async () => {
    const backend = new FakeBackend();
    backend.failDeploy = "Liveness probe failed";
    const report = await runRollout(settings({ deleteOnRollback: true }), body, backend.snapshot(), backend, recordingLog(), signal());
    expect(report).toMatchObject({ result: "provisioning-failed", reason: expect.stringContaining("Liveness probe failed"), logs: "log of green", deletedDeployments: ["green"] });
    expect(backend.calls.some((call) => call.startsWith("traffic"))).toBe(false);
  });

  it("never deletes a deployment that existed before the run", async () => {
    const backend = new FakeBackend({ traffic: { blue: 100 }, deployments: { blue: "m:1", green: "m:0" } });
    backend.failDeploy = "bad";
    const report = await runRollout(settings({ deleteOnRollback: true }), body, backend.snapshot(), backend, recordingLog(), signal());
    expect(report.deletedDeployments).toEqual([]);
    expect(backend.deployments.has("green")).toBe(true);
  });

  it("fails the smoke test before any traffic moves", async () => {
    const backend = new FakeBackend();
    backend.smokeAnswer = { status: 500, body: "boom" };
    const report = await runRollout(settings({ smoke: { body: '{"data":[1]}', expectation: { status: 200 } } }), body, backend.snapshot(), backend, recordingLog(), signal());
    expect(report).toMatchObject({ result: "rolled-back", reason: expect.stringContaining("status 500, expected 200") });
    expect(backend.calls).toContain('score green {"data":[1]}');
    expect(backend.calls.some((call) => call.startsWith("traffic"))).toBe(false);
  });

  it("restores the previous maps when a traffic update fails midway", async () => {
    const backend = new FakeBackend();
    backend.failTrafficUpdate = { at: 2, message: "PUT failed (HTTP 503)" };
    const report = await runRollout(settings(), body, backend.snapshot(), backend, recordingLog(), signal());
    expect(report).toMatchObject({ result: "rolled-back", reason: "PUT failed (HTTP 503)" });
    expect(backend.traffic).toEqual({ blue: 100 });
  });

  it("restores the previous maps when cancelled mid-rollout", async () => {
    const backend = new FakeBackend();
    const controller = new AbortController();
    backend.onTrafficUpdate = (count) => { if (count === 1) controller.abort(); };
    const report = await runRollout(settings({ intervalMs: 60_000 }), body, backend.snapshot(), backend, recordingLog(), controller.signal);
    expect(report.result).toBe("cancelled");
    expect(backend.traffic).toEqual({ blue: 100 });
    expect(backend.calls.filter((call) => call.startsWith("traffic"))).toEqual(['traffic {"blue":90,"green":10} mirror {}', 'traffic {"blue":100} mirror {}']);
  });

  it("mirrors before the steps, analysing the mirrored traffic, and stops mirroring with the first step", async () => {
    const backend = new FakeBackend();
    const report = await runRollout(settings({ mirror: { percent: 20, durationMs: 1 }, trafficSteps: [100], load: { body: "{}", rps: 5 } }), body, backend.snapshot(), backend, recordingLog(), signal());
    expect(report.result).toBe("promoted");
    expect(backend.calls.filter((call) => call.startsWith("traffic"))).toEqual(['traffic {"blue":100} mirror {"green":20}', 'traffic {"blue":0,"green":100} mirror {}']);
    expect(report.stages.map((stage) => stage.label)).toEqual(["mirror 20 %", "traffic 100 %"]);
    expect(backend.calls.filter((call) => call === "load 5")).toHaveLength(2);
  });

  it("deploys without traffic when there are no steps", async () => {
    const backend = new FakeBackend();
    const report = await runRollout(settings({ trafficSteps: [] }), body, backend.snapshot(), backend, recordingLog(), signal());
    expect(report.result).toBe("deployed-no-traffic");
    expect(backend.traffic).toEqual({ blue: 100 });
  });
});
