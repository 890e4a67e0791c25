import * as z from "zod/mini";
import { escapeMarkdown, formatNumber, table } from "../core/markdown";
import type { GateReport } from "./decide";
import type { RuleOutcome } from "./evaluate-rule";

/** A JSON object of metric values, as the train step's `metrics` output gives it. */
export const metricsSchema = z.record(z.string(), z.number());
export const METRICS_ACCEPTS = 'a JSON object of numbers, e.g. {"accuracy": 0.91}';

/** What the register step reads back from a gate report: the verdict, its rules and the candidate's metrics. */
export const gateReportSchema = z.object({
  result: z.enum(["pass", "no-improvement", "fail"]),
  candidate: z.object({ metrics: metricsSchema }),
  rules: z.array(
    z.object({
      rule: z.string(),
      comparator: z.string(),
      candidate: z.nullable(z.number()),
      champion: z.nullable(z.number()),
      threshold: z.nullable(z.number()),
      verdict: z.enum(["pass", "fail", "skipped"]),
    }),
  ),
  champion: z.nullable(z.object({ model: z.string(), version: z.string() })),
});
export type StoredGateReport = z.infer<typeof gateReportSchema>;

const cell = (value: number | null) => (value === null ? "—" : formatNumber(value));
const VERDICT: Record<RuleOutcome["verdict"], string> = { pass: "✅ pass", fail: "❌ fail", skipped: "➖ skipped" };

/** The rule table of the summary and the governance note. */
export function gateMarkdown(report: GateReport): string {
  const champion = report.champion
    ? `**Champion:** ${escapeMarkdown(`${report.champion.model}:${report.champion.version}`)} — ${escapeMarkdown(report.champion.chosenBy)}; metrics from ${escapeMarkdown(report.champion.metricsFrom)}`
    : report.missingChampion
      ? `**Champion:** none — ${escapeMarkdown(report.missingChampion.reason)}; a missing champion is set to **${report.missingChampion.onMissing}**`
      : "**Champion:** not compared (absolute rules only)";
  const rows = report.rules.map((rule) => [
    `\`${rule.rule.replace(/`/g, "'")}\``,
    cell(rule.candidate),
    cell(rule.champion),
    cell(rule.threshold),
    `${VERDICT[rule.verdict]}${rule.reason && rule.verdict !== "pass" ? ` — ${escapeMarkdown(rule.reason)}` : ""}`,
  ]);
  const rules = rows.length > 0 ? table(["rule", "candidate", "champion", "threshold", "verdict"], rows) : "_No rules were given._";
  const primary = report.primary
    ? `\n\n**Primary metric** ${escapeMarkdown(report.primary.metric)} (${report.primary.direction} is better): candidate ${cell(report.primary.candidate)}, champion ${cell(report.primary.champion)}, ` +
      `improvement ${cell(report.primary.improvement)} (minimum ${formatNumber(report.primary.minImprovement)}) — ${report.primary.reason ? escapeMarkdown(report.primary.reason) : report.primary.verdict}`
    : "";
  return `**Result: ${report.result}** — ${escapeMarkdown(report.summary)}\n\n${champion}\n\n${rules}${primary}`;
}

/** One line per rule, for a model property: `pass: auc >= champion.auc - 0.005 (0.93 vs 0.915)`. */
export function compactRules(rules: StoredGateReport["rules"]): string {
  return rules.map((rule) => `${rule.verdict}: ${rule.rule} (${cell(rule.candidate)} vs ${cell(rule.threshold)})`).join("\n");
}
