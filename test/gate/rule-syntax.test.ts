import { parseRules, RuleSyntaxError } from "../../shared/gate/rule-syntax";
import { evaluateRule } from "../../shared/gate/evaluate-rule";

function errorOf(text: string): string {
  try {
    parseRules(text);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleSyntaxError);
    expect((error as RuleSyntaxError).setting).toBe("rules");
    return (error as Error).message;
  }
  throw new Error(`no error for ${text}`);
}

const value = (rule: string, candidate: Record<string, number>, champion?: Record<string, number>) => evaluateRule(parseRules(rule)[0], candidate, champion);

describe("rule grammar", () => {
  it("parses every operator, counting blank and comment lines so line numbers are the user's", () => {
    const rules = parseRules("accuracy >= 0.90\n\n# baseline\nauc >= champion.auc - 0.005  # small slack\nrmse <= champion.rmse * 1.02\nlatency_ms < 200\n(a + b) / 2 == 3\nx > -1");
    expect(rules.map((rule) => [rule.line, rule.text, rule.comparator])).toEqual([
      [1, "accuracy >= 0.90", ">="],
      [4, "auc >= champion.auc - 0.005", ">="],
      [5, "rmse <= champion.rmse * 1.02", "<="],
      [6, "latency_ms < 200", "<"],
      [7, "(a + b) / 2 == 3", "=="],
      [8, "x > -1", ">"],
    ]);
  });

  it("takes dotted metric names; champion. is the only reserved prefix; quoted names hold anything", () => {
    expect(value("train.accuracy >= champion.train.accuracy", { "train.accuracy": 0.9 }, { "train.accuracy": 0.8 })).toMatchObject({ verdict: "pass", candidate: 0.9, champion: 0.8, threshold: 0.8 });
    expect(value("`val/loss` < champion.`val/loss`", { "val/loss": 0.2 }, { "val/loss": 0.3 })).toMatchObject({ verdict: "pass" });
    expect(value("`champion.x` > 1", { "champion.x": 2 })).toMatchObject({ verdict: "pass" });
  });

  it("names the line, the column and what was expected", () => {
    expect(errorOf("accuracy >= 0.9\naccuracy => 0.9")).toBe("line 2, column 10: unknown operator '=>'; expected one of >= > <= < ==");
    expect(errorOf("a = 1")).toBe("line 1, column 3: unknown operator '='; expected one of >= > <= < ==");
    expect(errorOf("a != 1")).toBe("line 1, column 3: unknown operator '!='; expected one of >= > <= < ==");
    expect(errorOf("accuracy 0.9")).toBe("line 1, column 10: expected a comparison (>= > <= < ==), got '0.9'");
    expect(errorOf("accuracy >=")).toBe("line 1, column 12: expected a metric, a number or '(', got the end of the line");
    expect(errorOf("a >= (b + 1")).toBe("line 1, column 12: expected ')', got the end of the line");
    expect(errorOf("0.8 < a < 0.9")).toBe("line 1, column 9: expected one comparison per rule; write a second rule on its own line, got '<'");
    expect(errorOf("a >= 1 %")).toMatch(/^line 1, column 8: unexpected character '%'/);
    expect(errorOf("champion >= 1")).toBe("line 1, column 1: expected a metric after 'champion.', e.g. champion.accuracy");
    expect(errorOf("champion. >= 1")).toBe("line 1, column 10: expected a metric name after 'champion.'");
    expect(errorOf("a >= `b")).toBe("line 1, column 6: expected a closing '`' for the quoted metric name");
    expect(errorOf("a >= 2b")).toBe("line 1, column 7: expected an operator after the number 2, got 'b'");
    expect(errorOf("a >= 1 2")).toBe("line 1, column 8: expected an operator (+ - * /) or the end of the rule, got '2'");
  });
});

describe("rule evaluation", () => {
  it("applies precedence and parentheses", () => {
    expect(value("a == 1 + 2 * 3", { a: 7 })).toMatchObject({ verdict: "pass", threshold: 7 });
    expect(value("a == (1 + 2) * 3", { a: 9 })).toMatchObject({ verdict: "pass", threshold: 9 });
    expect(value("a == 8 / 4 / 2", { a: 1 })).toMatchObject({ verdict: "pass" });
    expect(value("a == 1 - 2 - 3", { a: -4 })).toMatchObject({ verdict: "pass" });
    expect(value("a == --2", { a: 2 })).toMatchObject({ verdict: "pass" });
  });

  it("evaluates champion arithmetic, with decimal rounding not deciding a tie", () => {
    expect(value("auc >= champion.auc - 0.005", { auc: 0.925 }, { auc: 0.93 })).toMatchObject({ verdict: "pass", candidate: 0.925, champion: 0.93 });
    expect(value("auc >= champion.auc - 0.005", { auc: 0.924 }, { auc: 0.93 })).toMatchObject({ verdict: "fail", reason: "0.924 >= 0.925 does not hold" });
    expect(value("rmse <= champion.rmse * 1.02", { rmse: 1.02 }, { rmse: 1 })).toMatchObject({ verdict: "pass", threshold: 1.02 });
    expect(value("rmse < champion.rmse * 1.02", { rmse: 1.02 }, { rmse: 1 })).toMatchObject({ verdict: "fail" });
    expect(value("a >= b + 0.2", { a: 0.3, b: 0.1 })).toMatchObject({ verdict: "pass" });
    expect(value("a == b + 0.2", { a: 0.3, b: 0.1 })).toMatchObject({ verdict: "pass" });
    expect(value("a > b + 0.2", { a: 0.3, b: 0.1 })).toMatchObject({ verdict: "fail" });
    expect(value("0.9 <= accuracy", { accuracy: 0.95 })).toMatchObject({ verdict: "pass", candidate: 0.95, threshold: 0.9 });
  });

  it("fails a rule whose metric is missing, saying whose; skips a champion rule without a champion", () => {
    expect(value("auc >= 0.9", { accuracy: 1 })).toMatchObject({ verdict: "fail", reason: "the candidate has no metric 'auc'", candidate: null });
    expect(value("auc >= champion.auc", { auc: 1 }, { accuracy: 1 })).toMatchObject({ verdict: "fail", reason: "the champion has no metric 'auc'", candidate: 1, champion: null });
    expect(value("auc >= champion.auc", { auc: 1 }, undefined)).toMatchObject({ verdict: "skipped", reason: "there is no champion" });
    expect(value("a / b > 1", { a: 1, b: 0 })).toMatchObject({ verdict: "fail", reason: expect.stringMatching(/finite/) });
  });
});
