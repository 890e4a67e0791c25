import { randomUUID } from "node:crypto";
import { errorMessage } from "../core/errors";
import type { Log } from "../core/log";
import { PermissionError, type PullRequestChannel, type ReportingSettings, type StepStatus } from "../core/pull-request";
import type { RunContext } from "../core/run-context";
import type { GovernanceEvent } from "./event";
import { appendGovernanceFile } from "./governance-file";
import { fitMarkdown } from "./note-budget";
import { renderSection, shortText } from "./note-section";
import { upsertSection, type NoteSyncOptions } from "./note-sync";
import { deliverWebhook, type WebhookOptions } from "./webhook";
import { webhookBody } from "./webhook-payload";

/** What publishing needs of the CI system; the host port provides it. */
export interface GovernanceHost extends Log {
  appendSummary(markdown: string): Promise<void>;
  readonly context: RunContext;
  readonly cancellation?: AbortSignal;
  /** The reporting inputs every step shares; defaults when the host has none. */
  reporting?(): ReportingSettings;
  /** The pull request this run reports to, or undefined when there is none to report to. */
  pullRequest?(): Promise<PullRequestChannel | undefined>;
  /** Text with every registered secret replaced. */
  mask?(text: string): string;
}

export interface PublishOptions {
  noteSync?: NoteSyncOptions;
  webhook?: Partial<WebhookOptions>;
}

/** The summary stays well inside GitHub's 1 MiB step summary limit, shared with the step's other output. */
const SUMMARY_SECTION_LIMIT = 256 * 1024;
/** GitHub's limit of a check run summary. */
const STATUS_SUMMARY_LIMIT = 65_535;

export function defaultReporting(context: RunContext): ReportingSettings {
  return { noteKey: context.workflow || "amlops", webhookFormat: "json", webhookAllowPrivate: false };
}

function maskDeep<T>(value: T, mask: (text: string) => string): T {
  if (typeof value === "string") return mask(value) as T;
  if (Array.isArray(value)) return value.map((item) => maskDeep(item, mask)) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskDeep(item, mask)])) as T;
  return value;
}

const STATE: Record<GovernanceEvent["outcome"], StepStatus["state"]> = {
  succeeded: "succeeded",
  failed: "failed",
  cancelled: "failed",
  planned: "neutral",
  warning: "neutral",
};

/**
 * Publishes what a step did: its section in the job summary and in the sticky pull request note, a check run or
 * pull request status, the governance file and the webhook. Only the summary can fail the step; everything else
 * warns.
 */
export async function publishEvent(host: GovernanceHost, event: GovernanceEvent, body: string, webhookUrl?: string, options: PublishOptions = {}): Promise<void> {
  const settings = host.reporting?.() ?? defaultReporting(host.context);
  const mask = host.mask?.bind(host) ?? ((text: string) => text);
  const safeEvent = maskDeep(event, mask);
  const safeBody = mask(body);
  const section = renderSection(safeEvent, safeBody);
  await host.appendSummary(fitMarkdown(section, SUMMARY_SECTION_LIMIT));
  await publishToPullRequest(host, settings, safeEvent, safeBody, section, options.noteSync);
  if (settings.governanceFile) {
    try {
      await appendGovernanceFile(settings.governanceFile, safeEvent);
    } catch (error) {
      host.warning(`The governance event was not written to ${settings.governanceFile}: ${errorMessage(error)}.`);
    }
  }
  if (webhookUrl) await sendWebhook(host, webhookUrl, safeEvent, settings, options.webhook);
}

function permissionWarning(host: Log, where: string, error: PermissionError): void {
  host.warning(`The governance note was not published to ${where}: the token needs the '${error.permission}' permission (${error.message}). The step's own result stands.`);
}

async function publishToPullRequest(host: GovernanceHost, settings: ReportingSettings, event: GovernanceEvent, body: string, section: string, sync?: NoteSyncOptions): Promise<void> {
  let channel: PullRequestChannel | undefined;
  try {
    channel = await host.pullRequest?.();
  } catch (error) {
    if (error instanceof PermissionError) permissionWarning(host, "the pull request", error);
    else host.warning(`The pull request could not be found for the governance note: ${errorMessage(error)}.`);
    return;
  }
  if (!channel) return;
  try {
    await upsertSection(channel.notes, settings.noteKey, event, body, randomUUID(), sync);
    host.info(`Governance note '${settings.noteKey}' updated on ${channel.description}.`);
  } catch (error) {
    if (error instanceof PermissionError) permissionWarning(host, channel.description, error);
    else host.warning(`The governance note on ${channel.description} was not updated: ${errorMessage(error)}.`);
    return;
  }
  try {
    await channel.setStatus({ step: event.step, state: STATE[event.outcome], title: shortText(event.headline, 140), summary: fitMarkdown(section, STATUS_SUMMARY_LIMIT), detailsUrl: event.runUrl });
  } catch (error) {
    if (error instanceof PermissionError) host.warning(`The ${event.step} status was not set on ${channel.description}: the token needs the '${error.permission}' permission (${error.message}).`);
    else host.warning(`The ${event.step} status was not set on ${channel.description}: ${errorMessage(error)}.`);
  }
}

async function sendWebhook(host: GovernanceHost, url: string, event: GovernanceEvent, settings: ReportingSettings, options: Partial<WebhookOptions> = {}): Promise<void> {
  host.setSecret(url);
  try {
    const { attempts } = await deliverWebhook(url, webhookBody(event, settings.webhookFormat), { allowPrivate: settings.webhookAllowPrivate, signal: host.cancellation, ...options });
    host.info(`Governance event delivered to the webhook (${settings.webhookFormat}${attempts > 1 ? `, after ${attempts} attempts` : ""}).`);
  } catch (error) {
    const attempts = (error as { attempts?: number }).attempts;
    host.warning(`The governance event was not delivered: ${errorMessage(error)}${attempts && attempts > 1 ? ` after ${attempts} attempts` : ""}. The step's own result stands.`);
  }
}
