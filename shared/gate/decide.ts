import { formatNumber } from "../core/markdown";
import { evaluateRule, near, type Metrics, type RuleOutcome } from "./evaluate-rule";
import type { Rule } from "./rule-syntax";

export type GateResult = "pass" | "no-improvement" | "fail";
export type Direction = "higher" | "lower";

/** Words of metric names whose smaller values are better; any other metric is better when higher. */
const LOWER_IS_BETTER = new Set(["loss", "error", "err", "rmse", "mae", "mse", "mape", "smape", "msle", "latency", "duration", "time", "seconds", "ms", "perplexity", "cost", "deviance", "brier", "fpr", "fnr"]);

/** Better direction of a metric from its name's last dotted part: `train.val_loss`, `logloss`, `latency_ms` → lower. */
export function directionOf(metric: string): Direction {
  const last = (metric.split(".").at(-1) ?? metric).toLowerCase();
  const words = last.split(/[^a-z0-9]+/);
  return words.some((word) => LOWER_IS_BETTER.has(word)) || /(loss|error)$/.test(last) ? "lower" : "higher";
}

/** The model the candidate is compared with; `metrics` as its registration stored them or its job logged them. */
export interface Champion {
  model: string;
  version: string;
  /** How it was chosen, e.g. "serving 90% of endpoint credit-ep (deployment blue)". */
  chosenBy: string;
  metrics: Metrics;
  /** Where its metrics came from, e.g. "registration" or "job keen_apple_1". */
  metricsFrom: string;
}

export interface GateSettings {
  rules: Rule[];
  candidate: Metrics;
  /** undefined: compared with no champion (compare-to none). */
  comparison?: { champion: Champion } | { missing: string; onMissing: "pass" | "fail" };
  primary?: { metric: string; direction?: Direction; minImprovement: number };
}

export interface PrimaryOutcome {
  metric: string;
  direction: Direction;
  candidate: number | null;
  champion: number | null;
  improvement: number | null;
  minImprovement: number;
  verdict: "improved" | "not-improved" | "missing";
  reason?: string;
}

export interface GateReport {
  result: GateResult;
  /** One sentence for the reader. */
  summary: string;
  candidate: { metrics: Metrics };
  champion: Omit<Champion, "metrics"> & { metrics: Metrics } | null;
  missingChampion?: { reason: string; onMissing: "pass" | "fail" };
  rules: RuleOutcome[];
  primary?: PrimaryOutcome;
}

function primaryOutcome(primary: NonNullable<GateSettings["primary"]>, candidate: Metrics, champion: Champion): PrimaryOutcome {
  const direction = primary.direction ?? directionOf(primary.metric);
  const base = { metric: primary.metric, direction, minImprovement: primary.minImprovement };
  const candidateValue = candidate[primary.metric];
  const championValue = champion.metrics[primary.metric];
  if (typeof candidateValue !== "number" || typeof championValue !== "number") {
    const who = typeof candidateValue !== "number" ? "the candidate" : "the champion";
    return { ...base, candidate: candidateValue ?? null, champion: championValue ?? null, improvement: null, verdict: "missing", reason: `${who} has no metric '${primary.metric}'` };
  }
  const improvement = direction === "higher" ? candidateValue - championValue : championValue - candidateValue;
  const improved = improvement > 0 && !near(candidateValue, championValue) && (improvement >= primary.minImprovement || near(improvement, primary.minImprovement));
  return { ...base, candidate: candidateValue, champion: championValue, improvement, verdict: improved ? "improved" : "not-improved" };
}

/**
 * pass: every rule holds and, with a champion and a primary metric, the candidate improves it by at least the minimum;
 * no-improvement: the rules hold without that gain; fail: a rule fails (a missing metric fails it), or there is no champion
 * and a missing champion was set to fail.
 */
export function decideGate(settings: GateSettings): GateReport {
  const comparison = settings.comparison;
  const champion = comparison && "champion" in comparison ? comparison.champion : undefined;
  const rules = settings.rules.map((rule) => evaluateRule(rule, settings.candidate, champion?.metrics));
  const failed = rules.filter((rule) => rule.verdict === "fail");
  const primary = champion && settings.primary ? primaryOutcome(settings.primary, settings.candidate, champion) : undefined;
  const base = { candidate: { metrics: settings.candidate }, champion: champion ?? null, rules, ...(primary ? { primary } : {}) };
  const missing = comparison && "missing" in comparison ? { reason: comparison.missing, onMissing: comparison.onMissing } : undefined;

  if (failed.length > 0) {
    return { ...base, ...(missing ? { missingChampion: missing } : {}), result: "fail", summary: `${failed.length} of ${rules.length} rules failed: ${failed.map((rule) => rule.rule).join("; ")}` };
  }
  if (missing) {
    const result = missing.onMissing === "fail" ? "fail" : "pass";
    return { ...base, missingChampion: missing, result, summary: `no champion (${missing.reason}); a missing champion is set to ${missing.onMissing}` };
  }
  if (primary?.verdict === "missing") return { ...base, result: "fail", summary: `primary metric: ${primary.reason}` };
  if (primary?.verdict === "not-improved") {
    const needed = primary.minImprovement > 0 ? ` (needed ${primary.minImprovement})` : "";
    return { ...base, result: "no-improvement", summary: `the rules hold but ${primary.metric} improves by ${formatNumber(primary.improvement!)}${needed} over the champion` };
  }
  const gain = primary ? `; ${primary.metric} improves by ${formatNumber(primary.improvement!)}` : "";
  return { ...base, result: "pass", summary: `${rules.length === 1 ? "the rule holds" : `all ${rules.length} rules hold`}${gain}` };
}
