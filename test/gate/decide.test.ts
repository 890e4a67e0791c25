import { decideGate, directionOf, type Champion } from "../../shared/gate/decide";
import { compactRules, gateMarkdown } from "../../shared/gate/report";
import { parseRules } from "../../shared/gate/rule-syntax";

const champion = (metrics: Record<string, number>): { champion: Champion } => ({
  champion: { model: "credit", version: "3", chosenBy: "serving 90% of endpoint credit-ep (deployment blue)", metrics, metricsFrom: "its registration" },
});
const RULES = parseRules("accuracy >= 0.90\nauc >= champion.auc - 0.005");

describe("gate decision", () => {
  it("passes when every rule holds and the primary metric improves", () => {
    const report = decideGate({ rules: RULES, candidate: { accuracy: 0.93, auc: 0.94 }, comparison: champion({ auc: 0.93 }), primary: { metric: "auc", minImprovement: 0.005 } });
    expect(report.result).toBe("pass");
    expect(report.primary).toMatchObject({ direction: "higher", candidate: 0.94, champion: 0.93, verdict: "improved" });
    expect(report.summary).toBe("all 2 rules hold; auc improves by 0.01");
    const exact = decideGate({ rules: [], candidate: { auc: 0.94 }, comparison: champion({ auc: 0.93 }), primary: { metric: "auc", minImprovement: 0.01 } });
    expect(exact.result).toBe("pass");
  });

  it("is no-improvement when the rules hold but the gain is below the minimum, or there is none", () => {
    const small = decideGate({ rules: RULES, candidate: { accuracy: 0.93, auc: 0.932 }, comparison: champion({ auc: 0.93 }), primary: { metric: "auc", minImprovement: 0.005 } });
    expect(small.result).toBe("no-improvement");
    expect(small.summary).toBe("the rules hold but auc improves by 0.002 (needed 0.005) over the champion");
    const equal = decideGate({ rules: RULES, candidate: { accuracy: 0.93, auc: 0.93 }, comparison: champion({ auc: 0.93 }), primary: { metric: "auc", minImprovement: 0 } });
    expect(equal.result).toBe("no-improvement");
  });

  it("reads lower-is-better from the name or the explicit direction", () => {
    const rules = parseRules("rmse <= champion.rmse * 1.02");
    expect(decideGate({ rules, candidate: { rmse: 0.9 }, comparison: champion({ rmse: 1 }), primary: { metric: "rmse", minImprovement: 0 } }).result).toBe("pass");
    expect(decideGate({ rules, candidate: { rmse: 1.01 }, comparison: champion({ rmse: 1 }), primary: { metric: "rmse", minImprovement: 0 } }).result).toBe("no-improvement");
    expect(decideGate({ rules: [], candidate: { score: 0.9 }, comparison: champion({ score: 1 }), primary: { metric: "score", direction: "lower", minImprovement: 0 } }).result).toBe("pass");
    expect(["val_loss", "train.logloss", "latency_ms", "error_rate", "mae", "p99_latency"].map(directionOf)).toEqual(["lower", "lower", "lower", "lower", "lower", "lower"]);
    expect(["accuracy", "auc", "items", "f1_score", "train.r2"].map(directionOf)).toEqual(["higher", "higher", "higher", "higher", "higher"]);
  });

  it("fails when a rule fails, naming it, and when the primary metric is missing", () => {
    const failed = decideGate({ rules: RULES, candidate: { accuracy: 0.8, auc: 0.95 }, comparison: champion({ auc: 0.93 }), primary: { metric: "auc", minImprovement: 0 } });
    expect(failed.result).toBe("fail");
    expect(failed.summary).toBe("1 of 2 rules failed: accuracy >= 0.90");
    const missing = decideGate({ rules: [], candidate: { accuracy: 0.8 }, comparison: champion({ auc: 0.93 }), primary: { metric: "auc", minImprovement: 0 } });
    expect(missing).toMatchObject({ result: "fail", summary: "primary metric: the candidate has no metric 'auc'" });
    expect(missing.primary).toMatchObject({ candidate: null, champion: 0.93, improvement: null, verdict: "missing" });
    const championLacks = decideGate({ rules: [], candidate: { auc: 0.95 }, comparison: champion({ accuracy: 0.9 }), primary: { metric: "auc", minImprovement: 0 } });
    expect(championLacks).toMatchObject({ result: "fail", summary: "primary metric: the champion has no metric 'auc'" });
    expect(championLacks.primary).toMatchObject({ candidate: 0.95, champion: null, verdict: "missing" });
    const both = decideGate({ rules: RULES, candidate: { accuracy: 0.8, auc: 0.9 }, comparison: { missing: "no versions", onMissing: "pass" } });
    expect(both).toMatchObject({ result: "fail", summary: "1 of 2 rules failed: accuracy >= 0.90", missingChampion: { reason: "no versions", onMissing: "pass" } });
    const two = decideGate({ rules: parseRules("accuracy >= 0.90\nauc >= 0.95"), candidate: { accuracy: 0.8, auc: 0.9 } });
    expect(two.summary).toBe("2 of 2 rules failed: accuracy >= 0.90; auc >= 0.95");
  });

  it("sums up a pass in words: one rule, or all of them, with the gain only when compared", () => {
    expect(decideGate({ rules: parseRules("accuracy >= 0.9"), candidate: { accuracy: 0.95 } }).summary).toBe("the rule holds");
    expect(decideGate({ rules: RULES, candidate: { accuracy: 0.95, auc: 0.9 } }).summary).toBe("all 2 rules hold");
  });

  it("says the gain needed only when a minimum is set", () => {
    const worse = decideGate({ rules: [], candidate: { auc: 0.92 }, comparison: champion({ auc: 0.93 }), primary: { metric: "auc", minImprovement: 0 } });
    expect(worse).toMatchObject({ result: "no-improvement", summary: "the rules hold but auc improves by -0.01 over the champion" });
    expect(worse.primary).toMatchObject({ improvement: expect.closeTo(-0.01, 12), verdict: "not-improved" });
  });

  it("reads every lower-is-better word of a metric's last dotted part, whatever joins the words", () => {
    const words = ["loss", "error", "err", "rmse", "mae", "mse", "mape", "smape", "msle", "latency", "duration", "time", "seconds", "ms", "perplexity", "cost", "deviance", "brier", "fpr", "fnr"];
    expect(words.map((word) => directionOf(`val.${word}`))).toEqual(words.map(() => "lower"));
    expect(["p99-latency", "train.Val_RMSE", "step__time", "eval.logloss", "trainerror"].map(directionOf)).toEqual(["lower", "lower", "lower", "lower", "lower"]);
    expect(["val.loss.accuracy", "errors_caught_share", "lossless_ratio", "timeliness", "msecount"].map(directionOf)).toEqual(["higher", "higher", "higher", "higher", "higher"]);
  });

  it("handles a missing champion as set: pass (champion rules skipped) or fail", () => {
    const pass = decideGate({ rules: RULES, candidate: { accuracy: 0.93, auc: 0.5 }, comparison: { missing: "endpoint 'credit-ep' serves no live traffic", onMissing: "pass" }, primary: { metric: "auc", minImprovement: 0 } });
    expect(pass.result).toBe("pass");
    expect(pass.rules.map((rule) => rule.verdict)).toEqual(["pass", "skipped"]);
    expect(pass.summary).toBe("no champion (endpoint 'credit-ep' serves no live traffic); a missing champion is set to pass");
    expect(gateMarkdown(pass)).toContain("**Champion:** none — endpoint 'credit-ep' serves no live traffic; a missing champion is set to **pass**");
    const fail = decideGate({ rules: RULES, candidate: { accuracy: 0.93 }, comparison: { missing: "no versions", onMissing: "fail" } });
    expect(fail.result).toBe("fail");
    const absoluteFails = decideGate({ rules: RULES, candidate: { accuracy: 0.5 }, comparison: { missing: "no versions", onMissing: "pass" } });
    expect(absoluteFails.result).toBe("fail");
  });

  it("renders the rule table and the compact form stored on a model version", () => {
    const report = decideGate({ rules: RULES, candidate: { accuracy: 0.93, auc: 0.94 }, comparison: champion({ auc: 0.93 }) });
    const markdown = gateMarkdown(report);
    expect(markdown).toContain("| rule | candidate | champion | threshold | verdict |");
    expect(markdown).toContain("| `auc >= champion.auc - 0.005` | 0.94 | 0.93 | 0.925 | ✅ pass |");
    expect(markdown).toContain("| `accuracy >= 0.90` | 0.93 | — | 0.9 | ✅ pass |");
    expect(compactRules(report.rules)).toBe("pass: accuracy >= 0.90 (0.93 vs 0.9)\npass: auc >= champion.auc - 0.005 (0.94 vs 0.925)");
  });
});
