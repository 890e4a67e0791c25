import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { TASK_NAMES, type StepId } from "../../shared/core/steps";
import type { AzureDevOpsFake } from "../fakes/azure-devops";
import type { GitHubFake, PullRequestSeed } from "../fakes/github";
import { combineCaFiles, testTls } from "../fakes/tls";
import { envFormat, pipelineVariables, serviceConnectionVariables, taskInputEnvName, endpointVariables, type ServiceConnectionSettings } from "./agent-env";
import { runNodeScript, type SignalWhen } from "./child";
import { parseFileCommand, parsePathFile } from "./file-commands";
import { evaluateDefault, readActionInputDefaults, readTaskManifest } from "./manifests";
import { actionInputEnvName, eventPayload, runnerVariables, type WorkflowRunContext } from "./runner-env";
import { interpretTaskLog, type TaskResult, type TaskVariable, type VsoCommand } from "./vso-commands";
import { interpretWorkflowLog, type Annotation } from "./workflow-commands";

export type { ServiceConnectionSettings } from "./agent-env";
export type { SignalWhen } from "./child";

export const REPOSITORY_ROOT = path.resolve(__dirname, "../..");

export type InputValue = string | number | boolean | undefined;

export interface CommonRunOptions {
  inputs?: Record<string, InputValue>;
  /** Extra environment; `undefined` removes a variable the harness would set. */
  env?: Record<string, string | undefined>;
  /** Working directory (the workspace / sources directory); default the repository root. */
  cwd?: string;
  /** Verbose logging (`RUNNER_DEBUG=1` / `SYSTEM_DEBUG=true`). */
  debug?: boolean;
  /** PEM files to trust besides the fakes' (all concatenated into one `NODE_EXTRA_CA_CERTS` file). */
  caCertPaths?: string[];
  /** Values the CI system masks from the start (secrets the workflow passes in). */
  secrets?: string[];
  /** Kills the child and fails after this long (default 120 000 ms). */
  timeoutMs?: number;
  onStdout?: (line: string, child: ChildProcess) => void;
  onStderr?: (line: string, child: ChildProcess) => void;
  /** Cancels as the CI system does once a line matches (SIGINT, optionally SIGTERM later). */
  signalWhen?: SignalWhen;
  /** Runs this script instead of the bundle (for testing the harness itself). */
  script?: string;
  /** Manifest whose input defaults apply; default the step's own, `false` for none. */
  manifest?: string | false;
  /** Keep the run's temp directory (`result.tempDir`) for inspection. */
  keepTemp?: boolean;
}

export interface StepRunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  errors: string[];
  warnings: string[];
  masked: string[];
  debug: string[];
  /** The log as the CI system displays it: commands consumed, masked values as `***` from their registration on. */
  log: string;
  signalsSent: NodeJS.Signals[];
  /** The environment the child got. */
  env: Record<string, string>;
  tempDir: string;
}

export interface ActionRunResult extends StepRunResult {
  notices: string[];
  annotations: Annotation[];
  /** Variables written to `GITHUB_ENV`. */
  exportedEnv: Record<string, string>;
  /** Directories written to `GITHUB_PATH`. */
  addedPath: string[];
  /** Values written to `GITHUB_STATE`. */
  state: Record<string, string>;
}

export interface TaskRunResult extends StepRunResult {
  result?: TaskResult;
  resultMessage?: string;
  variables: Record<string, TaskVariable>;
  commands: VsoCommand[];
}

export interface ActionRunOptions extends CommonRunOptions {
  /** Pull request event (number or details); otherwise a push to `ref`. */
  pullRequest?: number | PullRequestSeed;
  /** GitHub fake: `GITHUB_API_URL`, the `github.token` default, and `ACTIONS_ID_TOKEN_REQUEST_*`. */
  github?: GitHubFake;
  /** `${{ github.token }}`; default the fake's first token with write access (a read-only one for a fork's pull request). */
  githubToken?: string;
  /** false: no `ACTIONS_ID_TOKEN_REQUEST_*` (a workflow without `id-token: write`; default for a fork's pull request). */
  idToken?: boolean;
  repository?: string;
  sha?: string;
  ref?: string;
  actor?: string;
  workflow?: string;
  runId?: string;
  runAttempt?: string;
  /** Overrides the event name (default push / pull_request). */
  eventName?: string;
  /** Overrides the event payload. */
  event?: Record<string, unknown>;
}

export type ActionStep = StepId | "umbrella";

/** Runs a bundled action (`dist/<step>.mjs`) with the Actions runner's environment contract. */
export async function runAction(step: ActionStep, options: ActionRunOptions = {}): Promise<ActionRunResult> {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), `amlops-action-${step}-`));
  const files = {
    output: touch(path.join(tempDir, "files", "output")),
    summary: touch(path.join(tempDir, "files", "step_summary")),
    env: touch(path.join(tempDir, "files", "env")),
    path: touch(path.join(tempDir, "files", "path")),
    state: touch(path.join(tempDir, "files", "state")),
    event: path.join(tempDir, "files", "event.json"),
  };
  const runnerTemp = mkdir(path.join(tempDir, "runner-temp"));
  const cwd = options.cwd ?? REPOSITORY_ROOT;
  const github = options.github;
  const pullRequest = typeof options.pullRequest === "number" ? { number: options.pullRequest } : options.pullRequest;
  const sha = options.sha ?? "5e1c3b9a7d2f4e6a8b0c1d3e5f7a9b1c3d5e7f90";
  const context: WorkflowRunContext = {
    repository: options.repository ?? github?.repository ?? "contoso/ml-models",
    sha,
    ref: options.ref ?? (pullRequest ? `refs/pull/${pullRequest.number}/merge` : "refs/heads/main"),
    eventName: options.eventName ?? (pullRequest ? "pull_request" : "push"),
    actor: options.actor ?? "octocat",
    workflow: options.workflow ?? "ml",
    job: step,
    runId: options.runId ?? "4242",
    runNumber: "17",
    runAttempt: options.runAttempt ?? "1",
    serverUrl: "https://github.com",
    apiUrl: github?.url ?? "https://api.github.com",
    pullRequest,
  };
  if (github && pullRequest) github.addPullRequest(context.repository, { headSha: sha, ...pullRequest });
  fs.writeFileSync(files.event, JSON.stringify(options.event ?? eventPayload(context), null, 2));

  // A pull request from a fork gets a read-only token and no OIDC token.
  const fromFork = !!pullRequest?.fork && context.eventName === "pull_request";
  const token = options.githubToken ?? (github ? defaultGitHubToken(github, fromFork) : "");
  const oidc =
    github && (options.idToken ?? !fromFork)
      ? github.createOidcRequest({ repository: context.repository, ref: context.ref, sha, eventName: context.eventName, actor: context.actor, runId: context.runId, runAttempt: context.runAttempt, workflow: context.workflow })
      : undefined;

  const script = options.script ?? path.join(REPOSITORY_ROOT, "dist", `${step}.mjs`);
  const manifest = options.manifest ?? (options.script ? false : path.join(REPOSITORY_ROOT, step === "umbrella" ? "action.yml" : `actions/${step}/action.yml`));
  const { inputEnv, unexpected } = actionInputs(options.inputs ?? {}, manifest, { token, repository: context.repository, sha, ref: context.ref, actor: context.actor, run_id: context.runId, event_name: context.eventName, workspace: cwd });

  const env = baseEnvironment();
  Object.assign(env, runnerVariables(context), {
    GITHUB_WORKSPACE: cwd,
    GITHUB_ACTION: step,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: mkdir(path.join(tempDir, "tool-cache")),
  });
  if (options.debug) env.RUNNER_DEBUG = "1";
  if (oidc) {
    env.ACTIONS_ID_TOKEN_REQUEST_URL = oidc.url;
    env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = oidc.token;
  }
  Object.assign(env, inputEnv);
  applyCaAndExtras(env, options, github ? [testTls().caPath] : []);

  const child = await runChild(script, env, cwd, options, tempDir);
  const interpreted = interpretWorkflowLog(child.lines, [token, oidc?.token ?? "", ...(options.secrets ?? [])]);
  const warnings = unexpected.length
    ? [`Unexpected input(s) '${unexpected.join("', '")}', valid inputs are [${[...(manifest ? readActionInputDefaults(manifest).keys() : [])].map((n) => `'${n}'`).join(", ")}]`, ...interpreted.warnings]
    : interpreted.warnings;
  const summary = read(files.summary);
  const result: ActionRunResult = {
    ...child,
    outputs: parseFileCommand(read(files.output)),
    summary,
    errors: [...interpreted.errors, ...summarySizeErrors(summary)],
    warnings,
    notices: interpreted.notices,
    annotations: interpreted.annotations,
    masked: interpreted.masked,
    debug: interpreted.debug,
    log: interpreted.log,
    exportedEnv: parseFileCommand(read(files.env)),
    addedPath: parsePathFile(read(files.path)),
    state: parseFileCommand(read(files.state)),
    env,
    tempDir,
  };
  if (!options.keepTemp) fs.rmSync(tempDir, { recursive: true, force: true });
  return result;
}

export interface TaskRunOptions extends CommonRunOptions {
  pullRequest?: number | { number: number; sourceBranch?: string; targetBranch?: string; isFork?: boolean };
  /** Azure DevOps fake: collection URI, project, repository, `System.AccessToken`, `System.OidcRequestUri`. */
  azureDevOps?: AzureDevOpsFake;
  serviceConnection?: ServiceConnectionSettings;
  /** The task input naming the service connection (default `azureSubscription`). */
  serviceConnectionInput?: string;
  /** `System.AccessToken`; default the fake's. `null` = no token (job without OAuth token access). */
  accessToken?: string | null;
  repository?: string;
  sourceVersion?: string;
  sourceBranch?: string;
  buildId?: string;
  requestedFor?: string;
}

/** Runs a bundled task (`tasks/<TaskName>/dist/main.mjs`) with the Azure Pipelines agent's environment contract. */
export async function runTask(step: StepId, options: TaskRunOptions = {}): Promise<TaskRunResult> {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), `amlops-task-${step}-`));
  const agentTemp = mkdir(path.join(tempDir, "agent-temp"));
  const work = mkdir(path.join(tempDir, "work"));
  const cwd = options.cwd ?? REPOSITORY_ROOT;
  const ado = options.azureDevOps;
  const taskFolder = path.join(REPOSITORY_ROOT, "tasks", TASK_NAMES[step]);
  const manifestPath = options.manifest ?? (options.script ? false : path.join(taskFolder, "task.json"));
  const manifest = manifestPath && fs.existsSync(manifestPath) ? readTaskManifest(manifestPath) : undefined;
  const script = options.script ?? path.join(taskFolder, manifest?.target ?? "dist/main.mjs");
  const pullRequest = typeof options.pullRequest === "number" ? { number: options.pullRequest } : options.pullRequest;
  const accessToken = options.accessToken === null ? undefined : (options.accessToken ?? ado?.accessToken ?? "ado-access-token");
  const collectionUri = ado?.url ?? "https://dev.azure.com/contoso/";
  const repositoryName = options.repository ?? ado?.repositories[0].name ?? "ml-models";

  const variables = pipelineVariables(
    {
      collectionUri,
      project: ado?.project ?? "ml-platform",
      projectId: ado?.projectId ?? "3f0c8a4e-1b2d-4c6e-9f8a-7b6c5d4e3f2a",
      repository: repositoryName,
      repositoryId: ado?.repositories.find((r) => r.name === repositoryName)?.id ?? "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d",
      sourceVersion: options.sourceVersion ?? "5e1c3b9a7d2f4e6a8b0c1d3e5f7a9b1c3d5e7f90",
      sourceBranch: options.sourceBranch ?? "refs/heads/main",
      buildId: options.buildId ?? "314",
      requestedFor: options.requestedFor ?? "Mona Lisa",
      definitionName: "ml-models-ci",
      oidcRequestUri: ado?.oidcRequestUri ?? `${collectionUri}00000000-0000-0000-0000-000000000000/_apis/distributedtask/hubs/build/plans/0/jobs/0/oidctoken`,
      pullRequest,
    },
    { temp: agentTemp, work, sources: cwd },
  );
  if (options.debug) variables["System.Debug"] = "true";

  const env = baseEnvironment();
  for (const [name, value] of Object.entries(variables)) env[envFormat(name)] = value;
  env.TF_BUILD = "True";
  env.VSTS_PUBLIC_VARIABLES = JSON.stringify(Object.keys(variables));
  const secretNames: string[] = [];
  if (accessToken) {
    // The agent hands secret variables to tasks as SECRET_<NAME>; the task library moves them into its vault.
    env.SECRET_SYSTEM_ACCESSTOKEN = accessToken;
    secretNames.push("System.AccessToken");
    Object.assign(env, endpointVariables("SYSTEMVSSCONNECTION", collectionUri, { scheme: "OAuth", parameters: { AccessToken: accessToken } }));
  }
  env.VSTS_SECRET_VARIABLES = JSON.stringify(secretNames);

  const connection = options.serviceConnection;
  if (connection) {
    if (ado && connection.scheme === "WorkloadIdentityFederation") {
      ado.addServiceConnection({ id: connection.id, name: connection.name ?? connection.id });
    }
    Object.assign(env, serviceConnectionVariables(connection));
  }

  const inputs: Record<string, InputValue> = { ...options.inputs };
  if (connection) inputs[options.serviceConnectionInput ?? "azureSubscription"] ??= connection.id;
  for (const [name, value] of manifest?.inputs ?? []) {
    if (inputs[name] === undefined && value !== undefined) inputs[name] = value;
  }
  for (const [name, value] of Object.entries(inputs)) {
    if (value !== undefined) env[taskInputEnvName(name)] = String(value);
  }
  applyCaAndExtras(env, options, ado ? [testTls().caPath] : []);

  const child = await runChild(script, env, cwd, options, tempDir);
  const interpreted = interpretTaskLog(child.lines, [accessToken ?? "", connection?.clientSecret ?? "", ...(options.secrets ?? [])]);
  const result: TaskRunResult = {
    ...child,
    outputs: interpreted.outputs,
    summary: interpreted.summaryPaths.map((file) => (fs.existsSync(file) ? read(file) : "")).join("\n"),
    errors: interpreted.errors,
    warnings: interpreted.warnings,
    masked: interpreted.masked,
    debug: interpreted.debug,
    log: interpreted.log,
    result: interpreted.result,
    resultMessage: interpreted.resultMessage,
    variables: interpreted.variables,
    commands: interpreted.commands,
    env,
    tempDir,
  };
  if (!options.keepTemp) fs.rmSync(tempDir, { recursive: true, force: true });
  return result;
}

const FORK_TOKEN = "ghs_readOnlyTokenOfAForkPullRequest0000";

function defaultGitHubToken(github: GitHubFake, readOnly: boolean): string {
  if (readOnly) {
    if (!github.tokens.has(FORK_TOKEN)) github.tokens.set(FORK_TOKEN, { login: "github-actions[bot]", write: false });
    return FORK_TOKEN;
  }
  return [...github.tokens].find(([, grant]) => grant.write !== false)?.[0] ?? "";
}

const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** The runner refuses to upload a step summary over 1 MiB. */
function summarySizeErrors(summary: string): string[] {
  const bytes = Buffer.byteLength(summary);
  if (bytes <= SUMMARY_LIMIT_BYTES) return [];
  return [`$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got ${Math.ceil(bytes / 1024)}k.`];
}

function actionInputs(
  given: Record<string, InputValue>,
  manifest: string | false,
  githubContext: Record<string, string>,
): { inputEnv: Record<string, string>; unexpected: string[] } {
  const declared = manifest && fs.existsSync(manifest) ? readActionInputDefaults(manifest) : undefined;
  const inputEnv: Record<string, string> = {};
  for (const [name, value] of declared ?? []) {
    if (value !== undefined) inputEnv[actionInputEnvName(name)] = evaluateDefault(value, githubContext);
  }
  const unexpected: string[] = [];
  for (const [name, value] of Object.entries(given)) {
    if (value === undefined) continue;
    if (declared && !declared.has(name)) unexpected.push(name);
    inputEnv[actionInputEnvName(name)] = String(value);
  }
  return { inputEnv, unexpected };
}

/** Only the basics of the host environment: nothing of the test process leaks into the step. */
function baseEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ["PATH", "HOME", "TMPDIR", "LANG", "SystemRoot"]) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
}

/** Trusts the given CAs plus those of the fakes in use, then applies the caller's extra environment. */
function applyCaAndExtras(env: Record<string, string>, options: CommonRunOptions, fakeCas: string[]): void {
  const ca = combineCaFiles([...fakeCas, ...(options.caCertPaths ?? [])]);
  if (ca) env.NODE_EXTRA_CA_CERTS = ca;
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
}

async function runChild(script: string, env: Record<string, string>, cwd: string, options: CommonRunOptions, tempDir: string) {
  if (!fs.existsSync(script)) {
    fs.rmSync(tempDir, { recursive: true, force: true });
    throw new Error(`${script} does not exist: build the bundles first (npm run build${script.includes(`${path.sep}tasks${path.sep}`) ? " -- --tasks" : ""}).`);
  }
  try {
    return await runNodeScript({
      script,
      env,
      cwd,
      timeoutMs: options.timeoutMs,
      onStdout: options.onStdout,
      onStderr: options.onStderr,
      signalWhen: options.signalWhen,
    });
  } catch (error) {
    if (!options.keepTemp) fs.rmSync(tempDir, { recursive: true, force: true });
    throw error;
  }
}

function touch(file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, "");
  return file;
}

function mkdir(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

function read(file: string): string {
  return fs.readFileSync(file, "utf8");
}
