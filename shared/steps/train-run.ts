import path from "node:path";
import type { JobBase } from "@azure/arm-machinelearning";
import { modelOutputUri, studioUrl } from "../azure/jobs";
import { JobLogTail } from "../azure/job-logs";
import { watchJob, type WatchEnd } from "../azure/job-watch";
import type { TrackingEndpoints } from "../azure/tracking";
import { withInputNames } from "./input-errors";
import type { Workspace } from "../azure/workspace";
import { ConfigurationError, ServiceError, errorMessage } from "../core/errors";
import { createEvent, lineageTags, type GovernanceEvent } from "../governance/event";
import { escapeMarkdown } from "../core/markdown";
import type { Host } from "../host/port";
import type { ParsedInputs } from "../inputs/parse";
import { applyNamedOverrides, applySetOverrides, loadJobFile } from "../jobs/job-file";
import { buildJobRequest, type JobRequest } from "../jobs/job-request";
import { containedResolver } from "../jobs/contained-resolver";
import type { PathContainment } from "../core/paths";
import { parseTagLines } from "../jobs/tags";
import { failureDetails, jobFacts, metricsTable } from "./train-report";
import { planTrain } from "./train-plan";
import type { trainInputs } from "./train-inputs";
import type { TrainServices } from "./train-services";
import { connectWorkspace } from "./workspace-inputs";

type TrainInputs = ParsedInputs<typeof trainInputs>;

const MAX_POLL_INTERVAL_MS = 60_000;
const FINAL_READ_PATIENCE_MS = 60_000;

export async function runTrain(inputs: TrainInputs, host: Host, services: TrainServices): Promise<void> {
  if (inputs["attach-job"] && inputs["job-file"]) {
    throw new ConfigurationError(`Set either input '${host.inputLabel("job-file")}' or '${host.inputLabel("attach-job")}', not both.`);
  }
  if (!inputs["attach-job"] && !inputs["job-file"]) {
    throw new ConfigurationError(`Input '${host.inputLabel("job-file")}' is required unless '${host.inputLabel("attach-job")}' is set: expected the path of a job YAML file.`);
  }
  const spec = inputs["job-file"] ? await readJobSpec(inputs, host) : undefined;
  const workspace = await connectWorkspace(inputs, host, services.connectWorkspace);

  if (inputs["dry-run"]) {
    if (!spec) throw new ConfigurationError(`Input '${host.inputLabel("dry-run")}' plans a submission; it does not apply to '${host.inputLabel("attach-job")}'.`);
    return planTrain(spec, workspace, host, services, (resolver) => buildRequest(spec, workspace, resolver, { roots: host.workspaceRoots }), inputs["webhook-url"]);
  }

  const job = spec
    ? await submit(spec, inputs, workspace, host, services)
    : await withInputNames(host, { jobName: "attach-job" }, () => services.findJob(workspace, inputs["attach-job"]!));
  const jobName = job.name!;
  const url = studioUrl(job, workspace);
  host.setOutput("job-name", jobName);
  host.setOutput("studio-url", url);
  host.info(`${spec ? "Submitted" : "Attached to"} job ${jobName}: ${url}`);

  if (!inputs.wait) {
    const status = job.properties.status ?? "NotStarted";
    host.setOutput("status", status);
    await report(host, services, inputs, event(host, "succeeded", `job ${jobName} submitted; not waiting (status ${status})`, job, url), `${jobFacts({ jobName, status, studioUrl: url })}\n\n${resumeHint(host, jobName)}`);
    return;
  }

  const tracking = await services.trackingEndpoints(workspace.client, workspace);
  const logs = new JobLogTail();
  const end = await host.group(`Job ${jobName}`, () => follow(workspace, tracking, jobName, logs, inputs, host, services));
  // A job that could not be read is not read once more: its last known status stands.
  const finished = end.reason === "unreadable" ? undefined : await readFinalJob(workspace, jobName, host, services);
  const status = end.reason === "finished" ? end.status : (finished?.properties.status ?? end.status);
  host.setOutput("status", status);
  const modelUri = status === "Completed" && finished ? modelOutputUri(finished) : undefined;
  if (modelUri) host.setOutput("model-uri", modelUri);
  const subject = finished ?? job;
  const facts = jobFacts({ jobName, status, studioUrl: url, experiment: subject.properties.experimentName, modelUri });

  if (end.reason === "cancelled") {
    await report(host, services, inputs, event(host, "cancelled", `run cancelled; job ${jobName} cancelled`, subject, url), facts);
    throw new ServiceError(`The run was cancelled; job ${jobName} was cancelled too.`);
  }
  if (end.reason === "timeout") {
    const what = end.cancelled ? "and was cancelled." : `and is still running. ${resumeHint(host, jobName)}`;
    await report(host, services, inputs, event(host, "failed", `job ${jobName} timed out`, subject, url), `${facts}\n\n${end.cancelled ? "" : `${resumeHint(host, jobName)}\n\n`}${failureDetails(undefined, logs.tail())}`);
    throw new ServiceError(`Job ${jobName} did not finish within ${inputs["timeout-minutes"]} minutes ${what}`);
  }
  if (end.reason === "unreadable") {
    const reason = errorMessage(end.error);
    const what = end.cancelled
      ? "it was cancelled."
      : end.cancelError
        ? `cancelling it failed too (${errorMessage(end.cancelError)}); it may still be running. ${resumeHint(host, jobName)}`
        : `it was left running. ${resumeHint(host, jobName)}`;
    await report(host, services, inputs, event(host, "failed", `job ${jobName} could not be followed`, subject, url), `${facts}\n\n**Error:** ${escapeMarkdown(reason)}\n\n${end.cancelled ? "" : `${resumeHint(host, jobName)}\n\n`}${failureDetails(undefined, logs.tail())}`);
    throw new ServiceError(`${reason} Job ${jobName} could not be followed; ${what}`);
  }
  if (status !== "Completed") {
    const message = await jobError(workspace, tracking, jobName, services);
    await report(host, services, inputs, event(host, "failed", `job ${jobName} ended ${status}`, subject, url), `${facts}\n\n${failureDetails(message, logs.tail())}`);
    throw new ServiceError(`Job ${jobName} ended ${status}${message ? `: ${message}` : "."}`);
  }

  const metrics = await withInputNames(host, { metricsStep: "metrics-step" }, () => services.jobMetrics(workspace.client, tracking, subject, inputs["metrics-step"]));
  host.setOutput("metrics", JSON.stringify(metrics));
  const evidence = { metrics, ...(modelUri ? { modelUri } : {}) };
  await report(host, services, inputs, event(host, "succeeded", `job ${jobName} completed`, subject, url, evidence), `${facts}\n\n${metricsTable(metrics)}`);
}

/** How to wait for a job that was left running. */
function resumeHint(host: Host, jobName: string): string {
  return `To wait for it again, run this step with \`${host.inputLabel("attach-job")}: ${jobName}\`.`;
}

/** The job as it ended; undefined when it cannot be read even after a patient wait. */
async function readFinalJob(workspace: Workspace, jobName: string, host: Host, services: TrainServices): Promise<JobBase | undefined> {
  try {
    return await services.readJobPatiently(workspace, jobName, { log: host, signal: new AbortController().signal, deadline: Date.now() + FINAL_READ_PATIENCE_MS });
  } catch (error) {
    host.warning(`The job's final state could not be read: ${errorMessage(error)}`);
    return undefined;
  }
}

async function readJobSpec(inputs: TrainInputs, host: Host) {
  const file = await loadJobFile(inputs["job-file"]!);
  const withSet = applySetOverrides(file.spec, inputs.set);
  const tags = await withInputNames(host, { tags: "tags" }, () => parseTagLines(inputs.tags));
  const spec = applyNamedOverrides(withSet, {
    experimentName: inputs["experiment-name"],
    compute: inputs.compute,
    displayName: inputs["display-name"],
    tags: { ...lineageTags(host.context), ...tags },
  });
  return { spec, path: file.path, dir: file.dir, defaultExperimentName: path.basename(process.cwd()) };
}

type JobSpec = Awaited<ReturnType<typeof readJobSpec>>;

async function buildRequest(spec: JobSpec, workspace: Workspace, resolver: Parameters<typeof buildJobRequest>[2], containment: PathContainment): Promise<JobRequest> {
  return buildJobRequest(spec.spec, { ...workspace, jobFileDir: spec.dir, jobFile: spec.path, containment, defaultExperimentName: spec.defaultExperimentName }, resolver);
}

async function submit(spec: JobSpec, _inputs: TrainInputs, workspace: Workspace, host: Host, services: TrainServices): Promise<JobBase> {
  const datastore = await services.openBlobDatastore(workspace, host);
  const containment = { roots: host.workspaceRoots };
  const resolver = containedResolver(
    services.createWorkspaceResolver({
      client: workspace.client,
      scope: workspace,
      container: datastore.container,
      datastoreName: datastore.name,
      containment,
      signal: host.cancellation,
      onAction: (action) => host.untrusted(`${action.reused ? "Reused" : "Done"}: ${action.action} ${action.source} → ${action.target}`),
    }),
    containment,
    spec.path,
  );
  host.info(`Uploading the local code and inputs of ${spec.path}…`);
  const request = await buildRequest(spec, workspace, resolver, containment);
  for (const note of request.notes ?? []) host.untrusted(`Not sent: ${note}`);
  for (const field of request.unsent ?? []) host.warning(`Not sent: ${field}`);
  return services.submitJobRequest(workspace.client, workspace.armEndpoint, workspace, request, host.cancellation);
}

function follow(workspace: Workspace, tracking: TrackingEndpoints, jobName: string, logs: JobLogTail, inputs: TrainInputs, host: Host, services: TrainServices): Promise<WatchEnd> {
  let logsAvailable = true;
  return watchJob(
    {
      readStatus: async (deadline) => (await services.readJobPatiently(workspace, jobName, { log: host, signal: host.cancellation, deadline })).properties.status ?? "Unknown",
      followLogs: async (final) => {
        if (logsAvailable) {
          try {
            printJobLog(host, await logs.poll(await services.runDetails(workspace.client, tracking, jobName)));
          } catch (error) {
            logsAvailable = false;
            host.warning(`Log streaming stopped: ${errorMessage(error)}`);
          }
        }
        if (final) printJobLog(host, logs.flush());
      },
      onStatus: (status) => host.info(`[amlops] job ${jobName}: ${status}`),
      cancel: async () => {
        host.info(`[amlops] cancelling job ${jobName}`);
        await services.cancelJob(workspace, jobName, host);
      },
    },
    {
      initialIntervalMs: inputs["poll-interval-seconds"]! * 1000,
      maxIntervalMs: MAX_POLL_INTERVAL_MS,
      timeoutMs: inputs["timeout-minutes"]! * 60_000,
      cancelOnTimeout: inputs["cancel-on-timeout"],
    },
    host.cancellation,
  );
}

/** Job log lines are written by the job's code: printed so that none acts as a CI command. */
function printJobLog(host: Host, lines: readonly string[]): void {
  if (lines.length > 0) host.untrusted(lines.join("\n"));
}

async function jobError(workspace: Workspace, tracking: TrackingEndpoints, jobName: string, services: TrainServices): Promise<string | undefined> {
  try {
    const details = await services.runDetails(workspace.client, tracking, jobName);
    return details.error?.error?.message;
  } catch {
    return undefined;
  }
}

function event(host: Host, outcome: GovernanceEvent["outcome"], headline: string, job: JobBase, url: string, evidence: Record<string, unknown> = {}): GovernanceEvent {
  return createEvent("train", host.context, {
    outcome,
    headline,
    subject: { job: job.name ?? "", experiment: job.properties.experimentName ?? "" },
    evidence,
    links: [{ title: "Azure ML studio", url }],
  });
}

function report(host: Host, services: TrainServices, inputs: TrainInputs, governance: GovernanceEvent, body: string): Promise<void> {
  return services.publishEvent(host, governance, body, inputs["webhook-url"]);
}
