import { codeBlock, escapeMarkdown, formatNumber, table } from "../core/markdown";

export function metricsTable(metrics: Record<string, number>): string {
  const rows = Object.entries(metrics)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => [escapeMarkdown(name), formatNumber(value)]);
  return rows.length > 0 ? table(["metric", "value"], rows) : "_The job logged no metrics._";
}

export function jobFacts(facts: { jobName: string; status: string; studioUrl: string; experiment?: string; modelUri?: string }): string {
  const rows = [
    ["job", `[${escapeMarkdown(facts.jobName)}](${encodeURI(facts.studioUrl)})`],
    ["status", escapeMarkdown(facts.status)],
    ...(facts.experiment ? [["experiment", escapeMarkdown(facts.experiment)]] : []),
    ...(facts.modelUri ? [["model output", `\`${facts.modelUri}\``]] : []),
  ];
  return table(["", ""], rows);
}

export function failureDetails(message: string | undefined, logTail: string[]): string {
  const error = message ? `**Error:** ${escapeMarkdown(message)}\n\n` : "";
  const logs = logTail.length > 0 ? `<details><summary>Last ${logTail.length} log lines</summary>\n\n${codeBlock(logTail.join("\n"))}\n\n</details>` : "_No log lines were written._";
  return `${error}${logs}`;
}
