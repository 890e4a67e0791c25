import { analyse, FailedChecks } from "../../shared/rollout/analysis";
import { deploymentNameFor, checkName } from "../../shared/rollout/names";
import { planRollout, type RolloutSettings } from "../../shared/rollout/plan";
import { figuresFrom } from "../../shared/rollout/monitor-figures";
import { parseSmokeExpectation, smokeMismatch } from "../../shared/rollout/smoke";
import { parseTrafficSteps, retiredDeployments, trafficTotal, trafficWith } from "../../shared/rollout/traffic";

const thresholds = { minSuccessRate: 0.99, maxLatencyMs: 500, minRequests: 10, allowNoData: false };

function settings(overrides: Partial<RolloutSettings> = {}): RolloutSettings {
  return { endpoint: "ep", deployment: "green", trafficSteps: [10, 50, 100], intervalMs: 1000, threshold: 1, thresholds, deleteOld: false, deleteOnRollback: false, logTail: 50, ...overrides };
}

describe("traffic steps", () => {
  it("reads increasing whole percentages", () => {
    expect(parseTrafficSteps("10, 50,100")).toEqual([10, 50, 100]);
    expect(parseTrafficSteps("")).toEqual([]);
    expect(parseTrafficSteps("1,100")).toEqual([1, 100]);
  });

  it.each([["50,10", /must increase/], ["10,10", /must increase/], ["0,50", /from 1 to 100/], ["10,150", /from 1 to 100/], ["10,abc", /'abc'/], ["12.5", /'12.5'/]])(
    "refuses %s naming the setting",
    (text, message) => {
      expect(() => parseTrafficSteps(text)).toThrow(expect.objectContaining({ setting: "trafficSteps", message: expect.stringMatching(message) }));
    },
  );
});

describe("traffic maps", () => {
  it("gives the new deployment its share and spreads the rest by the previous weights, always summing to 100", () => {
    expect(trafficWith({ blue: 100 }, "green", 10)).toEqual({ blue: 90, green: 10 });
    expect(trafficWith({ a: 70, b: 30 }, "green", 50)).toEqual({ a: 35, b: 15, green: 50 });
    for (const percent of [1, 7, 33, 50, 99, 100]) {
      const map = trafficWith({ a: 33, b: 33, c: 34, idle: 0 }, "green", percent);
      expect(trafficTotal(map)).toBe(100);
      expect(map.green).toBe(percent);
      expect(map.idle).toBe(0);
    }
  });

  it("gives everything to the new deployment when nothing served before", () => {
    expect(trafficWith({}, "green", 10)).toEqual({ green: 100 });
    expect(trafficWith({ old: 0 }, "green", 10)).toEqual({ old: 0, green: 100 });
  });

  it("names the deployments that served before and serve nothing now", () => {
    expect(retiredDeployments({ blue: 60, red: 40, idle: 0 }, { blue: 0, red: 0, idle: 0, green: 100 })).toEqual(["blue", "red"]);
  });
});

describe("plan", () => {
  const endpoint = { exists: true, traffic: { blue: 100 }, mirror: {}, deployments: { blue: "m:1" } };

  it("deploys, smoke-tests, mirrors, then steps to 100 %, and deletes the old deployment last", () => {
    const stages = planRollout(settings({ deleteOld: true, mirror: { percent: 20, durationMs: 1000 }, smoke: { body: "{}", expectation: { status: 200 } } }), endpoint);
    expect(stages.map((stage) => stage.kind)).toEqual(["deploy", "smoke", "mirror", "traffic", "traffic", "traffic", "delete-old"]);
    expect(stages[2]).toMatchObject({ traffic: { blue: 100 }, mirror: { green: 20 } });
    expect(stages.filter((stage) => stage.kind === "traffic").map((stage) => stage.kind === "traffic" && stage.traffic)).toEqual([
      { blue: 90, green: 10 }, { blue: 50, green: 50 }, { blue: 0, green: 100 },
    ]);
    expect(stages.at(-1)).toEqual({ kind: "delete-old", deployments: ["blue"] });
  });

  it("appends an unanalysed promotion when the steps stop short of 100", () => {
    const stages = planRollout(settings({ trafficSteps: [20] }), endpoint);
    expect(stages.slice(1)).toEqual([
      expect.objectContaining({ kind: "traffic", percent: 20, analyse: true }),
      expect.objectContaining({ kind: "traffic", percent: 100, analyse: false }),
    ]);
  });

  it("creates a missing endpoint and moves all traffic at once when nothing serves", () => {
    const stages = planRollout(settings({ createEndpoint: "Key" }), { exists: false, traffic: {}, mirror: {}, deployments: {} });
    expect(stages).toEqual([
      { kind: "create-endpoint", authMode: "Key" },
      { kind: "deploy" },
      { kind: "traffic", percent: 100, traffic: { green: 100 }, mirror: {}, analyse: true },
    ]);
  });

  it("on a re-run deletes only the other deployments that served, never the new one or an idle one, and nothing when none served", () => {
    const rerun = planRollout(settings({ deleteOld: true }), { exists: true, traffic: { blue: 90, green: 10, idle: 0 }, mirror: {}, deployments: { blue: "m:1", green: "m:2", idle: "m:0" } });
    expect(rerun.at(-1)).toEqual({ kind: "delete-old", deployments: ["blue"] });
    const alone = planRollout(settings({ deleteOld: true }), { exists: true, traffic: { green: 100, idle: 0 }, mirror: {}, deployments: { green: "m:2", idle: "m:0" } });
    expect(alone.map((stage) => stage.kind)).toEqual(["deploy", "traffic"]);
    expect(alone[1]).toMatchObject({ traffic: { green: 100, idle: 0 } });
  });

  it("mirrors only a share above 0 % of traffic that other deployments serve", () => {
    const mirror = { percent: 20, durationMs: 1 };
    expect(planRollout(settings({ mirror }), { exists: false, traffic: {}, mirror: {}, deployments: {} }).map((stage) => stage.kind)).toEqual(["create-endpoint", "deploy", "traffic"]);
    expect(planRollout(settings({ mirror }), { exists: true, traffic: { green: 100 }, mirror: {}, deployments: { green: "m:2" } }).map((stage) => stage.kind)).toEqual(["deploy", "traffic"]);
    expect(planRollout(settings({ mirror: { percent: 0, durationMs: 1 } }), endpoint).map((stage) => stage.kind)).toEqual(["deploy", "traffic", "traffic", "traffic"]);
  });

  it("without traffic steps only deploys, and a mirror is taken back afterwards", () => {
    const stages = planRollout(settings({ trafficSteps: [], mirror: { percent: 10, durationMs: 1 } }), { ...endpoint, mirror: { blue: 0 } });
    expect(stages.map((stage) => stage.kind)).toEqual(["deploy", "mirror", "restore-mirror"]);
    expect(stages[2]).toMatchObject({ traffic: { blue: 100 }, mirror: { blue: 0 } });
  });
});

describe("analysis", () => {
  it("passes a healthy window and names the first failed check otherwise", () => {
    expect(analyse({ requests: 100, serverErrors: 0, latencyP99Ms: 120 }, thresholds).failed).toBeUndefined();
    const errors = analyse({ requests: 100, serverErrors: 20, latencyP99Ms: 120 }, thresholds);
    expect(errors.failed).toMatchObject({ name: "success-rate", value: "80 %" });
    expect(errors.successRate).toBe(0.8);
    expect(analyse({ requests: 100, serverErrors: 0, latencyP99Ms: 800 }, thresholds).failed).toMatchObject({ name: "latency-p99" });
  });

  it("counts too few requests as no data: failed unless allowed", () => {
    expect(analyse({ requests: 3, serverErrors: 3 }, thresholds).failed).toMatchObject({ name: "requests", value: "3 requests" });
    expect(analyse({ requests: 3, serverErrors: 3 }, { ...thresholds, allowNoData: true }).failed).toBeUndefined();
    expect(analyse({ requests: 0, serverErrors: 0 }, { ...thresholds, minRequests: 0 }).failed).toMatchObject({ name: "requests" });
  });

  it("rolls back when failed checks reach the threshold", () => {
    const checks = new FailedChecks(2);
    const bad = analyse({ requests: 1, serverErrors: 0 }, thresholds);
    const good = analyse({ requests: 100, serverErrors: 0 }, thresholds);
    expect(checks.record(bad)).toBe(false);
    expect(checks.record(good)).toBe(false);
    expect(checks.record(bad)).toBe(true);
  });

  it("reads Azure Monitor series as the SDK returns them: totals by status class and the highest P99", () => {
    const figures = figuresFrom([
      { name: "Requests Per Minute", timeseries: [
        { metadatavalues: [{ name: "statusCodeClass", value: "2xx" }], data: [{ total: 7 }, { total: 1 }, {}] },
        { metadatavalues: [{ name: "statusCodeClass", value: "5xx" }], data: [{ total: 2 }] },
      ] },
      { name: "Request Latency P99", timeseries: [{ data: [{ average: 40 }, { average: 90 }, {}] }] },
      { name: "Deployment Capacity", timeseries: [{ data: [{ total: 1000 }] }] },
    ]);
    expect(figures).toEqual({ requests: 10, serverErrors: 2, latencyP99Ms: 90 });
  });
});

describe("smoke expectation", () => {
  it("checks the status, a JSON path with an optional value, or a regex", () => {
    const ok = { status: 200, body: '{"predictions":[1,0]}' };
    expect(smokeMismatch(parseSmokeExpectation(200, undefined), ok)).toBeUndefined();
    expect(smokeMismatch(parseSmokeExpectation(200, undefined), { ...ok, status: 500 })).toBe("status 500, expected 200");
    expect(smokeMismatch(parseSmokeExpectation(200, "$.predictions[1] == 0"), ok)).toBeUndefined();
    expect(smokeMismatch(parseSmokeExpectation(200, "$.predictions[1] == 1"), ok)).toBe("$.predictions[1] is 0, expected 1");
    expect(smokeMismatch(parseSmokeExpectation(200, "$.scores"), ok)).toBe("$.scores is missing");
    expect(smokeMismatch(parseSmokeExpectation(200, "/predictions/"), ok)).toBeUndefined();
    expect(smokeMismatch(parseSmokeExpectation(200, "/^\\[/"), ok)).toBe("body does not match /^\\[/");
  });

  it("refuses an expectation it cannot read", () => {
    expect(() => parseSmokeExpectation(200, "predictions")).toThrow(expect.objectContaining({ setting: "smokeExpect" }));
    expect(() => parseSmokeExpectation(200, "$.a == {")).toThrow(/after '=='/);
    expect(() => parseSmokeExpectation(200, "$.a..b")).toThrow(/position 4/);
  });
});

describe("deployment names", () => {
  it("derives a valid name from the model version", () => {
    expect(deploymentNameFor("credit-model", "7")).toBe("credit-model-7");
    expect(deploymentNameFor("3d_model.v2", "12")).toBe("d-model-v2-12");
    const long = deploymentNameFor("a-very-long-model-name-that-goes-on-and-on", "123");
    expect(long).toMatch(/^[a-zA-Z][a-zA-Z0-9-]{1,30}[a-zA-Z0-9]$/);
    expect(long.endsWith("-123")).toBe(true);
  });

  it("refuses a name against the service's rules, naming the setting", () => {
    expect(checkName("deploymentName", "green")).toBe("green");
    for (const bad of ["9green", "gr", "green-", "green_1", "x".repeat(33)]) {
      expect(() => checkName("deploymentName", bad)).toThrow(expect.objectContaining({ setting: "deploymentName" }));
    }
  });
});
