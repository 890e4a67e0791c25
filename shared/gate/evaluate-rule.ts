import { metricsOf, type Comparator, type Expression, type Rule } from "./rule-syntax";

export type Metrics = Record<string, number>;

export interface RuleOutcome {
  rule: string;
  line: number;
  comparator: Comparator;
  /** Value of the side that reads the candidate's metrics (the left one when both or neither do). */
  candidate: number | null;
  /** The first champion metric the rule reads. */
  champion: number | null;
  /** Value of the other side: what the candidate is held against. */
  threshold: number | null;
  verdict: "pass" | "fail" | "skipped";
  reason?: string;
}

type Evaluated = { value: number } | { missing: string };

function evaluate(expression: Expression, candidate: Metrics, champion: Metrics | undefined): Evaluated {
  switch (expression.kind) {
    case "number":
      return { value: expression.value };
    case "metric": {
      const source = expression.owner === "champion" ? champion : candidate;
      const value = source?.[expression.name];
      if (typeof value === "number") return { value };
      return { missing: `${expression.owner === "champion" ? "the champion" : "the candidate"} has no metric '${expression.name}'` };
    }
    case "negate": {
      const operand = evaluate(expression.operand, candidate, champion);
      return "value" in operand ? { value: -operand.value } : operand;
    }
    case "binary": {
      const left = evaluate(expression.left, candidate, champion);
      if (!("value" in left)) return left;
      const right = evaluate(expression.right, candidate, champion);
      if (!("value" in right)) return right;
      switch (expression.operator) {
        case "+":
          return { value: left.value + right.value };
        case "-":
          return { value: left.value - right.value };
        case "*":
          return { value: left.value * right.value };
        case "/":
          return { value: left.value / right.value };
      }
    }
  }
}

/** Equal up to rounding of decimal arithmetic: 0.93 - 0.005 is 0.925 for a rule, whatever binary floating point says. */
export function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

function compare(left: number, comparator: Comparator, right: number): boolean {
  switch (comparator) {
    case ">=":
      return left > right || near(left, right);
    case ">":
      return left > right && !near(left, right);
    case "<=":
      return left < right || near(left, right);
    case "<":
      return left < right && !near(left, right);
    case "==":
      return near(left, right);
  }
}

const valueOf = (evaluated: Evaluated): number | null => ("value" in evaluated ? evaluated.value : null);

/**
 * Evaluates one rule. `champion` undefined means there is no champion: a rule that reads one is skipped.
 * A metric the candidate or the champion lacks, or a result that is not a finite number, fails the rule with that reason.
 */
export function evaluateRule(rule: Rule, candidate: Metrics, champion: Metrics | undefined): RuleOutcome {
  const candidateOnRight = metricsOf(rule.left, "candidate").length === 0 && metricsOf(rule.right, "candidate").length > 0;
  const [candidateSide, thresholdSide] = candidateOnRight ? [rule.right, rule.left] : [rule.left, rule.right];
  const championMetric = [...metricsOf(rule.left, "champion"), ...metricsOf(rule.right, "champion")][0];
  const left = evaluate(rule.left, candidate, champion);
  const right = evaluate(rule.right, candidate, champion);
  const outcome: RuleOutcome = {
    rule: rule.text,
    line: rule.line,
    comparator: rule.comparator,
    candidate: valueOf(evaluate(candidateSide, candidate, champion)),
    champion: championMetric !== undefined && typeof champion?.[championMetric] === "number" ? champion[championMetric] : null,
    threshold: valueOf(evaluate(thresholdSide, candidate, champion)),
    verdict: "fail",
  };
  if (championMetric !== undefined && champion === undefined) return { ...outcome, verdict: "skipped", reason: "there is no champion" };
  const missing = !("value" in left) ? left.missing : !("value" in right) ? right.missing : undefined;
  if (missing) return { ...outcome, reason: missing };
  const [a, b] = [(left as { value: number }).value, (right as { value: number }).value];
  if (!Number.isFinite(a) || !Number.isFinite(b)) return { ...outcome, reason: "the rule does not give a finite number (a division by zero?)" };
  return compare(a, rule.comparator, b) ? { ...outcome, verdict: "pass" } : { ...outcome, reason: `${a} ${rule.comparator} ${b} does not hold` };
}
