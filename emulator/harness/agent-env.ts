/** `INPUT_<NAME>` as the agent forms it: dots and spaces → `_`, upper case (`jobFile` → `INPUT_JOBFILE`). */
export function taskInputEnvName(name: string): string {
  return `INPUT_${envFormat(name)}`;
}

/** The agent's variable → environment name conversion (`Build.SourceBranch` → `BUILD_SOURCEBRANCH`). */
export function envFormat(name: string): string {
  return name.replace(/[. ]/g, "_").toUpperCase();
}

/** An Azure Resource Manager service connection as the agent hands it to a task. */
export interface ServiceConnectionSettings {
  /** Connection id (a GUID): what the task's connectedService input holds. */
  id: string;
  /** Connection name: the last part of the federation subject `sc://<org>/<project>/<name>`. */
  name?: string;
  scheme: "WorkloadIdentityFederation" | "ServicePrincipal";
  tenantId: string;
  clientId: string;
  clientSecret?: string;
  subscriptionId: string;
  subscriptionName?: string;
  authorityHost: string;
  armUrl: string;
  /** Federation issuer and subject the connection shows (workload identity federation). */
  issuer?: string;
  subject?: string;
}

/** `ENDPOINT_*` variables exactly as the agent's handler writes them for one endpoint. */
export function endpointVariables(
  key: string,
  url: string,
  authorization: { scheme: string; parameters: Record<string, string> },
  data?: Record<string, string>,
): Record<string, string> {
  const env: Record<string, string> = {
    [`ENDPOINT_URL_${key}`]: url,
    [`ENDPOINT_AUTH_${key}`]: JSON.stringify({ parameters: authorization.parameters, scheme: authorization.scheme }),
    [`ENDPOINT_AUTH_SCHEME_${key}`]: authorization.scheme,
  };
  for (const [name, value] of Object.entries(authorization.parameters)) env[`ENDPOINT_AUTH_PARAMETER_${key}_${envFormat(name)}`] = value;
  if (data) {
    env[`ENDPOINT_DATA_${key}`] = JSON.stringify(data);
    for (const [name, value] of Object.entries(data)) env[`ENDPOINT_DATA_${key}_${envFormat(name)}`] = value;
  }
  return env;
}

/** The AzureRM connection: parameter and data keys as the AzureRM endpoint type defines them. */
export function serviceConnectionVariables(connection: ServiceConnectionSettings): Record<string, string> {
  const parameters: Record<string, string> =
    connection.scheme === "ServicePrincipal"
      ? { serviceprincipalid: connection.clientId, authenticationType: "spnKey", serviceprincipalkey: connection.clientSecret ?? "", tenantid: connection.tenantId }
      : {
          serviceprincipalid: connection.clientId,
          tenantid: connection.tenantId,
          ...(connection.issuer ? { workloadIdentityFederationIssuer: connection.issuer } : {}),
          ...(connection.subject ? { workloadIdentityFederationSubject: connection.subject } : {}),
        };
  const armUrl = connection.armUrl.endsWith("/") ? connection.armUrl : `${connection.armUrl}/`;
  const authority = connection.authorityHost.endsWith("/") ? connection.authorityHost : `${connection.authorityHost}/`;
  const data: Record<string, string> = {
    environment: "AzureCloud",
    scopeLevel: "Subscription",
    subscriptionId: connection.subscriptionId,
    subscriptionName: connection.subscriptionName ?? "amlops-subscription",
    environmentUrl: armUrl,
    resourceManagerUrl: armUrl,
    activeDirectoryAuthority: authority,
    environmentAuthorityUrl: authority,
    activeDirectoryServiceEndpointResourceId: armUrl,
    creationMode: "Manual",
  };
  return endpointVariables(connection.id, armUrl, { scheme: connection.scheme, parameters }, data);
}

export interface PipelineRunContext {
  collectionUri: string;
  project: string;
  projectId: string;
  repository: string;
  repositoryId: string;
  sourceVersion: string;
  sourceBranch: string;
  buildId: string;
  requestedFor: string;
  definitionName: string;
  oidcRequestUri: string;
  pullRequest?: { number: number; sourceBranch?: string; targetBranch?: string; isFork?: boolean };
}

/** Public variables of a build job, by their pipeline names (converted to environment names by the caller). */
export function pipelineVariables(context: PipelineRunContext, dirs: { temp: string; work: string; sources: string }): Record<string, string> {
  const pr = context.pullRequest;
  const branchName = context.sourceBranch.replace(/^refs\/heads\//, "");
  const variables: Record<string, string> = {
    "Agent.TempDirectory": dirs.temp,
    "Agent.WorkFolder": dirs.work,
    "Agent.BuildDirectory": dirs.work,
    "Agent.HomeDirectory": dirs.work,
    "Agent.ToolsDirectory": dirs.work,
    "Agent.OS": "Linux",
    "Agent.OSArchitecture": "X64",
    "Agent.Name": "Azure Pipelines 3",
    "Agent.JobName": "Job",
    "Agent.JobStatus": "Succeeded",
    "Agent.Version": "4.260.0",
    "System.DefaultWorkingDirectory": dirs.sources,
    "System.HostType": "build",
    "System.TeamFoundationCollectionUri": context.collectionUri,
    "System.CollectionUri": context.collectionUri,
    "System.TeamFoundationServerUri": context.collectionUri,
    "System.TeamProject": context.project,
    "System.TeamProjectId": context.projectId,
    "System.DefinitionId": "12",
    "System.JobId": "5b9f6c0e-6d44-5b3a-96ec-7bd7d7f9c1f3",
    "System.PlanId": "8d1c8c59-0c49-4c3f-8d5a-c8a1c4e2e6a0",
    "System.OidcRequestUri": context.oidcRequestUri,
    "System.Debug": "false",
    "Build.SourcesDirectory": dirs.sources,
    "Build.ArtifactStagingDirectory": dirs.temp,
    "Build.BinariesDirectory": dirs.temp,
    "Build.Repository.Name": context.repository,
    "Build.Repository.ID": context.repositoryId,
    "Build.Repository.Provider": "TfsGit",
    "Build.Repository.Uri": `${context.collectionUri}${context.project}/_git/${context.repository}`,
    "Build.SourceVersion": context.sourceVersion,
    "Build.SourceVersionMessage": pr ? `Merge pull request ${pr.number} into main` : "Retrain with new data",
    "Build.SourceBranch": pr ? `refs/pull/${pr.number}/merge` : context.sourceBranch,
    "Build.SourceBranchName": pr ? "merge" : branchName,
    "Build.BuildId": context.buildId,
    "Build.BuildNumber": `20250101.${context.buildId}`,
    "Build.DefinitionName": context.definitionName,
    "Build.RequestedFor": context.requestedFor,
    "Build.RequestedForEmail": `${context.requestedFor.toLowerCase().replace(/\s+/g, ".")}@contoso.com`,
    "Build.Reason": pr ? "PullRequest" : "IndividualCI",
  };
  if (pr) {
    variables["System.PullRequest.PullRequestId"] = String(pr.number);
    variables["System.PullRequest.SourceBranch"] = pr.sourceBranch ?? `refs/heads/feature-${pr.number}`;
    variables["System.PullRequest.TargetBranch"] = pr.targetBranch ?? "refs/heads/main";
    variables["System.PullRequest.IsFork"] = pr.isFork ? "True" : "False";
  }
  return variables;
}
