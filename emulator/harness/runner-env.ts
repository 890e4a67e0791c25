import type { PullRequestSeed } from "../fakes/github";

/** `INPUT_<NAME>` exactly as the Actions runner forms it: spaces → `_`, upper case, hyphens kept. */
export function actionInputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

export interface WorkflowRunContext {
  repository: string;
  sha: string;
  ref: string;
  eventName: string;
  actor: string;
  workflow: string;
  job: string;
  runId: string;
  runNumber: string;
  runAttempt: string;
  serverUrl: string;
  apiUrl: string;
  pullRequest?: PullRequestSeed;
}

/** The event payload file a workflow run gets (`GITHUB_EVENT_PATH`). */
export function eventPayload(context: WorkflowRunContext): Record<string, unknown> {
  const [owner, name] = context.repository.split("/");
  const repository = {
    full_name: context.repository,
    name,
    owner: { login: owner, type: "Organization" },
    default_branch: "main",
    html_url: `${context.serverUrl}/${context.repository}`,
    private: true,
  };
  const sender = { login: context.actor, type: "User" };
  const pr = context.pullRequest;
  if (!pr) {
    return {
      ref: context.ref,
      before: "0000000000000000000000000000000000000000",
      after: context.sha,
      repository,
      pusher: { name: context.actor },
      sender,
      head_commit: { id: context.sha, message: "Retrain with new data" },
    };
  }
  const headRepository = pr.fork ? `${pr.user ?? "contributor"}/${name}` : context.repository;
  return {
    action: "synchronize",
    number: pr.number,
    pull_request: {
      number: pr.number,
      title: pr.title ?? `Pull request ${pr.number}`,
      html_url: `${context.serverUrl}/${context.repository}/pull/${pr.number}`,
      user: { login: pr.user ?? context.actor },
      head: { ref: pr.headRef ?? `feature-${pr.number}`, sha: pr.headSha ?? context.sha, repo: { full_name: headRepository, fork: !!pr.fork } },
      base: { ref: pr.baseRef ?? "main", sha: "2222222222222222222222222222222222222222", repo: { full_name: context.repository } },
    },
    repository,
    sender,
  };
}

/** The variables the runner sets for every step of a job, besides inputs and file commands. */
export function runnerVariables(context: WorkflowRunContext): Record<string, string> {
  const pr = context.pullRequest;
  const refName = context.ref.replace(/^refs\/(heads|tags)\//, "");
  const [owner] = context.repository.split("/");
  return {
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_REPOSITORY: context.repository,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_SHA: context.sha,
    GITHUB_REF: context.ref,
    GITHUB_REF_NAME: pr ? `${pr.number}/merge` : refName,
    GITHUB_REF_TYPE: context.ref.startsWith("refs/tags/") ? "tag" : "branch",
    GITHUB_HEAD_REF: pr ? (pr.headRef ?? `feature-${pr.number}`) : "",
    GITHUB_BASE_REF: pr ? (pr.baseRef ?? "main") : "",
    GITHUB_EVENT_NAME: context.eventName,
    GITHUB_ACTOR: context.actor,
    GITHUB_TRIGGERING_ACTOR: context.actor,
    GITHUB_WORKFLOW: context.workflow,
    GITHUB_WORKFLOW_REF: `${context.repository}/.github/workflows/${context.workflow}.yml@${context.ref}`,
    GITHUB_JOB: context.job,
    GITHUB_RUN_ID: context.runId,
    GITHUB_RUN_NUMBER: context.runNumber,
    GITHUB_RUN_ATTEMPT: context.runAttempt,
    GITHUB_SERVER_URL: context.serverUrl,
    GITHUB_API_URL: context.apiUrl,
    GITHUB_GRAPHQL_URL: `${context.apiUrl}/graphql`,
    GITHUB_RETENTION_DAYS: "90",
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    RUNNER_NAME: "GitHub Actions 2",
    RUNNER_ENVIRONMENT: "github-hosted",
  };
}
