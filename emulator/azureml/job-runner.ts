import { resolveComponent } from "./components";
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
    const run = job.resource.properties.jobType === "Pipeline" ? this.runPipeline(job, scenario, work) : this.runSingle(job, scenario);
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
    const steps = (parent.resource.properties.jobs ?? {}) as Record<string, Record<string, unknown>>;
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
