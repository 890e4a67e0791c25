import { errorMessage } from "../core/errors";
import type { Log } from "../core/log";
import type { GovernanceEvent } from "./event";
import { escapeMarkdown } from "../core/markdown";

const OUTCOME_MARK: Record<GovernanceEvent["outcome"], string> = {
  succeeded: "✅",
  failed: "❌",
  cancelled: "⏹️",
  planned: "📝",
  warning: "⚠️",
};

/** The event's header lines: who, what, when, from where. `body` is the step's own markdown. */
export function renderEvent(event: GovernanceEvent, body: string): string {
  const facts = [
    event.actor && `by ${escapeMarkdown(event.actor)}`,
    event.ref && `on \`${event.ref.replace(/`/g, "'")}\``,
    event.sha && `at ${event.sha.slice(0, 7)}`,
    event.runUrl && `[run](${encodeURI(event.runUrl)})`,
    event.time,
  ].filter(Boolean);
  const reason = event.reason ? `\n\n**Why:** ${escapeMarkdown(event.reason)}` : "";
  return `### ${OUTCOME_MARK[event.outcome]} amlops ${event.step}: ${escapeMarkdown(event.headline)}\n\n${facts.join(" · ")}${reason}\n\n${body}\n`;
}

/** Where an event goes: the run's summary, and the log for warnings. Every host is one. */
export interface EventOutlet extends Log {
  appendSummary(markdown: string): Promise<void>;
}

/** Writes the event to the job summary and, when configured, posts it to a webhook. A failed webhook is a warning. */
export async function publishEvent(host: EventOutlet, event: GovernanceEvent, body: string, webhookUrl?: string): Promise<void> {
  await host.appendSummary(renderEvent(event, body));
  if (!webhookUrl) return;
  try {
    const response = await fetch(webhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(event),
      signal: AbortSignal.timeout(15_000),
    });
    if (!response.ok) host.warning(`The webhook answered HTTP ${response.status}; the governance event was not delivered.`);
  } catch (error) {
    host.warning(`The webhook could not be reached (${errorMessage(error)}); the governance event was not delivered.`);
  }
}
