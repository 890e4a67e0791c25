import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  gateMarkdown
} from "./chunk-4HWHICK5.mjs";
import {
  publishEvent
} from "./chunk-JK2ABFYH.mjs";
import "./chunk-7KSXO4OZ.mjs";
import {
  createEvent
} from "./chunk-46YEMDDU.mjs";
import {
  formatNumber
} from "./chunk-3P5YZ26R.mjs";
import {
  withInputNames
} from "./chunk-ERGP5LOC.mjs";
import "./chunk-PQRR4E6D.mjs";
import "./chunk-YEJH5X6S.mjs";
import "./chunk-U4WN3ET4.mjs";
import {
  ConfigurationError,
  SettingError
} from "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/gate/rule-syntax.ts
var COMPARATORS = [">=", ">", "<=", "<", "=="], CHAMPION_PREFIX = "champion.", NAME_START = /[A-Za-z_]/, NAME_PART = /[A-Za-z0-9_.]/, RuleSyntaxError = class extends SettingError {
  constructor(line, column, message) {
    super("rules", `line ${line}, column ${column}: ${message}`);
  }
};
function describe(token) {
  return token.kind === "end" ? "the end of the line" : `'${token.text}'`;
}
function tokenize(source, line) {
  let tokens = [], fail = (index, message) => {
    throw new RuleSyntaxError(line, index + 1, message);
  }, i = 0;
  for (; i < source.length; ) {
    let char = source[i];
    if (char === " " || char === "	") {
      i++;
      continue;
    }
    let start = i;
    if (/[0-9.]/.test(char)) {
      let match = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(source.slice(i));
      match || fail(i, `expected a number, got '${char}'`), i += match[0].length, i < source.length && NAME_PART.test(source[i]) && fail(i, `expected an operator after the number ${match[0]}, got '${source[i]}'`), tokens.push({ kind: "number", value: Number(match[0]), column: start + 1, text: match[0] });
      continue;
    }
    if (NAME_START.test(char) || char === "`") {
      let { name, end } = readName(source, i, line);
      i = end;
      let text = source.slice(start, end);
      if (name === "champion" && fail(start, "expected a metric after 'champion.', e.g. champion.accuracy"), char !== "`" && name.startsWith(CHAMPION_PREFIX)) {
        let metric = name.slice(CHAMPION_PREFIX.length);
        metric === "" && fail(end, "expected a metric name after 'champion.'"), tokens.push({ kind: "metric", owner: "champion", name: metric, column: start + 1, text });
      } else
        tokens.push({ kind: "metric", owner: "candidate", name, column: start + 1, text });
      continue;
    }
    if ("<>=!".includes(char)) {
      let run = /^[<>=!]+/.exec(source.slice(i))[0];
      COMPARATORS.includes(run) || fail(i, `unknown operator '${run}'; expected one of ${COMPARATORS.join(" ")}`), i += run.length, tokens.push({ kind: "comparator", value: run, column: start + 1, text: run });
      continue;
    }
    if ("+-*/()".includes(char)) {
      i++, tokens.push({ kind: "symbol", value: char, column: start + 1, text: char });
      continue;
    }
    fail(i, `unexpected character '${char}'; expected a metric, a number, an operator (${COMPARATORS.join(" ")} + - * /) or parentheses`);
  }
  return tokens.push({ kind: "end", column: source.length + 1, text: "" }), tokens;
}
function readName(source, start, line) {
  let i = start, name = "";
  for (; i < source.length && (NAME_PART.test(source[i]) || source[i] === "`" && (i === start || source[i - 1] === ".")); ) {
    if (source[i] === "`") {
      let close = source.indexOf("`", i + 1);
      if (close < 0) throw new RuleSyntaxError(line, i + 1, "expected a closing '`' for the quoted metric name");
      if (close === i + 1) throw new RuleSyntaxError(line, i + 1, "expected a metric name between the quotes");
      name += source.slice(i + 1, close), i = close + 1;
      break;
    }
    name += source[i], i++;
  }
  if (name.endsWith(".") && source[start] !== "`" && name !== CHAMPION_PREFIX) throw new RuleSyntaxError(line, i + 1, `expected a metric name after '${name}'`);
  return { name, end: i };
}
var Parser = class {
  constructor(tokens, line) {
    this.tokens = tokens;
    this.line = line;
  }
  tokens;
  line;
  position = 0;
  rule(text) {
    let left = this.expression(), comparator = this.peek();
    comparator.kind !== "comparator" && this.fail(comparator, `expected a comparison (${COMPARATORS.join(" ")})`), this.position++;
    let right = this.expression(), end = this.peek();
    return end.kind === "comparator" && this.fail(end, "expected one comparison per rule; write a second rule on its own line"), end.kind !== "end" && this.fail(end, "expected an operator (+ - * /) or the end of the rule"), { text, line: this.line, left, comparator: comparator.value, right };
  }
  expression() {
    return this.leftAssociative(["+", "-"], () => this.term());
  }
  term() {
    return this.leftAssociative(["*", "/"], () => this.factor());
  }
  leftAssociative(operators, operand) {
    let left = operand();
    for (let token = this.peek(); token.kind === "symbol" && operators.includes(token.value); token = this.peek())
      this.position++, left = { kind: "binary", operator: token.value, left, right: operand() };
    return left;
  }
  factor() {
    let token = this.peek();
    if (this.position++, token.kind === "number") return { kind: "number", value: token.value };
    if (token.kind === "metric") return { kind: "metric", owner: token.owner, name: token.name };
    if (token.kind === "symbol" && token.value === "-") return { kind: "negate", operand: this.factor() };
    if (token.kind === "symbol" && token.value === "(") {
      let inner = this.expression(), close = this.peek();
      return (close.kind !== "symbol" || close.value !== ")") && this.fail(close, "expected ')'"), this.position++, inner;
    }
    return this.fail(token, "expected a metric, a number or '('");
  }
  peek() {
    return this.tokens[this.position];
  }
  fail(token, expected) {
    throw new RuleSyntaxError(this.line, token.column, `${expected}, got ${describe(token)}`);
  }
};
function withoutComment(line) {
  let quoted = !1;
  for (let i = 0; i < line.length; i++)
    if (line[i] === "`") quoted = !quoted;
    else if (line[i] === "#" && !quoted) return line.slice(0, i);
  return line;
}
function parseRules(text) {
  let rules = [];
  return text.split(/\r?\n/).forEach((raw, index) => {
    let source = withoutComment(raw).replace(/\s+$/, "");
    if (source.trim() === "") return;
    let line = index + 1;
    rules.push(new Parser(tokenize(source, line), line).rule(source.trim()));
  }), rules;
}
function metricsOf(expression, owner) {
  switch (expression.kind) {
    case "number":
      return [];
    case "metric":
      return owner === void 0 || expression.owner === owner ? [expression.name] : [];
    case "negate":
      return metricsOf(expression.operand, owner);
    case "binary":
      return [...metricsOf(expression.left, owner), ...metricsOf(expression.right, owner)];
  }
}

// shared/gate/evaluate-rule.ts
function evaluate(expression, candidate, champion) {
  switch (expression.kind) {
    case "number":
      return { value: expression.value };
    case "metric": {
      let value = (expression.owner === "champion" ? champion : candidate)?.[expression.name];
      return typeof value == "number" ? { value } : { missing: `${expression.owner === "champion" ? "the champion" : "the candidate"} has no metric '${expression.name}'` };
    }
    case "negate": {
      let operand = evaluate(expression.operand, candidate, champion);
      return "value" in operand ? { value: -operand.value } : operand;
    }
    case "binary": {
      let left = evaluate(expression.left, candidate, champion);
      if (!("value" in left)) return left;
      let right = evaluate(expression.right, candidate, champion);
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
function near(a, b) {
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}
function compare(left, comparator, right) {
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
var valueOf = (evaluated) => "value" in evaluated ? evaluated.value : null;
function evaluateRule(rule, candidate, champion) {
  let candidateOnRight = metricsOf(rule.left, "candidate").length === 0 && metricsOf(rule.right, "candidate").length > 0, [candidateSide, thresholdSide] = candidateOnRight ? [rule.right, rule.left] : [rule.left, rule.right], championMetric = [...metricsOf(rule.left, "champion"), ...metricsOf(rule.right, "champion")][0], left = evaluate(rule.left, candidate, champion), right = evaluate(rule.right, candidate, champion), outcome = {
    rule: rule.text,
    line: rule.line,
    comparator: rule.comparator,
    candidate: valueOf(evaluate(candidateSide, candidate, champion)),
    champion: championMetric !== void 0 && typeof champion?.[championMetric] == "number" ? champion[championMetric] : null,
    threshold: valueOf(evaluate(thresholdSide, candidate, champion)),
    verdict: "fail"
  };
  if (championMetric !== void 0 && champion === void 0) return { ...outcome, verdict: "skipped", reason: "there is no champion" };
  let missing = "value" in left ? "value" in right ? void 0 : right.missing : left.missing;
  if (missing) return { ...outcome, reason: missing };
  let [a, b] = [left.value, right.value];
  return !Number.isFinite(a) || !Number.isFinite(b) ? { ...outcome, reason: "the rule does not give a finite number (a division by zero?)" } : compare(a, rule.comparator, b) ? { ...outcome, verdict: "pass" } : { ...outcome, reason: `${a} ${rule.comparator} ${b} does not hold` };
}

// shared/gate/decide.ts
var LOWER_IS_BETTER = /* @__PURE__ */ new Set(["loss", "error", "err", "rmse", "mae", "mse", "mape", "smape", "msle", "latency", "duration", "time", "seconds", "ms", "perplexity", "cost", "deviance", "brier", "fpr", "fnr"]);
function directionOf(metric) {
  let last = (metric.split(".").at(-1) ?? metric).toLowerCase();
  return last.split(/[^a-z0-9]+/).some((word) => LOWER_IS_BETTER.has(word)) || /(loss|error)$/.test(last) ? "lower" : "higher";
}
function primaryOutcome(primary, candidate, champion) {
  let direction = primary.direction ?? directionOf(primary.metric), base = { metric: primary.metric, direction, minImprovement: primary.minImprovement }, candidateValue = candidate[primary.metric], championValue = champion.metrics[primary.metric];
  if (typeof candidateValue != "number" || typeof championValue != "number")
    return { ...base, candidate: candidateValue ?? null, champion: championValue ?? null, improvement: null, verdict: "missing", reason: `${typeof candidateValue != "number" ? "the candidate" : "the champion"} has no metric '${primary.metric}'` };
  let improvement = direction === "higher" ? candidateValue - championValue : championValue - candidateValue, improved = improvement > 0 && !near(candidateValue, championValue) && (improvement >= primary.minImprovement || near(improvement, primary.minImprovement));
  return { ...base, candidate: candidateValue, champion: championValue, improvement, verdict: improved ? "improved" : "not-improved" };
}
function decideGate(settings) {
  let comparison = settings.comparison, champion = comparison && "champion" in comparison ? comparison.champion : void 0, rules = settings.rules.map((rule) => evaluateRule(rule, settings.candidate, champion?.metrics)), failed = rules.filter((rule) => rule.verdict === "fail"), primary = champion && settings.primary ? primaryOutcome(settings.primary, settings.candidate, champion) : void 0, base = { candidate: { metrics: settings.candidate }, champion: champion ?? null, rules, ...primary ? { primary } : {} }, missing = comparison && "missing" in comparison ? { reason: comparison.missing, onMissing: comparison.onMissing } : void 0;
  if (failed.length > 0)
    return { ...base, ...missing ? { missingChampion: missing } : {}, result: "fail", summary: `${failed.length} of ${rules.length} rules failed: ${failed.map((rule) => rule.rule).join("; ")}` };
  if (missing) {
    let result = missing.onMissing === "fail" ? "fail" : "pass";
    return { ...base, missingChampion: missing, result, summary: `no champion (${missing.reason}); a missing champion is set to ${missing.onMissing}` };
  }
  if (primary?.verdict === "missing") return { ...base, result: "fail", summary: `primary metric: ${primary.reason}` };
  if (primary?.verdict === "not-improved") {
    let needed = primary.minImprovement > 0 ? ` (needed ${primary.minImprovement})` : "";
    return { ...base, result: "no-improvement", summary: `the rules hold but ${primary.metric} improves by ${formatNumber(primary.improvement)}${needed} over the champion` };
  }
  let gain = primary ? `; ${primary.metric} improves by ${formatNumber(primary.improvement)}` : "";
  return { ...base, result: "pass", summary: `${rules.length === 1 ? "the rule holds" : `all ${rules.length} rules hold`}${gain}` };
}

// shared/steps/evaluate-gate-run.ts
var SETTING_INPUTS = {
  rules: "rules",
  jobName: "job-name",
  metricsStep: "metrics-step",
  endpointName: "endpoint-name",
  modelName: "model-name",
  championVersion: "champion-version"
}, RESULTS = ["pass", "no-improvement", "fail"];
async function runEvaluateGate(inputs, host, services) {
  let label = (name) => host.inputLabel(name);
  if (inputs.metrics && inputs["job-name"]) throw new ConfigurationError(`Set either input '${label("metrics")}' or '${label("job-name")}', not both.`);
  if (!inputs.metrics && !inputs["job-name"])
    throw new ConfigurationError(`Input '${label("metrics")}' is required unless '${label("job-name")}' is set: expected a JSON object of numbers, e.g. {"accuracy": 0.91}.`);
  let rules = await withInputNames(host, SETTING_INPUTS, async () => parseRules(inputs.rules ?? "")), failOn = parseFailOn(inputs["fail-on"] ?? "fail", host), champion = championSettings(inputs, rules, host);
  rules.length === 0 && !inputs["primary-metric"] && host.warning(`No rules and no '${label("primary-metric")}' were given: the gate passes any candidate.`);
  let workspace = inputs["job-name"] !== void 0 || champion !== void 0 ? await services.connect(inputs, host) : void 0, candidate = inputs.metrics ?? await withInputNames(host, SETTING_INPUTS, () => workspace.jobMetrics(inputs["job-name"], inputs["metrics-step"])), lookup = champion ? await withInputNames(host, SETTING_INPUTS, () => workspace.findChampion(champion)) : void 0, report = decideGate({
    rules,
    candidate,
    comparison: lookup && ("champion" in lookup ? lookup : { missing: lookup.missing, onMissing: inputs["on-missing-champion"] }),
    primary: inputs["primary-metric"] ? { metric: inputs["primary-metric"], direction: inputs["primary-direction"], minImprovement: inputs["min-improvement"] } : void 0
  }), failing = failOn.has(report.result);
  printReport(report, host), host.setOutput("result", report.result), host.setOutput("passed", String(report.result === "pass")), host.setOutput("report", JSON.stringify(report));
  let dryRun = inputs["dry-run"], outcome = dryRun ? "planned" : report.result === "pass" ? "succeeded" : failing ? "failed" : "warning", event = createEvent("evaluate-gate", host.context, {
    outcome,
    headline: `${dryRun ? "dry run: " : ""}${report.result} \u2014 ${report.summary}`,
    subject: {
      candidate: inputs["job-name"] ? `job ${inputs["job-name"]}` : "metrics input",
      ...report.champion ? { champion: `${report.champion.model}:${report.champion.version}` } : {}
    },
    evidence: { gate: report }
  });
  if (await publishEvent(host, event, gateMarkdown(report), inputs["webhook-url"]), dryRun) {
    host.info(`Dry run: the gate only reads; its result (${report.result}) does not fail the step.`);
    return;
  }
  if (failing) throw new ConfigurationError(`The gate's result is ${report.result}: ${report.summary}.`);
  report.result !== "pass" && host.warning(`The gate's result is ${report.result}: ${report.summary}.`);
}
function parseFailOn(value, host) {
  let entries = value.split(/[,\s]+/).filter(Boolean);
  if (entries.length === 1 && entries[0] === "none") return /* @__PURE__ */ new Set();
  if (entries.find((entry) => !RESULTS.includes(entry)) !== void 0 || entries.length === 0)
    throw new ConfigurationError(`Input '${host.inputLabel("fail-on")}' must be a comma-separated list of ${RESULTS.filter((r) => r !== "pass").join(", ")}, or none, got '${value}'.`);
  return new Set(entries);
}
function championSettings(inputs, rules, host) {
  let label = (name) => host.inputLabel(name), metricsStep = inputs["metrics-step"];
  switch (inputs["compare-to"]) {
    case "none": {
      let reading = rules.find((rule) => metricsOf(rule.left, "champion").length + metricsOf(rule.right, "champion").length > 0);
      if (reading)
        throw new ConfigurationError(`Input '${label("rules")}': line ${reading.line} reads the champion ('${reading.text}') but '${label("compare-to")}' is none.`);
      return;
    }
    case "version": {
      if (!inputs["model-name"]) throw new ConfigurationError(`Input '${label("model-name")}' is required with '${label("compare-to")}: version': expected a registered model name.`);
      let version = (inputs["champion-version"] ?? "latest").replace(/^@/, "");
      return { kind: "version", modelName: inputs["model-name"], version, metricsStep };
    }
    default:
      if (!inputs["endpoint-name"]) throw new ConfigurationError(`Input '${label("endpoint-name")}' is required with '${label("compare-to")}: champion': expected an online endpoint name.`);
      return { kind: "endpoint", endpointName: inputs["endpoint-name"], metricsStep };
  }
}
function printReport(report, host) {
  report.champion && host.untrusted(`Champion ${report.champion.model}:${report.champion.version}, ${report.champion.chosenBy}; metrics from ${report.champion.metricsFrom}.`), report.missingChampion && host.untrusted(`No champion: ${report.missingChampion.reason}; a missing champion is set to ${report.missingChampion.onMissing}.`);
  for (let rule of report.rules) {
    let values = `candidate ${shown(rule.candidate)}, champion ${shown(rule.champion)}, threshold ${shown(rule.threshold)}`;
    host.untrusted(`${rule.verdict.toUpperCase().padEnd(7)} line ${rule.line}: ${rule.rule} (${values})${rule.reason && rule.verdict !== "pass" ? ` \u2014 ${rule.reason}` : ""}`);
  }
  if (report.primary) {
    let primary = report.primary;
    host.untrusted(`Primary metric ${primary.metric} (${primary.direction} is better): candidate ${shown(primary.candidate)}, champion ${shown(primary.champion)}, improvement ${shown(primary.improvement)} (minimum ${shown(primary.minImprovement)}).`);
  }
  host.info(`Gate result: ${report.result} \u2014 ${report.summary}`);
}
function shown(value) {
  return value == null ? "\u2014" : formatNumber(value);
}
export {
  runEvaluateGate
};
