import type { RunContext } from "../core/run-context";

/** The repository's owner and name when this run may report to a pull request (the event's, or with `commit-pr` the commit's); else undefined. */
export function pullRequestRepository(context: RunContext, target: string | undefined): { owner: string; repo: string } | undefined {
  const [owner, repo] = (context.repository ?? "").split("/");
  if (!owner || !repo) return undefined;
  if (context.pullRequest === undefined && target !== "commit-pr") return undefined;
  return { owner, repo };
}
