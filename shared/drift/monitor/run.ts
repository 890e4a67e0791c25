import { sendJson } from "../../azure/data-plane";
import { openBlobDatastore } from "../../azure/datastore";
import { abortableSleep, watchJob, type JobWatch } from "../../azure/job-watch";
import { isNotFound } from "../../azure/service-error";
import type { Workspace } from "../../azure/workspace";
import { CancelledError, ServiceError, errorMessage } from "../../core/errors";
import type { Log } from "../../core/log";
import { workspaceArmId } from "../../azure/arm-ids";
import type { DriftComparison, FeatureDrift } from "../compare";
import { parseAzureLocation } from "../azure/location";
import { datasetDrift } from "../stats";
import { monitorSchedule, SIGNAL_NAME, type MonitorDefinitionOptions, type MonitorSchedule } from "./definition";
import { parseSignalOutput } from "./signal-output";

/** Stable api-version with monitor schedules (MonitorDefinition, CreateMonitor). */
export const MONITOR_API_VERSION = "2025-12-01";
/** `POST …/schedules/{name}/trigger` exists in preview api-versions only (azure-ai-ml's `schedules.trigger`). */
export const TRIGGER_API_VERSION = "2024-01-01-preview";
const SIGNAL_OUTPUT = "signal_output";

export interface MonitorDriftOptions extends MonitorDefinitionOptions {
  /** Whole wait: schedule provisioning and the monitoring job. The job is cancelled when it runs out. */
  timeoutMs: number;
  /** Aborted when the CI run is cancelled: the monitoring job is cancelled too. */
  signal: AbortSignal;
  /** Masks the datastore secret the signal file is read with; receives progress lines. */
  log: Log;
  now?: () => Date;
  /** Share of drifted features at which the dataset counts as drifted (default 0.5). */
  driftShare?: number;
  /** Polling backs off from `initial` to `max` (default 2 s → 60 s). */
  pollIntervalMs?: { initial: number; max: number };
}

export interface MonitorDriftResult extends DriftComparison {
  scheduleName: string;
  /** The monitoring job the trigger submitted. */
  jobName: string;
  /** false when this call created the schedule. */
  reusedSchedule: boolean;
  /** Where the figures were read: `<signal_output>/signals/<signal>.json`. */
  signalFile: string;
}

interface ScheduleResource {
  properties: { provisioningState?: string; isEnabled?: boolean; tags?: Record<string, string> };
}

interface JobResource {
  properties: { status?: string; outputs?: Record<string, { uri?: string } | null>; services?: Record<string, { endpoint?: string }> };
}

class MonitorRun {
  private readonly base: string;
  private readonly now: () => number;
  private readonly deadline: number;

  constructor(private readonly workspace: Workspace, private readonly options: MonitorDriftOptions) {
    this.base = `${workspace.armEndpoint}${workspaceArmId(workspace)}`;
    const now = options.now ?? (() => new Date());
    this.now = () => now().getTime();
    this.deadline = this.now() + options.timeoutMs;
  }

  /** A request the run's cancellation aborts (before anything runs in the workspace). */
  private async send<T>(method: "GET" | "PUT" | "POST", path: string, apiVersion: string, body?: unknown): Promise<T> {
    try {
      return await sendJson<T>(this.workspace.client, method, `${this.base}${path}?api-version=${apiVersion}`, body, this.options.signal);
    } catch (error) {
      if (this.options.signal.aborted) throw new CancelledError(`Cancelled during ${method} ${path}.`);
      throw error;
    }
  }

  /** A request that completes even when the run is being cancelled: what it starts or stops must be known. */
  private sendToEnd<T>(method: "GET" | "PUT" | "POST", path: string, apiVersion: string, body?: unknown): Promise<T> {
    return sendJson<T>(this.workspace.client, method, `${this.base}${path}?api-version=${apiVersion}`, body);
  }

  private checkCancelled(what: string): void {
    if (this.options.signal.aborted) throw new CancelledError(`Cancelled while ${what}.`);
  }

  private async getSchedule(name: string): Promise<ScheduleResource | undefined> {
    try {
      return await this.send<ScheduleResource>("GET", `/schedules/${name}`, MONITOR_API_VERSION);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /**
   * Creates the schedule, or reuses the one with the same definition (enabling it again when it was left disabled).
   * True when it was reused. Once this returns, the caller disables the schedule whatever happens next.
   */
  async ensureSchedule(schedule: MonitorSchedule): Promise<boolean> {
    const existing = await this.getSchedule(schedule.name);
    const sameDefinition = existing?.properties.tags?.["amlops.definition-hash"] === schedule.definitionHash;
    const usable = existing && sameDefinition && existing.properties.provisioningState !== "Failed";
    if (usable && existing.properties.isEnabled === true) return true;
    this.checkCancelled(`creating monitor schedule ${schedule.name}`);
    this.options.log.info(`${usable ? "Enabling" : "Creating"} monitor schedule ${schedule.name}.`);
    await this.sendToEnd("PUT", `/schedules/${schedule.name}`, MONITOR_API_VERSION, schedule.body);
    return Boolean(usable);
  }

  async waitProvisioned(name: string): Promise<void> {
    let interval = Math.min(this.options.pollIntervalMs?.initial ?? 2000, 5000);
    for (;;) {
      this.checkCancelled(`creating monitor schedule ${name}`);
      const state = (await this.getSchedule(name))?.properties.provisioningState;
      if (state === "Succeeded") return;
      if (state === "Failed" || state === "Canceled" || state === undefined) {
        throw new ServiceError(`Monitor schedule ${name} was not created (provisioning state ${state ?? "missing"}).`);
      }
      if (this.now() >= this.deadline) throw new ServiceError(`Monitor schedule ${name} was still ${state} when the timeout ran out.`);
      await abortableSleep(interval, this.options.signal);
      interval = Math.min(interval * 2, this.options.pollIntervalMs?.max ?? 60_000);
    }
  }

  /** Runs the monitor once now; returns the monitoring job's name. */
  async trigger(schedule: MonitorSchedule): Promise<string> {
    this.checkCancelled(`triggering monitor schedule ${schedule.name}`);
    const scheduleTime = new Date(this.now()).toISOString();
    const result = await this.sendToEnd<{ submissionId?: string }>("POST", `/schedules/${schedule.name}/trigger`, TRIGGER_API_VERSION, { scheduleTime });
    if (!result?.submissionId) throw new ServiceError(`Triggering monitor schedule ${schedule.name} returned no job.`);
    return result.submissionId;
  }

  /** Nothing runs on the schedule's own trigger: it is enabled only around the one run asked for. */
  async disable(schedule: MonitorSchedule): Promise<void> {
    await this.sendToEnd("PUT", `/schedules/${schedule.name}`, MONITOR_API_VERSION, { properties: { ...schedule.body.properties, isEnabled: false } });
  }

  async waitForJob(jobName: string): Promise<JobResource> {
    const path = `/jobs/${jobName}`;
    let last: JobResource | undefined;
    const watch: JobWatch = {
      // Not abortable: a cancelled run must still reach the cancel below, which watchJob sends once it sees the abort.
      readStatus: async () => {
        last = await this.sendToEnd<JobResource>("GET", path, MONITOR_API_VERSION);
        return last.properties.status ?? "Unknown";
      },
      followLogs: async () => undefined,
      onStatus: (status) => this.options.log.info(`Monitoring job ${jobName}: ${status}`),
      cancel: async () => {
        this.options.log.info(`Cancelling monitoring job ${jobName}.`);
        await this.sendToEnd("POST", `${path}/cancel`, MONITOR_API_VERSION);
      },
    };
    const timing = {
      initialIntervalMs: this.options.pollIntervalMs?.initial ?? 2000,
      maxIntervalMs: this.options.pollIntervalMs?.max ?? 60_000,
      timeoutMs: Math.max(0, this.deadline - this.now()),
      cancelOnTimeout: true,
    };
    const end = await watchJob(watch, timing, this.options.signal, this.now);
    if (end.reason === "cancelled") throw new CancelledError(`Monitoring job ${jobName} was cancelled with the run.`);
    if (end.reason === "timeout") throw new ServiceError(`Monitoring job ${jobName} did not finish within ${Math.round(this.options.timeoutMs / 1000)} s; it was cancelled.`);
    if (end.status !== "Completed") {
      const studio = last?.properties.services?.Studio?.endpoint;
      throw new ServiceError(`Monitoring job ${jobName} ended ${end.status}${studio ? `; see ${studio}` : ""}.`);
    }
    return last!;
  }

  /** Reads `<signal_output>/signals/<signal>.json` through the datastore the output lives in. */
  async readSignalFile(jobName: string, job: JobResource): Promise<{ text: string; origin: string }> {
    const uri = job.properties.outputs?.[SIGNAL_OUTPUT]?.uri;
    if (!uri) throw new ServiceError(`Monitoring job ${jobName} has no ${SIGNAL_OUTPUT} output.`);
    const location = parseAzureLocation(uri, `Output ${SIGNAL_OUTPUT} of monitoring job ${jobName}`);
    if (location.kind !== "datastore") throw new ServiceError(`Output ${SIGNAL_OUTPUT} of monitoring job ${jobName} is ${uri}, not a datastore path.`);
    const blobName = `${location.path.replace(/\/+$/, "")}/signals/${SIGNAL_NAME}.json`;
    const origin = `azureml://datastores/${location.datastore}/paths/${blobName}`;
    const { container } = await openBlobDatastore(this.workspace, this.options.log, location.datastore);
    try {
      const buffer = await container.getBlobClient(blobName).downloadToBuffer(undefined, undefined, { abortSignal: this.options.signal });
      return { text: buffer.toString("utf8"), origin };
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) throw new ServiceError(`Monitoring job ${jobName} completed without writing ${origin}.`);
      throw error;
    }
  }
}

/** The order of `features` when given, else by name (the signal file groups features by metric). */
function orderFeatures(features: FeatureDrift[], order: readonly string[] | undefined): FeatureDrift[] {
  const rank = new Map((order ?? []).map((name, index) => [name, index]));
  return [...features].sort((a, b) => (rank.get(a.name) ?? Infinity) - (rank.get(b.name) ?? Infinity) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Data drift through Azure ML model monitoring, for data too large for a CI runner: creates (or reuses, by content
 * hash of its definition) a monitor schedule with one data drift signal, triggers it once, waits for the monitoring
 * job with backoff (cancelling it on abort or timeout) and returns the signal's per-feature figures in the shape
 * `compareTables` returns.
 */
export async function runMonitorDrift(workspace: Workspace, options: MonitorDriftOptions): Promise<MonitorDriftResult> {
  try {
    return await monitorOnce(workspace, options);
  } catch (error) {
    // Whatever a cancelled run was doing when the signal came (an SDK read raises AbortError), it ends as a cancellation.
    if (options.signal.aborted && !(error instanceof CancelledError)) throw new CancelledError(`Cancelled: ${errorMessage(error)}`);
    throw error;
  }
}

async function monitorOnce(workspace: Workspace, options: MonitorDriftOptions): Promise<MonitorDriftResult> {
  const schedule = await monitorSchedule(workspace, options);
  const run = new MonitorRun(workspace, options);
  const reusedSchedule = await run.ensureSchedule(schedule);
  let jobName: string;
  try {
    await run.waitProvisioned(schedule.name);
    jobName = await run.trigger(schedule);
  } finally {
    await run.disable(schedule).catch((error: unknown) => {
      options.log.warning(`Monitor schedule ${schedule.name} could not be disabled and may run on its daily trigger: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
  options.log.info(`Monitor schedule ${schedule.name} submitted monitoring job ${jobName}.`);
  const job = await run.waitForJob(jobName);
  const { text, origin } = await run.readSignalFile(jobName, job);
  const features = orderFeatures(parseSignalOutput(text, origin), options.features);
  return { ...datasetDrift(features, options.driftShare), features, scheduleName: schedule.name, jobName, reusedSchedule, signalFile: origin };
}
