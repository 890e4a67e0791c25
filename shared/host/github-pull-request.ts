import * as github from "@actions/github";
import { PermissionError, type NoteStore, type PullRequestChannel, type StepStatus } from "../core/pull-request";
import type { RunContext } from "../core/run-context";
import { pullRequestRepository } from "./github-pull-request-target";

/** GitHub's limit of an issue comment body. */
const MAX_COMMENT_LENGTH = 65_536;
const NOTE_PERMISSION = "pull-requests: write";
const CHECKS_PERMISSION = "checks: write";

type Octokit = ReturnType<typeof github.getOctokit>;

export interface GitHubTarget {
  token?: string;
  context: RunContext;
  /** `commit-pr`: on push, schedule or dispatch, the pull request the commit belongs to. */
  target?: string;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === "number" ? status : undefined;
}

/** Calls the API; a 401 or 403 becomes a PermissionError naming what the workflow has to grant. */
async function call<T>(permission: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    const status = statusOf(error);
    if (status === 401 || status === 403) throw new PermissionError(permission, `GitHub answered HTTP ${status}: ${(error as Error).message}`);
    throw error;
  }
}

function noteStore(octokit: Octokit, owner: string, repo: string, issue: number): NoteStore {
  return {
    maxLength: MAX_COMMENT_LENGTH,
    list: () =>
      call(NOTE_PERMISSION, async () => {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issue, per_page: 100 });
        return comments.map((comment) => ({ id: String(comment.id), body: comment.body ?? "" }));
      }),
    create: (body) =>
      call(NOTE_PERMISSION, async () => {
        const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body });
        return { id: String(data.id), body: data.body ?? body };
      }),
    update: (id, body) => call(NOTE_PERMISSION, async () => void (await octokit.rest.issues.updateComment({ owner, repo, comment_id: Number(id), body }))),
    remove: (id) =>
      call(NOTE_PERMISSION, async () => {
        try {
          await octokit.rest.issues.deleteComment({ owner, repo, comment_id: Number(id) });
        } catch (error) {
          if (statusOf(error) !== 404) throw error;
        }
      }),
  };
}

const CONCLUSION: Record<StepStatus["state"], "success" | "failure" | "neutral"> = { succeeded: "success", failed: "failure", neutral: "neutral" };

/** The pull request of this run (or of its commit), with its comments and check runs; undefined when there is none. */
export async function openGitHubPullRequest({ token, context, target }: GitHubTarget): Promise<PullRequestChannel | undefined> {
  const repository = pullRequestRepository(context, target);
  if (repository === undefined) return undefined;
  const { owner, repo } = repository;
  if (!token) throw new PermissionError(NOTE_PERMISSION, "no token was given (input 'github-token')");
  const octokit = github.getOctokit(token);
  let number = context.pullRequest;
  if (number === undefined) {
    if (!context.sha) return undefined;
    const { data } = await call(NOTE_PERMISSION, () => octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: context.sha! }));
    number = (data.find((pr) => pr.state === "open") ?? data[0])?.number;
    if (number === undefined) return undefined;
  }
  const sha = context.sha;
  return {
    description: `pull request #${number}`,
    notes: noteStore(octokit, owner, repo, number),
    setStatus: async (status) => {
      if (!sha) return;
      const name = `amlops / ${status.step}`;
      const fields = {
        status: "completed" as const,
        conclusion: CONCLUSION[status.state],
        ...(status.detailsUrl ? { details_url: status.detailsUrl } : {}),
        output: { title: status.title, summary: status.summary },
      };
      await call(CHECKS_PERMISSION, async () => {
        // A re-run replaces the step's check run on the commit rather than adding one.
        const { data } = await octokit.rest.checks.listForRef({ owner, repo, ref: sha, check_name: name, filter: "latest" });
        const existing = data.check_runs[0];
        if (existing) await octokit.rest.checks.update({ owner, repo, check_run_id: existing.id, ...fields });
        else await octokit.rest.checks.create({ owner, repo, name, head_sha: sha, ...fields });
      });
    },
  };
}
