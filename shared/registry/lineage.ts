import type { RunContext } from "../core/run-context";
import { lineageTags } from "../governance/event";
import { compactRules, type StoredGateReport } from "../gate/report";
import { METRICS_PROPERTY, SOURCE_KEY_PROPERTY } from "./model-versions";
import type { ModelSource } from "./model-source";

export interface LineageSettings {
  context: RunContext;
  /** Why this version is published; default the pull request's title. */
  reason?: string;
  source: Pick<ModelSource, "key" | "keyHash" | "jobName" | "dataInputs">;
  gate?: StoredGateReport;
  /** The candidate's metrics, stored so the next gate can compare without MLflow. */
  metrics?: Record<string, number>;
  now: Date;
}

function defined(entries: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(entries).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ""));
}

export function defaultReason(context: RunContext): string | undefined {
  return context.pullRequestTitle ?? context.commitSubject;
}

/**
 * Where a model version came from, readable in Studio: tags for the short facts a list shows (they stay editable),
 * properties for the full record (fixed once the version exists), including the source key re-runs look it up by.
 */
export function modelLineage(settings: LineageSettings): { tags: Record<string, string>; properties: Record<string, string> } {
  const { context, gate } = settings;
  const reason = settings.reason ?? defaultReason(settings.context);
  const registeredAt = settings.now.toISOString();
  const tags = defined({
    ...lineageTags(context),
    "amlops.reason": reason,
    "amlops.source-job": settings.source.jobName,
    "amlops.gate": gate?.result,
    "amlops.registered-at": registeredAt,
  });
  const properties = defined({
    ...tags,
    "amlops.pull-request-title": context.pullRequestTitle,
    "amlops.source": settings.source.key,
    [SOURCE_KEY_PROPERTY]: settings.source.keyHash,
    "amlops.data": settings.source.dataInputs.join("\n") || undefined,
    "amlops.gate-rules": gate && gate.rules.length > 0 ? compactRules(gate.rules) : undefined,
    "amlops.gate-champion": gate?.champion ? `${gate.champion.model}:${gate.champion.version}` : undefined,
    [METRICS_PROPERTY]: settings.metrics && Object.keys(settings.metrics).length > 0 ? JSON.stringify(settings.metrics) : undefined,
  });
  return { tags, properties };
}
