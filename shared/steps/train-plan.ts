import path from "node:path";
import type { Workspace } from "../azure/workspace";
import { ConfigurationError, errorMessage } from "../core/errors";
import { createEvent } from "../governance/event";
import { codeBlock, escapeMarkdown } from "../core/markdown";
import type { Host } from "../host/port";
import type { JobRequest } from "../jobs/job-request";
import { createPlanningResolver, type PlannedAction } from "../jobs/resolvers";
import { containedResolver } from "../jobs/contained-resolver";
import { describeSteps } from "../jobs/step-plan";
import { jobApiVersion, jobUrl } from "../jobs/submit-job";
import type { ComponentSpec } from "../jobs/asset-resolver";
import type { TrainServices } from "./train-services";

/** How the CLI v2 YAML spells each job type. */
const JOB_TYPE_NAMES: Readonly<Record<string, string>> = { Command: "command", Pipeline: "pipeline", Sweep: "sweep", AutoML: "automl", Spark: "spark", FineTuning: "finetuning" };

/** A job file read with the step's overrides applied. */
export interface PlannedJobSpec {
  spec: Record<string, unknown>;
  /** The job file. */
  path: string;
  dir: string;
  defaultExperimentName: string;
}

const GENERATED_NAME = "<generated at submission>";

/**
 * Prints what a submission would do — uploads and reuses, resolved assets, compute, the job's name rule —
 * then the exact request in a collapsed group. Reads the workspace to check the plan; writes nothing.
 */
export async function planTrain(
  job: PlannedJobSpec,
  workspace: Workspace,
  host: Host,
  services: TrainServices,
  build: (resolver: ReturnType<typeof createPlanningResolver>) => Promise<JobRequest>,
  webhookUrl: string | undefined,
): Promise<void> {
  const container = await services.openBlobDatastore(workspace, host).then(
    (datastore) => datastore.container,
    (error: unknown) => {
      host.warning(`The datastore could not be read, so the plan cannot tell whether local inputs are already uploaded: ${errorMessage(error)}`);
      return undefined;
    },
  );
  const containment = { roots: host.workspaceRoots };
  const resolver = containedResolver(
    createPlanningResolver(workspace, {
      latestVersion: (type, name) => services.latestAssetVersion(workspace.client, workspace, type, name),
      checks: services.workspacePlanningChecks(workspace.client, workspace, container),
      containment,
      signal: host.cancellation,
    }),
    containment,
    job.path,
  );
  const request = await build(resolver);
  const computes = await checkComputes(workspace, request, host, services);
  const named = typeof job.spec.name === "string";
  const lines = [
    "Dry run: nothing is uploaded, registered or submitted.",
    `Job: ${JOB_TYPE_NAMES[request.properties.jobType] ?? request.properties.jobType} job in experiment ${request.properties.experimentName ?? job.defaultExperimentName}`,
    named ? `Name: ${request.name} (from the job file)` : "Name: generated at submission, <adjective>_<noun>_<10 letters or digits> as the CLI does; set `name:` in the job file to fix it",
    ...computes,
    ...pipelineSteps(request, resolver.actions),
    ...resolver.actions.map((action) => describeAction(action, job.dir)),
    ...referencedAssets([request.properties, ...resolver.actions.map((action) => action.componentSpec)]),
    ...(request.unsent ?? []).map((field) => `Not sent (warned at submission): ${field}`),
    ...(request.notes ?? []).map((note) => `Not sent: ${note}`),
  ];
  const url = jobUrl(workspace.armEndpoint, workspace, named ? request.name : GENERATED_NAME, jobApiVersion(request.properties)).replace(encodeURIComponent(GENERATED_NAME), GENERATED_NAME);
  const body = JSON.stringify({ properties: request.properties }, null, 2);
  // Paths, commands and names come from the job file: printed so that none acts as a CI command.
  host.untrusted(lines.join("\n"));
  await host.group(`Request: PUT ${url}`, async () => host.untrusted(body));
  host.setOutput("status", "DryRun");
  const markdown = `${lines.slice(1).map((line) => `- ${escapeMarkdown(line)}`).join("\n")}\n\n<details><summary>Request: PUT ${escapeMarkdown(url)}</summary>\n\n${codeBlock(body, "json")}\n\n</details>`;
  const headline = named ? `dry run of job ${request.name}` : "dry run of a new job";
  await services.publishEvent(host, createEvent("train", host.context, { outcome: "planned", headline, subject: named ? { job: request.name } : {} }), markdown, webhookUrl);
}

/** Each step of a pipeline job with the component it resolves to; empty for other jobs. */
function pipelineSteps(request: JobRequest, actions: readonly PlannedAction[]): string[] {
  if (request.properties.jobType !== "Pipeline") return [];
  const components = new Map<string, ComponentSpec>();
  for (const action of actions) if (action.action === "register-component" && action.componentSpec) components.set(action.target, action.componentSpec);
  return describeSteps(request.properties.jobs as Record<string, unknown> | undefined, components, request.properties.componentId ?? undefined);
}

function describeAction(action: PlannedAction, baseDir: string): string {
  const source = path.isAbsolute(action.source) ? path.relative(baseDir, action.source) || "." : action.source;
  const size = action.files !== undefined ? `${action.files} ${action.files === 1 ? "file" : "files"}, ${formatBytes(action.bytes ?? 0)}` : "";
  const reuse = action.exists === true ? "reused (already in the workspace)" : action.exists === false ? "would be" : "would be (not checked)";
  switch (action.action) {
    case "upload-code":
      return `Code ${source} (${size}): ${action.exists ? `${reuse}, nothing uploaded` : `${reuse} uploaded`} → ${action.target}`;
    case "upload-input":
      return `Input ${source} (${size}): ${action.exists ? `${reuse}, nothing uploaded` : `${reuse} uploaded`} → ${action.target}`;
    case "register-environment":
      return `Environment from image ${source}: ${action.exists ? reuse : `${reuse} registered`} → ${action.target}`;
    case "register-component":
      return `Component for \`${source}\`: ${action.exists ? reuse : `${reuse} registered`} → ${action.target}`;
    case "upload-build-context":
      return `Build context ${source} (${size}): would be uploaded → ${action.target}`;
    case "resolve-latest":
      return `Asset ${source} → ${action.target}`;
  }
}

const ASSET_KEYS = new Set(["environmentId", "environment", "uri", "path"]);

/** Named assets the request and its components point at (environments, data, models), each once. */
function referencedAssets(parts: unknown[]): string[] {
  const seen = new Set<string>();
  const visit = (value: unknown, key: string) => {
    if (typeof value === "string") {
      const id = value.replace(/^azureml:/, "");
      if (ASSET_KEYS.has(key) && /^\/subscriptions\/.*\/(environments|data|models)\/[^/]+\/versions\/[^/]+$/.test(id) && !id.includes("/CliV2AnonymousEnvironment/")) seen.add(id);
      return;
    }
    if (value && typeof value === "object") for (const [childKey, child] of Object.entries(value)) visit(child, childKey);
  };
  for (const part of parts) visit(part, "");
  return [...seen].sort().map((id) => {
    const [, type, name, version] = /\/(environments|data|models)\/([^/]+)\/versions\/([^/]+)$/.exec(id)!;
    return `Asset ${type === "environments" ? "environment" : type === "data" ? "data" : "model"} ${name}:${version} → ${id}`;
  });
}

/** Each compute the request names, checked to exist; a missing one fails the dry run as it would fail the job. */
async function checkComputes(workspace: Workspace, request: JobRequest, host: Host, services: TrainServices): Promise<string[]> {
  const ids = new Set<string>();
  const visit = (value: unknown, key: string) => {
    if (typeof value === "string" && (key === "computeId" || key === "default_compute")) ids.add(value);
    else if (value && typeof value === "object") for (const [childKey, child] of Object.entries(value)) visit(child, childKey);
  };
  visit(request.properties, "");
  if (ids.size === 0) return ["Compute: none named; Azure ML picks the workspace's default (serverless) compute"];
  const lines: string[] = [];
  for (const id of [...ids].sort()) {
    if (id.includes("${{")) {
      lines.push(`Compute: ${id}, a pipeline input, checked when the job runs`);
      continue;
    }
    const name = id.split("/").pop()!;
    const type = await services.computeType(workspace, name);
    if (type === undefined) {
      const known = await services.computeNames(workspace);
      throw new ConfigurationError(
        `Compute '${name}' does not exist in workspace '${workspace.workspaceName}' (set by input '${host.inputLabel("compute")}' or the job file); it has ${known.length > 0 ? known.join(", ") : "no computes"}.`,
      );
    }
    lines.push(`Compute: ${name} (${type}, exists)`);
  }
  return lines;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
