// First: reads the task's inputs before task-lib moves them into its vault.
import { capturedTaskInput, sasQuery } from "./task-inputs";
import { appendFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as tl from "azure-pipelines-task-lib/task";
import { toCamelCase } from "../inputs/names";
import type { InputDefs } from "../inputs/parse";
import { runnable, type StepDefinition } from "../steps/step";
import { cancellationFromSignals } from "./cancellation";
import type { PullRequestChannel, ReportingSettings } from "../core/pull-request";
import type { AzureConnection, Host, RunContext } from "./port";
import { readReporting, SecretMask } from "./reporting";
import { runStep } from "./run-step";
import { SummaryBudget } from "./summary-budget";
import { presentFolders } from "./workspace-roots";
import { neutralizeAgentCommands } from "./untrusted-text";

export class AzurePipelinesHost implements Host {
  readonly kind = "azure-pipelines" as const;
  readonly cancellation = cancellationFromSignals();
  readonly context = readPipelineContext();
  readonly tempDir = tl.getVariable("Agent.TempDirectory") || tmpdir();
  readonly workspaceRoots = presentFolders(["Pipeline.Workspace", "System.DefaultWorkingDirectory", "Agent.TempDirectory"].map((name) => tl.getVariable(name)));
  readonly isDebug = (tl.getVariable("System.Debug") ?? "").toLowerCase() === "true";
  private summaryPath?: string;
  private readonly secrets = new SecretMask();
  /** A task that warned ends SucceededWithIssues, as Azure Pipelines shows a warning. */
  warned = false;

  /** Never through tl.getInput, which prints `name=value` in a debug line: secrets and SAS tokens are masked first. */
  getInput(name: string, options: { secret?: boolean } = {}): string | undefined {
    const value = capturedTaskInput(toCamelCase(name))?.trim();
    if (!value) return undefined;
    if (options.secret) tl.setSecret(value);
    const sas = sasQuery(value);
    if (sas) tl.setSecret(sas);
    this.debug(`${toCamelCase(name)}=${options.secret ? "***" : sas ? value.replace(sas, "***") : value}`);
    return value;
  }
  inputLabel(name: string): string {
    return toCamelCase(name);
  }
  setOutput(name: string, value: string): void {
    tl.setVariable(toCamelCase(name), value, false, true);
  }
  setSecret(value: string): void {
    this.secrets.add(value);
    tl.setSecret(value);
  }
  mask(text: string): string {
    return this.secrets.mask(text);
  }
  reporting(): ReportingSettings {
    return readReporting(this);
  }
  async pullRequest(): Promise<PullRequestChannel | undefined> {
    const { openAzureDevOpsPullRequest } = await import("./azure-devops-pull-request");
    const variable = (name: string) => tl.getVariable(name) || undefined;
    const token = systemAccessToken();
    return openAzureDevOpsPullRequest(
      {
        token,
        collectionUri: variable("System.TeamFoundationCollectionUri") ?? variable("System.CollectionUri"),
        project: variable("System.TeamProjectId") ?? variable("System.TeamProject"),
        repositoryId: variable("Build.Repository.ID"),
        pullRequestId: this.context.pullRequest,
      },
      this.context.runUrl,
    );
  }
  info(message: string): void {
    console.log(neutralizeAgentCommands(message));
  }
  untrusted(text: string): void {
    console.log(neutralizeAgentCommands(text));
  }
  debug(message: string): void {
    tl.debug(message);
  }
  warning(message: string): void {
    this.warned = true;
    tl.warning(neutralizeAgentCommands(message));
  }
  error(message: string): void {
    tl.error(neutralizeAgentCommands(message));
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    console.log(`##[group]${title}`);
    try {
      return await fn();
    } finally {
      console.log("##[endgroup]");
    }
  }
  private readonly summaryBudget = new SummaryBudget();
  async appendSummary(markdown: string): Promise<void> {
    const text = this.summaryBudget.take(markdown);
    if (!text) return;
    if (!this.summaryPath) {
      const dir = join(this.tempDir, "amlops");
      mkdirSync(dir, { recursive: true });
      this.summaryPath = join(dir, `summary-${process.pid}-${Date.now()}.md`);
    }
    appendFileSync(this.summaryPath, `${text}\n`);
  }
  /** The agent attaches the summary file once, when the task has written all of it. */
  publishSummary(): void {
    if (this.summaryPath) tl.uploadSummary(this.summaryPath);
  }
  getAzureConnection(name: string): AzureConnection {
    const scheme = tl.getEndpointAuthorizationScheme(name, true) ?? "";
    const known = ["WorkloadIdentityFederation", "ServicePrincipal", "ManagedServiceIdentity"] as const;
    const matched = known.find((candidate) => candidate.toLowerCase() === scheme.toLowerCase());
    if (!matched) {
      throw new Error(`Service connection '${name}' uses the authentication scheme '${scheme || "none"}'; accepted: ${known.join(", ")}.`);
    }
    // Read as a whole: getEndpointAuthorizationParameter prints each value in a debug line.
    const parameters = new Map(Object.entries(tl.getEndpointAuthorization(name, true)?.parameters ?? {}).map(([key, value]) => [key.toLowerCase(), value]));
    const parameter = (key: string) => parameters.get(key.toLowerCase()) || undefined;
    const clientSecret = parameter("serviceprincipalkey");
    if (clientSecret) tl.setSecret(clientSecret);
    return {
      id: name,
      scheme: matched,
      tenantId: parameter("tenantid"),
      clientId: parameter("serviceprincipalid"),
      clientSecret,
      certificate: parameter("servicePrincipalCertificate"),
      subscriptionId: tl.getEndpointDataParameter(name, "subscriptionid", true) || undefined,
      authorityHost: tl.getEndpointDataParameter(name, "environmentAuthorityUrl", true) || undefined,
      armEndpoint: tl.getEndpointUrl(name, true) || undefined,
      accessToken: systemAccessToken(),
    };
  }
  fail(message: string): void {
    tl.setResult(tl.TaskResult.Failed, neutralizeAgentCommands(message));
    process.exitCode = 1;
  }
}

/** System.AccessToken, masked before task-lib's getVariable would print it in a debug line. */
function systemAccessToken(): string | undefined {
  const token = tl.getEndpointAuthorization("SystemVssConnection", true)?.parameters?.AccessToken;
  if (token) tl.setSecret(token);
  return token || tl.getVariable("System.AccessToken") || undefined;
}

function readPipelineContext(): RunContext {
  const variable = (name: string) => tl.getVariable(name) || undefined;
  const collection = variable("System.TeamFoundationCollectionUri") ?? variable("System.CollectionUri");
  const project = variable("System.TeamProject");
  const buildId = variable("Build.BuildId");
  const pr = Number(variable("System.PullRequest.PullRequestId"));
  return {
    repository: variable("Build.Repository.Name"),
    sha: variable("Build.SourceVersion"),
    ref: variable("System.PullRequest.SourceBranch") ?? variable("Build.SourceBranch"),
    pullRequest: Number.isInteger(pr) && pr > 0 ? pr : undefined,
    commitSubject: variable("Build.SourceVersionMessage")?.split(/\r?\n/, 1)[0]?.trim() || undefined,
    runUrl: collection && project && buildId ? `${collection.replace(/\/?$/, "/")}${encodeURIComponent(project)}/_build/results?buildId=${buildId}` : undefined,
    actor: variable("Build.RequestedFor"),
    workflow: variable("Build.DefinitionName"),
    eventName: variable("Build.Reason"),
    serverUrl: collection,
  };
}

/**
 * Entry point of a task: runs the step `load` brings. Each task imports only its own step, so its folder
 * (all the agent downloads) carries no other step's code.
 */
export async function runOnAzurePipelines<D extends InputDefs, S>(load: () => Promise<StepDefinition<D, S>>): Promise<void> {
  const host = new AzurePipelinesHost();
  const succeeded = await runStep(runnable(await load()), host);
  host.publishSummary();
  if (succeeded) tl.setResult(host.warned ? tl.TaskResult.SucceededWithIssues : tl.TaskResult.Succeeded, host.warned ? "Completed with warnings." : "");
}
