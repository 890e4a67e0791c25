import { SettingError } from "../../shared/core/errors";
import type { Champion } from "../../shared/gate/decide";
import { MemoryHost } from "../support/memory-host";
import { runStep } from "../../shared/host/run-step";
import type { ChampionSettings } from "../../shared/registry/champion";
import { evaluateGateStep } from "../../shared/steps/evaluate-gate";
import type { GateServices, GateWorkspace } from "../../shared/steps/evaluate-gate-run";
import { runnable } from "../../shared/steps/step";

const WORKSPACE = { "subscription-id": "00000000-0000-0000-0000-000000000001", "resource-group": "rg", "workspace-name": "ws" };
const BLUE: Champion = { model: "credit", version: "3", chosenBy: "serving 90% of endpoint credit-ep (deployment blue)", metrics: { accuracy: 0.9, auc: 0.93 }, metricsFrom: "its registration" };

function fakeServices(workspace: Partial<GateWorkspace>) {
  const calls = { connects: 0, champions: [] as ChampionSettings[], jobs: [] as [string, string | undefined][] };
  const services: GateServices = {
    async connect() {
      calls.connects++;
      return {
        jobMetrics: async (job, step) => {
          calls.jobs.push([job, step]);
          return workspace.jobMetrics ? workspace.jobMetrics(job, step) : {};
        },
        findChampion: async (settings) => {
          calls.champions.push(settings);
          return workspace.findChampion ? workspace.findChampion(settings) : { champion: BLUE };
        },
      };
    },
  };
  return { services, calls };
}

async function run(inputs: Record<string, string>, workspace: Partial<GateWorkspace> = {}) {
  const host = new MemoryHost({ ...WORKSPACE, ...inputs });
  const fake = fakeServices(workspace);
  const step = runnable({ ...evaluateGateStep, services: async () => fake.services });
  const ok = await runStep(step, host);
  return { ok, host, calls: fake.calls, report: host.outputs.has("report") ? JSON.parse(host.outputs.get("report")!) : undefined };
}

describe("evaluate-gate orchestration", () => {
  it("compares with the endpoint's champion and passes on a gain", async () => {
    const { ok, host, calls, report } = await run({
      metrics: '{"accuracy": 0.95, "auc": 0.94}',
      rules: "accuracy >= 0.90\nauc >= champion.auc - 0.005",
      "endpoint-name": "credit-ep",
      "primary-metric": "auc",
    });
    expect(host.failure).toBeUndefined();
    expect(ok).toBe(true);
    expect(calls.champions).toEqual([{ kind: "endpoint", endpointName: "credit-ep", metricsStep: undefined }]);
    expect(host.outputs.get("result")).toBe("pass");
    expect(host.outputs.get("passed")).toBe("true");
    expect(report.rules[1]).toMatchObject({ rule: "auc >= champion.auc - 0.005", candidate: 0.94, champion: 0.93, threshold: 0.925, verdict: "pass" });
    expect(host.summaries[0]).toContain("| `auc >= champion.auc - 0.005` | 0.94 | 0.93 | 0.925 | ✅ pass |");
  });

  it("fails the step on fail by default, and on no-improvement only when fail-on says so", async () => {
    const failed = await run({ metrics: '{"accuracy": 0.8, "auc": 0.99}', rules: "accuracy >= 0.90", "endpoint-name": "credit-ep" });
    expect(failed.ok).toBe(false);
    expect(failed.host.failure).toBe("The gate's result is fail: 1 of 1 rules failed: accuracy >= 0.90.");
    expect(failed.host.outputs.get("passed")).toBe("false");

    const flat = { metrics: '{"accuracy": 0.95, "auc": 0.93}', rules: "accuracy >= 0.90", "endpoint-name": "credit-ep", "primary-metric": "auc" };
    const warned = await run(flat);
    expect(warned.ok).toBe(true);
    expect(warned.host.outputs.get("result")).toBe("no-improvement");
    expect(warned.host.logs).toContainEqual({ level: "warning", message: expect.stringMatching(/^The gate's result is no-improvement/) });
    const strict = await run({ ...flat, "fail-on": "fail, no-improvement" });
    expect(strict.ok).toBe(false);
    const lenient = await run({ metrics: '{"accuracy": 0.8}', rules: "accuracy >= 0.90", "compare-to": "none", "fail-on": "none" });
    expect(lenient.ok).toBe(true);
    expect(lenient.host.outputs.get("result")).toBe("fail");
  });

  it("reads the candidate from a job and a named champion version, with @latest", async () => {
    const { host, calls } = await run(
      { "job-name": "keen_apple", "metrics-step": "train", rules: "accuracy > champion.accuracy", "compare-to": "version", "model-name": "credit" },
      { jobMetrics: async () => ({ accuracy: 0.97 }) },
    );
    expect(host.failure).toBeUndefined();
    expect(calls.jobs).toEqual([["keen_apple", "train"]]);
    expect(calls.champions).toEqual([{ kind: "version", modelName: "credit", version: "latest", metricsStep: "train" }]);
    expect(host.outputs.get("result")).toBe("pass");
  });

  it("needs no sign-in for absolute rules on given metrics", async () => {
    const { host, calls } = await run({ metrics: '{"latency_ms": 120}', rules: "latency_ms < 200", "compare-to": "none" });
    expect(host.outputs.get("result")).toBe("pass");
    expect(calls.connects).toBe(0);
  });

  it("handles no champion as on-missing-champion says, and says so", async () => {
    const missing = { findChampion: async () => ({ missing: "endpoint 'credit-ep' serves no live traffic" }) };
    const passed = await run({ metrics: '{"auc": 0.9}', rules: "auc >= champion.auc", "endpoint-name": "credit-ep" }, missing);
    expect(passed.host.outputs.get("result")).toBe("pass");
    expect(passed.host.summaries[0]).toContain("a missing champion is set to **pass**");
    const failed = await run({ metrics: '{"auc": 0.9}', rules: "auc >= champion.auc", "endpoint-name": "credit-ep", "on-missing-champion": "fail" }, missing);
    expect(failed.ok).toBe(false);
    expect(failed.host.outputs.get("result")).toBe("fail");
  });

  it("dry run evaluates but never fails the step", async () => {
    const { ok, host } = await run({ metrics: '{"accuracy": 0.5}', rules: "accuracy >= 0.9", "compare-to": "none", "dry-run": "true" });
    expect(ok).toBe(true);
    expect(host.outputs.get("result")).toBe("fail");
    expect(host.summaries[0]).toMatch(/^### 📝 amlops evaluate-gate: dry run: fail/);
  });

  it.each([
    [{ rules: "accuracy >= 0.9" }, "Input 'metrics' is required unless 'job-name' is set: expected a JSON object of numbers, e.g. {\"accuracy\": 0.91}."],
    [{ metrics: '{"a": 1}', "job-name": "j" }, "Set either input 'metrics' or 'job-name', not both."],
    [{ metrics: '{"a": "high"}' }, `Input 'metrics' must be a JSON object of numbers, e.g. {"accuracy": 0.91}, got '{"a": "high"}'.`],
    [{ metrics: "[1, 2]" }, `Input 'metrics' must be a JSON object of numbers, e.g. {"accuracy": 0.91}, got '[1, 2]'.`],
    [{ metrics: '{"a": 1}', rules: "a >= 1\na => 2", "compare-to": "none" }, "Input 'rules': line 2, column 3: unknown operator '=>'; expected one of >= > <= < =="],
    [{ metrics: '{"a": 1}', rules: "a >= champion.a", "compare-to": "none" }, "Input 'rules': line 1 reads the champion ('a >= champion.a') but 'compare-to' is none."],
    [{ metrics: '{"a": 1}', rules: "a >= 1" }, "Input 'endpoint-name' is required with 'compare-to: champion': expected an online endpoint name."],
    [{ metrics: '{"a": 1}', "compare-to": "version" }, "Input 'model-name' is required with 'compare-to: version': expected a registered model name."],
    [{ metrics: '{"a": 1}', "compare-to": "none", "fail-on": "always" }, "Input 'fail-on' must be a comma-separated list of no-improvement, fail, or none, got 'always'."],
  ])("refuses bad input %j before signing in", async (inputs, message) => {
    const { ok, host, calls } = await run(inputs as Record<string, string>);
    expect(ok).toBe(false);
    expect(host.failure).toBe(message);
    expect(calls.connects).toBe(0);
  });

  it("maps a service's setting error to the input", async () => {
    const { host } = await run(
      { "job-name": "nope", rules: "a >= 1", "compare-to": "none" },
      { jobMetrics: async () => { throw new SettingError("jobName", "there is no job 'nope' in workspace 'ws'."); } },
    );
    expect(host.failure).toBe("Input 'job-name': there is no job 'nope' in workspace 'ws'.");
  });
});
