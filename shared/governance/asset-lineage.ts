import type { GovernanceEvent } from "./event";

/** Azure tag values are limited to 256 characters. */
const TAG_VALUE_LIMIT = 256;
/** Properties hold the evidence; each value is kept short enough for any asset. */
const PROPERTY_VALUE_LIMIT = 4096;

export interface AssetLineage {
  tags: Record<string, string>;
  properties: Record<string, string>;
}

function defined(entries: [string, string | undefined][]): Record<string, string> {
  return Object.fromEntries(entries.filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ""));
}

function cut(value: string, limit: number): string {
  return value.length > limit ? `${value.slice(0, limit - 1)}…` : value;
}

/**
 * The event's lineage as tags and properties for the job, model version or deployment a step touched, so the
 * registry records who changed what, why, from which commit and run, and when. Steps apply it to their assets.
 */
export function assetLineage(event: GovernanceEvent): AssetLineage {
  const common = defined([
    ["amlops.step", event.step],
    ["amlops.outcome", event.outcome],
    ["amlops.repository", event.repository],
    ["amlops.commit", event.sha],
    ["amlops.ref", event.ref],
    ["amlops.pull-request", event.pullRequest?.toString()],
    ["amlops.run-url", event.runUrl],
    ["amlops.actor", event.actor],
    ["amlops.reason", event.reason],
    ["amlops.time", event.time],
  ]);
  const tags = Object.fromEntries(Object.entries(common).map(([key, value]) => [key, cut(value, TAG_VALUE_LIMIT)]));
  const evidence = Object.entries(event.evidence).map(([key, value]): [string, string] => [`amlops.evidence.${key}`, cut(JSON.stringify(value) ?? "", PROPERTY_VALUE_LIMIT)]);
  const properties = { ...Object.fromEntries(Object.entries(common).map(([key, value]) => [key, cut(value, PROPERTY_VALUE_LIMIT)])), "amlops.headline": cut(event.headline, PROPERTY_VALUE_LIMIT), ...Object.fromEntries(evidence) };
  return { tags, properties };
}
