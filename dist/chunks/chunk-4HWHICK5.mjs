import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  escapeMarkdown,
  formatNumber,
  table
} from "./chunk-3P5YZ26R.mjs";
import {
  _enum,
  array,
  nullable,
  number,
  object,
  record,
  string
} from "./chunk-PQRR4E6D.mjs";

// shared/gate/report.ts
var metricsSchema = record(string(), number()), METRICS_ACCEPTS = 'a JSON object of numbers, e.g. {"accuracy": 0.91}', gateReportSchema = object({
  result: _enum(["pass", "no-improvement", "fail"]),
  candidate: object({ metrics: metricsSchema }),
  rules: array(
    object({
      rule: string(),
      comparator: string(),
      candidate: nullable(number()),
      champion: nullable(number()),
      threshold: nullable(number()),
      verdict: _enum(["pass", "fail", "skipped"])
    })
  ),
  champion: nullable(object({ model: string(), version: string() }))
}), cell = (value) => value === null ? "\u2014" : formatNumber(value), VERDICT = { pass: "\u2705 pass", fail: "\u274C fail", skipped: "\u2796 skipped" };
function gateMarkdown(report) {
  let champion = report.champion ? `**Champion:** ${escapeMarkdown(`${report.champion.model}:${report.champion.version}`)} \u2014 ${escapeMarkdown(report.champion.chosenBy)}; metrics from ${escapeMarkdown(report.champion.metricsFrom)}` : report.missingChampion ? `**Champion:** none \u2014 ${escapeMarkdown(report.missingChampion.reason)}; a missing champion is set to **${report.missingChampion.onMissing}**` : "**Champion:** not compared (absolute rules only)", rows = report.rules.map((rule) => [
    `\`${rule.rule.replace(/`/g, "'")}\``,
    cell(rule.candidate),
    cell(rule.champion),
    cell(rule.threshold),
    `${VERDICT[rule.verdict]}${rule.reason && rule.verdict !== "pass" ? ` \u2014 ${escapeMarkdown(rule.reason)}` : ""}`
  ]), rules = rows.length > 0 ? table(["rule", "candidate", "champion", "threshold", "verdict"], rows) : "_No rules were given._", primary = report.primary ? `

**Primary metric** ${escapeMarkdown(report.primary.metric)} (${report.primary.direction} is better): candidate ${cell(report.primary.candidate)}, champion ${cell(report.primary.champion)}, improvement ${cell(report.primary.improvement)} (minimum ${formatNumber(report.primary.minImprovement)}) \u2014 ${report.primary.reason ? escapeMarkdown(report.primary.reason) : report.primary.verdict}` : "";
  return `**Result: ${report.result}** \u2014 ${escapeMarkdown(report.summary)}

${champion}

${rules}${primary}`;
}
function compactRules(rules) {
  return rules.map((rule) => `${rule.verdict}: ${rule.rule} (${cell(rule.candidate)} vs ${cell(rule.threshold)})`).join(`
`);
}

export {
  metricsSchema,
  METRICS_ACCEPTS,
  gateReportSchema,
  gateMarkdown,
  compactRules
};
