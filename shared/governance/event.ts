import type { RunContext } from "../core/run-context";
import type { StepId } from "../core/steps";

export type Outcome = "succeeded" | "failed" | "cancelled" | "planned" | "warning";

/** What one step did, with the evidence: rendered into the summary, the PR note, asset tags and webhooks. */
export interface GovernanceEvent {
  step: StepId;
  outcome: Outcome;
  /** One sentence for the reader. */
  headline: string;
  time: string;
  actor?: string;
  reason?: string;
  repository?: string;
  ref?: string;
  sha?: string;
  pullRequest?: number;
  pullRequestTitle?: string;
  runUrl?: string;
  subject: Record<string, string>;
  evidence: Record<string, unknown>;
  links: { title: string; url: string }[];
}

export function createEvent(
  step: StepId,
  context: RunContext,
  fields: Pick<GovernanceEvent, "outcome" | "headline"> & Partial<Pick<GovernanceEvent, "reason" | "subject" | "evidence" | "links">>,
  now: Date = new Date(),
): GovernanceEvent {
  return {
    step,
    time: now.toISOString(),
    actor: context.actor,
    repository: context.repository,
    ref: context.ref,
    sha: context.sha,
    pullRequest: context.pullRequest,
    pullRequestTitle: context.pullRequestTitle,
    runUrl: context.runUrl,
    subject: {},
    evidence: {},
    links: [],
    ...fields,
  };
}

/** Lineage tags every asset the steps create carries, so the registry holds where it came from. */
export function lineageTags(context: RunContext): Record<string, string> {
  const tags: Record<string, string | undefined> = {
    "amlops.repository": context.repository,
    "amlops.commit": context.sha,
    "amlops.ref": context.ref,
    "amlops.pull-request": context.pullRequest?.toString(),
    "amlops.run-url": context.runUrl,
    "amlops.actor": context.actor,
  };
  return Object.fromEntries(Object.entries(tags).filter((entry): entry is [string, string] => Boolean(entry[1])));
}
