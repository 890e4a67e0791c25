import type { GovernanceEvent, Outcome } from "./event";
import { closeFences } from "./note-budget";
import { escapeMarkdown, inlineCode, link, table } from "../core/markdown";

export const OUTCOME_MARK: Record<Outcome, string> = {
  succeeded: "✅",
  failed: "❌",
  cancelled: "⏹️",
  planned: "📝",
  warning: "⚠️",
};

const HEADLINE_LIMIT = 200;

/** `2026-05-01T12:03:04.000Z` → `2026-05-01 12:03:04 UTC`. */
export function utcTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? escapeMarkdown(iso) : `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

export function shortText(text: string, limit = HEADLINE_LIMIT): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

/** `### ✅ amlops train: job x completed`: what the note, the summary and the check run title show first. */
export function verdictLine(event: Pick<GovernanceEvent, "outcome" | "step" | "headline">): string {
  return `### ${OUTCOME_MARK[event.outcome]} amlops ${event.step}: ${escapeMarkdown(shortText(event.headline))}`;
}

/** Who, what, why, from where and when: the lineage every section carries. */
export function lineageTable(event: GovernanceEvent): string {
  const rows: [string, string | undefined][] = [
    ["commit", event.sha && inlineCode(event.sha.slice(0, 12))],
    ["ref", event.ref && inlineCode(shortText(event.ref))],
    ["pull request", event.pullRequest !== undefined ? `#${event.pullRequest}${event.pullRequestTitle ? ` — ${escapeMarkdown(shortText(event.pullRequestTitle))}` : ""}` : undefined],
    ["repository", event.repository && escapeMarkdown(event.repository)],
    ["actor", event.actor && escapeMarkdown(event.actor)],
    ["reason", event.reason && escapeMarkdown(shortText(event.reason, 500))],
    ["run", event.runUrl && link("run", event.runUrl)],
    ["time", utcTime(event.time)],
  ];
  return table(["lineage", ""], rows.filter((row): row is [string, string] => Boolean(row[1])));
}

function linksLine(event: GovernanceEvent): string {
  if (event.links.length === 0) return "";
  return `**Links:** ${event.links.map((entry) => link(entry.title, entry.url)).join(" · ")}`;
}

/** A step's section: the verdict line, then the lineage, the step's own markdown and its links, collapsed. */
export function renderSection(event: GovernanceEvent, body: string, history = ""): string {
  const details = [lineageTable(event), closeFences(body.trim()), linksLine(event)].filter(Boolean).join("\n\n");
  const parts = [verdictLine(event), `<details><summary>Details</summary>\n\n${details}\n\n</details>`, history];
  return parts.filter(Boolean).join("\n\n");
}
