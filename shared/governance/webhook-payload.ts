import type { ReportingSettings } from "../core/pull-request";
import type { GovernanceEvent } from "./event";
import { safeUrl } from "../core/markdown";
import { OUTCOME_MARK, shortText, utcTime } from "./note-section";

/** Largest body a webhook is sent; past it the evidence is left out. */
export const MAX_WEBHOOK_BODY = 256 * 1024;

export type WebhookFormat = ReportingSettings["webhookFormat"];

/** The request body for the chosen format. */
export function webhookBody(event: GovernanceEvent, format: WebhookFormat): string {
  switch (format) {
    case "slack":
      return JSON.stringify(slackMessage(event));
    case "teams":
      return JSON.stringify(teamsMessage(event));
    default:
      return jsonEvent(event);
  }
}

function jsonEvent(event: GovernanceEvent): string {
  const full = JSON.stringify(event);
  if (full.length <= MAX_WEBHOOK_BODY) return full;
  const withoutEvidence = JSON.stringify({ ...event, evidence: {}, evidenceOmitted: `the evidence took ${full.length} characters; the limit is ${MAX_WEBHOOK_BODY}` });
  return withoutEvidence.length <= MAX_WEBHOOK_BODY ? withoutEvidence : JSON.stringify({ step: event.step, outcome: event.outcome, headline: shortText(event.headline), time: event.time, runUrl: event.runUrl });
}

function title(event: GovernanceEvent): string {
  return `${OUTCOME_MARK[event.outcome]} amlops ${event.step}: ${event.outcome}`;
}

function facts(event: GovernanceEvent): [string, string][] {
  const rows: [string, string | undefined][] = [
    ["Repository", event.repository],
    ["Pull request", event.pullRequest !== undefined ? String(event.pullRequest) : undefined],
    ["Commit", event.sha?.slice(0, 12)],
    ["Ref", event.ref],
    ["Actor", event.actor],
    ["Reason", event.reason],
    ...Object.entries(event.subject).map(([key, value]): [string, string] => [key, value]),
    ["Time", utcTime(event.time)],
  ];
  return rows.filter((row): row is [string, string] => Boolean(row[1])).map(([name, value]) => [shortText(name, 60), shortText(value, 300)]);
}

function links(event: GovernanceEvent): { title: string; url: string }[] {
  const all = [...(event.runUrl ? [{ title: "Run", url: event.runUrl }] : []), ...event.links];
  return all.flatMap((entry) => {
    const url = safeUrl(entry.url);
    return url && url.length <= 3000 ? [{ title: shortText(entry.title, 70), url }] : [];
  });
}

/** Slack's mrkdwn: `&`, `<` and `>` are the only control characters; escaped, no mention or link can form. */
function slackText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A Slack incoming-webhook message with blocks (https://api.slack.com/reference/block-kit/blocks). */
export function slackMessage(event: GovernanceEvent) {
  const fields = facts(event)
    .slice(0, 10)
    .map(([name, value]) => ({ type: "mrkdwn" as const, text: shortText(`*${slackText(name)}*\n${slackText(value)}`, 2000) }));
  const buttons = links(event)
    .slice(0, 5)
    .map((entry) => ({ type: "button" as const, text: { type: "plain_text" as const, text: entry.title, emoji: true }, url: entry.url }));
  return {
    text: shortText(slackText(`${title(event)}: ${event.headline}`), 3000),
    blocks: [
      { type: "header", text: { type: "plain_text", text: shortText(title(event), 150), emoji: true } },
      { type: "section", text: { type: "mrkdwn", text: shortText(slackText(event.headline), 3000) } },
      ...(fields.length > 0 ? [{ type: "section", fields }] : []),
      ...(buttons.length > 0 ? [{ type: "actions", elements: buttons }] : []),
    ],
  };
}

/** Adaptive Card text renders a markdown subset: its markup characters are escaped. */
function cardText(text: string): string {
  return text.replace(/[\\*_[\]()~`#>|-]/g, (char) => `\\${char}`).replace(/\r?\n/g, " ");
}

/** A message for a Teams Workflows webhook: one Adaptive Card attachment (https://adaptivecards.io/explorer/). */
export function teamsMessage(event: GovernanceEvent) {
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body: [
            { type: "TextBlock", text: cardText(title(event)), weight: "Bolder", size: "Medium", wrap: true },
            { type: "TextBlock", text: cardText(shortText(event.headline, 1000)), wrap: true },
            { type: "FactSet", facts: facts(event).map(([name, value]) => ({ title: cardText(name), value: cardText(value) })) },
          ],
          actions: links(event).map((entry) => ({ type: "Action.OpenUrl", title: entry.title, url: entry.url })),
        },
      },
    ],
  };
}
