import { SettingError } from "../core/errors";

/**
 * Gate rules, one per line:
 *
 *   rule       := expression comparator expression
 *   comparator := ">=" | ">" | "<=" | "<" | "=="
 *   expression := term (("+" | "-") term)*
 *   term       := factor (("*" | "/") factor)*
 *   factor     := "-" factor | number | metric | "(" expression ")"
 *   metric     := name | "`" any text but "`" "`"        (a candidate metric; names may contain dots)
 *               | "champion." name | "champion.`" … "`"   (the same metric of the champion)
 *
 * `#` starts a comment. A syntax error names the line and column and what was expected.
 */

export const COMPARATORS = [">=", ">", "<=", "<", "=="] as const;
export type Comparator = (typeof COMPARATORS)[number];
export type Arithmetic = "+" | "-" | "*" | "/";
export type MetricOwner = "candidate" | "champion";

export type Expression =
  | { kind: "number"; value: number }
  | { kind: "metric"; owner: MetricOwner; name: string }
  | { kind: "negate"; operand: Expression }
  | { kind: "binary"; operator: Arithmetic; left: Expression; right: Expression };

export interface Rule {
  /** The rule as written, without comment or surrounding blanks. */
  text: string;
  /** 1-based line of the input. */
  line: number;
  left: Expression;
  comparator: Comparator;
  right: Expression;
}

const CHAMPION_PREFIX = "champion.";
const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_.]/;

type Token =
  | { kind: "number"; value: number; column: number; text: string }
  | { kind: "metric"; owner: MetricOwner; name: string; column: number; text: string }
  | { kind: "comparator"; value: Comparator; column: number; text: string }
  | { kind: "symbol"; value: Arithmetic | "(" | ")"; column: number; text: string }
  | { kind: "end"; column: number; text: string };

export class RuleSyntaxError extends SettingError {
  constructor(line: number, column: number, message: string) {
    super("rules", `line ${line}, column ${column}: ${message}`);
  }
}

function describe(token: Token): string {
  return token.kind === "end" ? "the end of the line" : `'${token.text}'`;
}

function tokenize(source: string, line: number): Token[] {
  const tokens: Token[] = [];
  const fail = (index: number, message: string): never => {
    throw new RuleSyntaxError(line, index + 1, message);
  };
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (char === " " || char === "\t") {
      i++;
      continue;
    }
    const start = i;
    if (/[0-9.]/.test(char)) {
      const match = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(source.slice(i));
      if (!match) fail(i, `expected a number, got '${char}'`);
      i += match![0].length;
      if (i < source.length && NAME_PART.test(source[i])) fail(i, `expected an operator after the number ${match![0]}, got '${source[i]}'`);
      tokens.push({ kind: "number", value: Number(match![0]), column: start + 1, text: match![0] });
      continue;
    }
    if (NAME_START.test(char) || char === "`") {
      const { name, end } = readName(source, i, line);
      i = end;
      const text = source.slice(start, end);
      if (name === "champion") fail(start, "expected a metric after 'champion.', e.g. champion.accuracy");
      if (char !== "`" && name.startsWith(CHAMPION_PREFIX)) {
        const metric = name.slice(CHAMPION_PREFIX.length);
        if (metric === "") fail(end, "expected a metric name after 'champion.'");
        tokens.push({ kind: "metric", owner: "champion", name: metric, column: start + 1, text });
      } else {
        tokens.push({ kind: "metric", owner: "candidate", name, column: start + 1, text });
      }
      continue;
    }
    if ("<>=!".includes(char)) {
      const run = /^[<>=!]+/.exec(source.slice(i))![0];
      if (!(COMPARATORS as readonly string[]).includes(run)) fail(i, `unknown operator '${run}'; expected one of ${COMPARATORS.join(" ")}`);
      i += run.length;
      tokens.push({ kind: "comparator", value: run as Comparator, column: start + 1, text: run });
      continue;
    }
    if ("+-*/()".includes(char)) {
      i++;
      tokens.push({ kind: "symbol", value: char as Arithmetic | "(" | ")", column: start + 1, text: char });
      continue;
    }
    fail(i, `unexpected character '${char}'; expected a metric, a number, an operator (${COMPARATORS.join(" ")} + - * /) or parentheses`);
  }
  tokens.push({ kind: "end", column: source.length + 1, text: "" });
  return tokens;
}

/** `accuracy`, `train.accuracy`, `` `val/loss` ``, `` champion.`val/loss` ``. */
function readName(source: string, start: number, line: number): { name: string; end: number } {
  let i = start;
  let name = "";
  while (i < source.length && (NAME_PART.test(source[i]) || (source[i] === "`" && (i === start || source[i - 1] === ".")))) {
    if (source[i] === "`") {
      const close = source.indexOf("`", i + 1);
      if (close < 0) throw new RuleSyntaxError(line, i + 1, "expected a closing '`' for the quoted metric name");
      if (close === i + 1) throw new RuleSyntaxError(line, i + 1, "expected a metric name between the quotes");
      name += source.slice(i + 1, close);
      i = close + 1;
      break;
    }
    name += source[i];
    i++;
  }
  if (name.endsWith(".") && source[start] !== "`" && name !== CHAMPION_PREFIX) throw new RuleSyntaxError(line, i + 1, `expected a metric name after '${name}'`);
  return { name, end: i };
}

class Parser {
  private position = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly line: number,
  ) {}

  rule(text: string): Rule {
    const left = this.expression();
    const comparator = this.peek();
    if (comparator.kind !== "comparator") this.fail(comparator, `expected a comparison (${COMPARATORS.join(" ")})`);
    this.position++;
    const right = this.expression();
    const end = this.peek();
    if (end.kind === "comparator") this.fail(end, "expected one comparison per rule; write a second rule on its own line");
    if (end.kind !== "end") this.fail(end, "expected an operator (+ - * /) or the end of the rule");
    return { text, line: this.line, left, comparator: (comparator as { value: Comparator }).value, right };
  }

  private expression(): Expression {
    return this.leftAssociative(["+", "-"], () => this.term());
  }

  private term(): Expression {
    return this.leftAssociative(["*", "/"], () => this.factor());
  }

  private leftAssociative(operators: Arithmetic[], operand: () => Expression): Expression {
    let left = operand();
    for (let token = this.peek(); token.kind === "symbol" && (operators as string[]).includes(token.value); token = this.peek()) {
      this.position++;
      left = { kind: "binary", operator: token.value as Arithmetic, left, right: operand() };
    }
    return left;
  }

  private factor(): Expression {
    const token = this.peek();
    this.position++;
    if (token.kind === "number") return { kind: "number", value: token.value };
    if (token.kind === "metric") return { kind: "metric", owner: token.owner, name: token.name };
    if (token.kind === "symbol" && token.value === "-") return { kind: "negate", operand: this.factor() };
    if (token.kind === "symbol" && token.value === "(") {
      const inner = this.expression();
      const close = this.peek();
      if (close.kind !== "symbol" || close.value !== ")") this.fail(close, "expected ')'");
      this.position++;
      return inner;
    }
    return this.fail(token, "expected a metric, a number or '('");
  }

  private peek(): Token {
    return this.tokens[this.position];
  }

  private fail(token: Token, expected: string): never {
    throw new RuleSyntaxError(this.line, token.column, `${expected}, got ${describe(token)}`);
  }
}

/** Everything before a `#` that is not inside a quoted name. */
function withoutComment(line: string): string {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === "`") quoted = !quoted;
    else if (line[i] === "#" && !quoted) return line.slice(0, i);
  }
  return line;
}

/** Parses the rules text; blank and comment lines are skipped but counted, so errors name the line the user sees. */
export function parseRules(text: string): Rule[] {
  const rules: Rule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const source = withoutComment(raw).replace(/\s+$/, "");
    if (source.trim() === "") return;
    const line = index + 1;
    rules.push(new Parser(tokenize(source, line), line).rule(source.trim()));
  });
  return rules;
}

/** Metrics a rule reads, by owner, in the order written. */
export function metricsOf(expression: Expression, owner?: MetricOwner): string[] {
  switch (expression.kind) {
    case "number":
      return [];
    case "metric":
      return owner === undefined || expression.owner === owner ? [expression.name] : [];
    case "negate":
      return metricsOf(expression.operand, owner);
    case "binary":
      return [...metricsOf(expression.left, owner), ...metricsOf(expression.right, owner)];
  }
}
