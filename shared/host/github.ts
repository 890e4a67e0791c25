import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as core from "@actions/core";
import { isStepId, STEP_IDS, type StepId } from "../core/steps";
import { loadStep } from "../steps/index";
import { cancellationFromSignals } from "./cancellation";
import type { PullRequestChannel, ReportingSettings } from "../core/pull-request";
import type { Host, RunContext } from "./port";
import { pullRequestRepository } from "./github-pull-request-target";
import { readReporting, SecretMask } from "./reporting";
import { runStep } from "./run-step";
import { SummaryBudget } from "./summary-budget";
import { presentFolders } from "./workspace-roots";
import { withoutWorkflowCommands } from "./untrusted-text";

export class GitHubHost implements Host {
  readonly kind = "github" as const;
  readonly cancellation = cancellationFromSignals();
  readonly context = readGitHubContext();
  readonly tempDir = process.env.RUNNER_TEMP || tmpdir();
  readonly workspaceRoots = presentFolders([process.env.GITHUB_WORKSPACE, process.env.RUNNER_TEMP]);
  readonly isDebug = core.isDebug();
  /** Only where the workflow granted `id-token: write`: the runner then offers the token endpoint. */
  readonly getIdToken = process.env.ACTIONS_ID_TOKEN_REQUEST_URL ? (audience: string) => core.getIDToken(audience) : undefined;
  private readonly secrets = new SecretMask();

  getInput(name: string, options: { secret?: boolean } = {}): string | undefined {
    const value = core.getInput(name) || undefined;
    if (value && options.secret) core.setSecret(value);
    return value;
  }
  inputLabel(name: string): string {
    return name;
  }
  setOutput(name: string, value: string): void {
    core.setOutput(name, value);
  }
  setSecret(value: string): void {
    this.secrets.add(value);
    core.setSecret(value);
  }
  mask(text: string): string {
    return this.secrets.mask(text);
  }
  reporting(): ReportingSettings {
    return readReporting(this);
  }
  async pullRequest(): Promise<PullRequestChannel | undefined> {
    const target = this.getInput("note-target");
    // The GitHub client is loaded only when there is a pull request to report to.
    if (pullRequestRepository(this.context, target) === undefined) return undefined;
    const { openGitHubPullRequest } = await import("./github-pull-request");
    return openGitHubPullRequest({ token: this.getInput("github-token"), context: this.context, target });
  }
  info(message: string): void {
    core.info(message);
  }
  untrusted(text: string): void {
    process.stdout.write(withoutWorkflowCommands(text));
  }
  debug(message: string): void {
    core.debug(message);
  }
  warning(message: string): void {
    core.warning(message);
  }
  error(message: string): void {
    core.error(message);
  }
  group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    return core.group(title, fn);
  }
  private readonly summaryBudget = new SummaryBudget();
  async appendSummary(markdown: string): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    const text = this.summaryBudget.take(markdown);
    if (text) await core.summary.addRaw(text, true).write();
  }
  fail(message: string): void {
    core.setFailed(message);
  }
}

function readGitHubContext(): RunContext {
  const env = process.env;
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const pr = event?.pull_request?.number ?? event?.issue?.number;
  const serverUrl = env.GITHUB_SERVER_URL || "https://github.com";
  return {
    repository: env.GITHUB_REPOSITORY,
    sha: event?.pull_request?.head?.sha ?? env.GITHUB_SHA,
    ref: env.GITHUB_HEAD_REF || env.GITHUB_REF,
    pullRequest: typeof pr === "number" && (event?.pull_request || event?.issue?.pull_request) ? pr : undefined,
    pullRequestTitle: event?.pull_request?.title ?? (event?.issue?.pull_request ? event.issue.title : undefined),
    commitSubject: firstLine(event?.head_commit?.message),
    runUrl: env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    actor: env.GITHUB_ACTOR,
    workflow: env.GITHUB_WORKFLOW,
    eventName: env.GITHUB_EVENT_NAME,
    serverUrl,
  };
}

interface GitHubEvent {
  pull_request?: { number?: number; title?: string; head?: { sha?: string } };
  head_commit?: { message?: string };
  issue?: { number?: number; title?: string; pull_request?: unknown };
}

function firstLine(text: string | undefined): string | undefined {
  return text?.split(/\r?\n/, 1)[0]?.trim() || undefined;
}

function readEvent(path: string | undefined): GitHubEvent | undefined {
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as GitHubEvent;
  } catch {
    return undefined;
  }
}

/** Entry point of a GitHub Action: runs one step on this host. */
export async function runOnGitHub(stepId: StepId): Promise<void> {
  const host = new GitHubHost();
  const step = await loadStep(stepId);
  await runStep(step, host);
}

/** Entry point of the umbrella action: the `step` input picks one of the five steps. */
export async function runChosenStepOnGitHub(): Promise<void> {
  const stepId = core.getInput("step").trim();
  if (!isStepId(stepId)) {
    core.setFailed(`Input 'step' must be one of ${STEP_IDS.join(", ")}, got '${stepId}'.`);
    return;
  }
  await runOnGitHub(stepId);
}
