import type { AutoMLJob, CommandJob, PipelineJob, SweepJob } from "@azure/arm-machinelearning";
import type { WorkspaceScope } from "../azure/arm-ids";
import type { PathContainment } from "../core/paths";
import { convertCommandJob } from "./command-job";
import { jobTypeOf } from "./job-file";
import { generateJobName, validateJobName } from "./job-name";
import { convertPipelineJob } from "./pipeline-job";
import { convertSweepJob } from "./sweep-job";
import type { JobAssetResolver } from "./asset-resolver";
import { convertAutoMLJob } from "./automl-job";
import { convertFineTuningJob, type FineTuningJobProperties } from "./finetuning-job";
import { convertSparkJob, type SparkJobProperties } from "./spark-job";
import { optionalString, type Mapping } from "./spec-fields";

export interface JobRequestContext extends WorkspaceScope {
  /** Directory of the job file: code, conda_file, component files and local inputs are relative to it. */
  jobFileDir: string;
  /** The job file, named when a path it names is refused. */
  jobFile?: string;
  /** Where paths named in the job file and the files it names may resolve; the working directory when absent. */
  containment?: PathContainment;
  /** Used when the file has no experiment_name (the CLI uses the working directory's name). */
  defaultExperimentName?: string;
}

export interface JobRequest {
  name: string;
  properties: CommandJob | PipelineJob | SweepJob | AutoMLJob | SparkJobProperties | FineTuningJobProperties;
  /** Fields of the file the request does not carry, and why. */
  notes?: string[];
}

/**
 * A parsed job file (overrides applied) → the body of `client.jobs.createOrUpdate(rg, ws, name, { properties })`.
 * Every upload or registration goes through the resolver, so a planning resolver gives a dry run.
 */
export async function buildJobRequest(spec: Mapping, ctx: JobRequestContext, resolver: JobAssetResolver): Promise<JobRequest> {
  const type = jobTypeOf(spec, "type");
  const fileName = optionalString(spec, "name", "");
  const name = fileName !== undefined ? validateJobName(fileName, ctx.jobFile !== undefined ? `${ctx.jobFile}: name` : "name") : generateJobName();
  const notes: string[] = [];
  const conversion = {
    scope: ctx, baseDir: ctx.jobFileDir, resolver, notes,
    ...(ctx.containment ? { containment: ctx.containment } : {}),
    ...(ctx.jobFile !== undefined ? { origin: ctx.jobFile } : {}),
  };
  const convert = { command: convertCommandJob, pipeline: convertPipelineJob, sweep: convertSweepJob, automl: convertAutoMLJob, spark: convertSparkJob, finetuning: convertFineTuningJob }[type];
  const properties = await convert(spec, conversion, ctx.defaultExperimentName);
  return { name, properties, notes };
}
