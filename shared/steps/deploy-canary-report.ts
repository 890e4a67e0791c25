import { codeBlock, escapeMarkdown, table } from "../core/markdown";
import type { RolloutReport, StageRecord } from "../rollout/rollout";
import { formatTraffic } from "../rollout/traffic";

/** The stages with their analysis figures, as markdown. */
export function stagesTable(stages: StageRecord[]): string {
  if (stages.length === 0) return "_No traffic was moved._";
  const rows = stages.map((stage) => {
    const analysis = stage.analysis;
    const figure = (name: string) => analysis?.checks.find((check) => check.name === name)?.value ?? "–";
    const verdict = !analysis ? "not analysed" : analysis.failed ? `failed: ${analysis.failed.name}` : "passed";
    return [stage.label, formatTraffic(stage.traffic), formatTraffic(stage.mirror), figure("requests"), figure("success-rate"), figure("latency-p99"), verdict].map(escapeMarkdown);
  });
  return table(["step", "traffic", "mirror", "requests", "success rate", "P99 latency", "analysis"], rows);
}

export function rolloutMarkdown(facts: { endpoint: string; deployment: string; model: string }, report: RolloutReport): string {
  const lines = [
    table(["", ""], [
      ["endpoint", escapeMarkdown(facts.endpoint)],
      ["deployment", escapeMarkdown(facts.deployment)],
      ["model", escapeMarkdown(facts.model)],
      ["result", escapeMarkdown(report.result)],
      ["traffic before", escapeMarkdown(formatTraffic(report.previousTraffic))],
      ["traffic after", escapeMarkdown(formatTraffic(report.traffic))],
    ]),
    "",
    stagesTable(report.stages),
  ];
  if (report.reason) lines.push("", `**Why:** ${escapeMarkdown(report.reason)}`);
  if (report.restoreError) lines.push("", `**The previous traffic could not be restored:** ${escapeMarkdown(report.restoreError)}`);
  if (report.deletedDeployments.length > 0) lines.push("", `Deleted deployments: ${report.deletedDeployments.map(escapeMarkdown).join(", ")}`);
  if (report.logs !== undefined) {
    lines.push("", `<details><summary>Logs of deployment ${escapeMarkdown(facts.deployment)}</summary>\n\n${codeBlock(report.logs || "(empty)")}\n\n</details>`);
  }
  return lines.join("\n");
}
