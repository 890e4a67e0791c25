import { isResponse } from "./arm";
import { pipelineComponentJobs, resolveComponent } from "./components";
import type { EmulatorContext } from "./context";
import { generatedName } from "./ids";
import { resolveBehaviour, type JobBehaviour, type ScenarioBook } from "./scenarios";
import type { JobRecord, JobStatus } from "./state";

export const TERMINAL: JobStatus[] = ["Completed", "Failed", "Canceled"];
const TICK_MS = 25;

export function userLogPath(jobName: string): string {
  return `ExperimentRun/dcid.${jobName}/user_logs/std_log.txt`;
}

export function outputPath(jobName: string, outputName: string): string {
  return `azureml/${jobName}/${outputName}`;
}

/** A pipeline node's `type` (command, spark, pipeline, sweep) as a job's jobType. */
function jobTypeOf(type: unknown): string {
  const text = String(type ?? "command");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const MODEL_OUTPUT_TYPES = ["mlflow_model", "custom_model", "uri_folder"];
const MAX_TRIALS = 3;

function trialLimit(properties: Record<string, unknown>): number {
  const limits = (properties.limits ?? (properties.taskDetails as Record<string, unknown> | undefined)?.limitSettings ?? {}) as Record<string, unknown>;
  const total = limits.maxTotalTrials ?? limits.maxTrials;
  return typeof total === "number" ? total : MAX_TRIALS;
}

function trialCommand(properties: Record<string, unknown>): Record<string, unknown> {
  const trial = (properties.trial ?? {}) as Record<string, unknown>;
  return { command: trial.command ?? "automl trial", environment: trial.environmentId ?? properties.environmentId ?? "" };
}

function scaledMetrics(metrics: Record<string, number | number[]>, scale: number): Record<string, number | number[]> {
  const round = (value: number): number => Math.round(value * scale * 1e6) / 1e6;
  return Object.fromEntries(Object.entries(metrics).map(([key, value]) => [key, Array.isArray(value) ? value.map(round) : round(value)]));
}

/** The trial with the best primary metric (the objective's goal; AutoML maximizes), else the last. */
function bestTrial(trials: JobRecord[], properties: Record<string, unknown>): JobRecord {
  const objective = (properties.objective ?? {}) as { primaryMetric?: string; goal?: string };
  const metric = (objective.primaryMetric ?? (properties.taskDetails as Record<string, unknown> | undefined)?.primaryMetric) as string | undefined;
  const latest = (trial: JobRecord): number | undefined => {
    const points = trial.metrics.filter((point) => metric !== undefined && point.key.toLowerCase() === metric.toLowerCase());
    return points.length > 0 ? points[points.length - 1].value : undefined;
  };
  const scored = trials.filter((trial) => latest(trial) !== undefined);
  if (scored.length === 0) return trials[trials.length - 1];
  const better = objective.goal === "Minimize" ? (a: number, b: number) => a < b : (a: number, b: number) => a > b;
  return scored.reduce((best, trial) => (better(latest(trial)!, latest(best)!) ? trial : best));
}

function defaultModelFiles(outputType: string, jobName: string): Record<string, string> {
  if (outputType === "mlflow_model") {
    return {
      MLmodel: [
        "artifact_path: model",
        "flavors:",
        "  python_function:",
        "    env:",
        "      conda: conda.yaml",
        "      virtualenv: python_env.yaml",
        "    loader_module: mlflow.sklearn",
        "    model_path: model.pkl",
        "    predict_fn: predict",
        "    python_version: 3.10.13",
        "  sklearn:",
        "    code: null",
        "    pickled_model: model.pkl",
        "    serialization_format: cloudpickle",
        "    sklearn_version: 1.5.1",
        "mlflow_version: 2.15.1",
        "model_size_bytes: 1024",
        `run_id: ${jobName}`,
        "",
      ].join("\n"),
      "conda.yaml": "channels:\n- conda-forge\ndependencies:\n- python=3.10.13\n- pip:\n  - mlflow==2.15.1\n  - scikit-learn==1.5.1\nname: mlflow-env\n",
      "python_env.yaml": "python: 3.10.13\nbuild_dependencies:\n- pip\ndependencies:\n- -r requirements.txt\n",
      "requirements.txt": "mlflow==2.15.1\nscikit-learn==1.5.1\n",
      "model.pkl": `model trained by ${jobName}\n`,
    };
  }
  if (outputType === "custom_model") return { "model.pkl": `model trained by ${jobName}\n` };
  return { "_SUCCESS": "" };
}

/**
 * What a pipeline step computes while Running (a monitoring signal, say): its metrics and log lines replace the
 * scenario's; a throw fails the step with the error's message.
 */
export type StepWork = (job: JobRecord) => Promise<{ metrics?: Record<string, number>; logLines?: string[] }>;

/** Drives jobs through NotStarted → Queued → Preparing → Running → Finalizing → Completed/Failed/Canceled. */
export class JobRunner {
  private readonly finished = new Map<string, Promise<void>>();

  constructor(private readonly ctx: EmulatorContext, private readonly scenarios: ScenarioBook) {}

  /** Resolves once the job reaches a terminal status. */
  whenFinished(jobName: string): Promise<void> {
    return this.finished.get(jobName) ?? Promise.resolve();
  }

  /** `work` gives pipeline steps, by step name, something to compute. */
  start(job: JobRecord, work: Record<string, StepWork> = {}): void {
    const scenario = this.scenarios.forJob(job);
    const jobType = job.resource.properties.jobType;
    const run = jobType === "Pipeline"
      ? this.runPipeline(job, scenario, work)
      : jobType === "Sweep" || jobType === "AutoML"
        ? this.runTrials(job, scenario)
        : this.runSingle(job, scenario);
    this.finished.set(job.resource.name, run.catch(() => undefined));
  }

  private setStatus(job: JobRecord, status: JobStatus): void {
    job.status = status;
    job.resource.properties.status = status;
  }

  /** Waits, noticing a cancel request; true when the job was canceled meanwhile. */
  private async pause(job: JobRecord, ms: number): Promise<boolean> {
    let waited = 0;
    while (waited < ms) {
      if (job.cancelRequested || this.ctx.timers.isClosed) return true;
      const step = Math.min(TICK_MS, ms - waited);
      await this.ctx.timers.wait(step);
      waited += step;
    }
    return job.cancelRequested;
  }

  private finish(job: JobRecord, status: JobStatus, error?: string): void {
    job.endTime = this.ctx.now();
    if (error) job.error = error;
    this.setStatus(job, status);
  }

  private async appendLog(job: JobRecord, line: string): Promise<void> {
    job.logLines.push(line);
    await this.ctx.blob.appendText(userLogPath(job.resource.name), `${line}\n`);
  }

  private logMetrics(job: JobRecord, metrics: Record<string, number | number[]>): void {
    const timestamp = this.ctx.now().getTime();
    for (const [key, value] of Object.entries(metrics)) {
      const values = Array.isArray(value) ? value : [value];
      values.forEach((point, step) => job.metrics.push({ key, value: point, step, timestamp }));
    }
  }

  private async writeOutputs(job: JobRecord, files: Record<string, Record<string, string>> | undefined): Promise<void> {
    const outputs = (job.resource.properties.outputs ?? {}) as Record<string, Record<string, unknown> | null>;
    for (const [name, output] of Object.entries(outputs)) {
      if (!output || typeof output !== "object") continue;
      const outputType = String(output.jobOutputType ?? output.type);
      if (!MODEL_OUTPUT_TYPES.includes(outputType)) continue;
      const folder = outputPath(job.resource.name, name);
      output.uri ??= `azureml://datastores/workspaceblobstore/paths/${folder}/`;
      const content = files?.[name] ?? defaultModelFiles(outputType, job.resource.name);
      for (const [file, text] of Object.entries(content)) await this.ctx.blob.writeText(`${folder}/${file}`, text);
    }
  }

  private async runSingle(job: JobRecord, behaviourInput: JobBehaviour, work?: StepWork): Promise<void> {
    const behaviour = resolveBehaviour(behaviourInput);
    const { durations } = behaviour;
    if (await this.pause(job, 0)) return this.finish(job, "Canceled");
    this.setStatus(job, "Queued");
    if (await this.pause(job, durations.queued ?? 0)) return this.finish(job, "Canceled");
    this.setStatus(job, "Preparing");
    if (await this.pause(job, durations.preparing ?? 0)) return this.finish(job, "Canceled");
    this.setStatus(job, "Running");
    job.startTime = this.ctx.now();
    job.params = { ...behaviour.params };
    await this.ctx.blob.appendText(userLogPath(job.resource.name), "");
    let computed: Awaited<ReturnType<StepWork>> = {};
    if (work) {
      try {
        computed = await work(job);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await this.appendLog(job, `Error: ${message}`);
        return this.finish(job, "Failed", message);
      }
    }
    const lines = computed.logLines ?? behaviour.logLines;
    const gap = (durations.running ?? 0) / (lines.length + 1);
    for (const line of lines) {
      if (await this.pause(job, gap)) return this.finish(job, "Canceled");
      await this.appendLog(job, line);
    }
    if (await this.pause(job, gap)) return this.finish(job, "Canceled");
    this.logMetrics(job, computed.metrics ?? behaviour.metrics);
    this.setStatus(job, "Finalizing");
    if (behaviour.outcome === "Completed") await this.writeOutputs(job, behaviour.outputFiles);
    if (await this.pause(job, durations.finalizing ?? 0)) return this.finish(job, "Canceled");
    if (behaviour.outcome === "Failed") {
      const message = behaviour.error ?? "Execution failed. User process 'python' exited with status code 1.";
      await this.appendLog(job, `Traceback (most recent call last):\n${message}`);
      return this.finish(job, "Failed", message);
    }
    this.finish(job, behaviour.outcome);
  }

  private async runPipeline(parent: JobRecord, scenario: ReturnType<ScenarioBook["forJob"]>, work: Record<string, StepWork>): Promise<void> {
    const steps = this.pipelineSteps(parent.resource.properties);
    const children = Object.keys(steps).map((stepName) => this.createChild(parent, stepName, steps[stepName]));
    this.setStatus(parent, "Queued");
    if (await this.pause(parent, 100)) return this.finish(parent, "Canceled");
    this.setStatus(parent, "Running");
    parent.startTime = this.ctx.now();
    for (const child of children) {
      const run = this.runSingle(child, this.scenarios.forStep(scenario, child), work[child.stepName ?? ""]);
      this.finished.set(child.resource.name, run.catch(() => undefined));
      while (!TERMINAL.includes(child.status)) {
        if (parent.cancelRequested) child.cancelRequested = true;
        await this.ctx.timers.wait(TICK_MS);
        if (this.ctx.timers.isClosed) return;
      }
      if (child.status === "Canceled") {
        for (const rest of children.filter((other) => !TERMINAL.includes(other.status))) this.finish(rest, "Canceled");
        return this.finish(parent, "Canceled");
      }
      if (child.status === "Failed") {
        for (const rest of children.filter((other) => !TERMINAL.includes(other.status))) this.finish(rest, "Canceled");
        return this.finish(parent, "Failed", `Pipeline has failed child jobs. Failed nodes: /${child.stepName}. For more details and logs, please go to the job detail page and check the child jobs.`);
      }
    }
    this.setStatus(parent, "Finalizing");
    await this.writeOutputs(parent, undefined);
    this.finish(parent, "Completed");
  }

  /**
   * A sweep or AutoML job: trials run one after another (at most {@link MAX_TRIALS}), each logging the scenario's
   * metrics scaled so later trials do better; the parent records the best trial (`best_child_run_id`); an AutoML parent
   * also logs the best trial's metrics, a sweep parent logs none of its own.
   */
  private async runTrials(parent: JobRecord, scenario: ReturnType<ScenarioBook["forJob"]>): Promise<void> {
    const behaviour = resolveBehaviour(scenario);
    const count = Math.max(1, Math.min(MAX_TRIALS, trialLimit(parent.resource.properties)));
    this.setStatus(parent, "Queued");
    if (await this.pause(parent, behaviour.durations.queued ?? 0)) return this.finish(parent, "Canceled");
    this.setStatus(parent, "Running");
    parent.startTime = this.ctx.now();
    const trials: JobRecord[] = [];
    for (let index = 0; index < count; index++) {
      const trial = this.createChild(parent, `${parent.resource.name}_${index}`, { type: "command", ...(trialCommand(parent.resource.properties)) });
      trials.push(trial);
      const scale = 1 - 0.02 * (count - 1 - index);
      const run = this.runSingle(trial, { ...behaviour, durations: { running: behaviour.durations.running }, metrics: scaledMetrics(behaviour.metrics, scale) });
      this.finished.set(trial.resource.name, run.catch(() => undefined));
      await run;
      if (parent.cancelRequested || trial.status === "Canceled") return this.finish(parent, "Canceled");
      if (trial.status === "Failed") return this.finish(parent, "Failed", trial.error);
    }
    const best = bestTrial(trials, parent.resource.properties);
    parent.resource.properties.properties = { ...((parent.resource.properties.properties ?? {}) as Record<string, string>), best_child_run_id: best.resource.name };
    if (parent.resource.properties.jobType === "AutoML") parent.metrics.push(...best.metrics);
    this.setStatus(parent, "Finalizing");
    if (behaviour.outcome === "Completed") await this.writeOutputs(parent, behaviour.outputFiles);
    this.finish(parent, behaviour.outcome);
  }

  /** A pipeline's steps: its own `jobs`, or, when it has none and names a pipeline component, the component's. */
  private pipelineSteps(properties: Record<string, unknown>): Record<string, Record<string, unknown>> {
    const own = (properties.jobs ?? {}) as Record<string, Record<string, unknown>>;
    if (Object.keys(own).length > 0 || typeof properties.componentId !== "string") return own;
    const fromComponent = pipelineComponentJobs(this.ctx.state, this.ctx.workspace, properties.componentId);
    return isResponse(fromComponent) ? {} : fromComponent as Record<string, Record<string, unknown>>;
  }

  /** What a step runs: its own command, or its component's. */
  private stepCommand(step: Record<string, unknown>): { command: string; environmentId: string; codeId?: string } {
    const component = typeof step.componentId === "string" ? resolveComponent(this.ctx.state, this.ctx.workspace, step.componentId) : undefined;
    if (component && !("status" in component)) {
      return { command: component.command, environmentId: component.environmentId ?? "", ...(component.codeId ? { codeId: component.codeId } : {}) };
    }
    return { command: String(step.command ?? ""), environmentId: String(step.environment ?? step.environmentId ?? "") };
  }

  private createChild(parent: JobRecord, stepName: string, step: Record<string, unknown>): JobRecord {
    const name = generatedName(stepName.toLowerCase().replace(/[^a-z0-9]/g, "_"));
    const parentProperties = parent.resource.properties;
    const { command, environmentId, codeId } = this.stepCommand(step);
    const child: JobRecord = {
      resource: {
        ...parent.resource,
        id: parent.resource.id.replace(/[^/]+$/, name),
        name,
        properties: {
          jobType: jobTypeOf(step.type),
          displayName: stepName,
          experimentName: parentProperties.experimentName,
          status: "NotStarted",
          command,
          environmentId,
          ...(codeId ? { codeId } : {}),
          ...(step.componentId ? { componentId: step.componentId } : {}),
          tags: {},
          outputs: step.outputs ?? {},
        },
      },
      status: "NotStarted",
      parentName: parent.resource.name,
      stepName,
      children: [],
      metrics: [],
      params: {},
      logLines: [],
      cancelRequested: false,
    };
    this.ctx.state.jobs.set(name, child);
    parent.children.push(name);
    return child;
  }
}
