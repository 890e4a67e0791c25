import type { CommandJob, PipelineJob } from "@azure/arm-machinelearning";
import type { WorkspaceScope } from "../azure/arm-ids";
import { convertCommandJob } from "./command-job";
import { jobTypeOf } from "./job-file";
import { generateJobName, validateJobName } from "./job-name";
import { convertPipelineJob } from "./pipeline-job";
import type { JobAssetResolver } from "./asset-resolver";
import { optionalString, type Mapping } from "./spec-fields";

export interface JobRequestContext extends WorkspaceScope {
  /** Directory of the job file: code, conda_file, component files and local inputs are relative to it. */
  jobFileDir: string;
  /** Used when the file has no experiment_name (the CLI uses the working directory's name). */
  defaultExperimentName?: string;
}

export interface JobRequest {
  name: string;
  properties: CommandJob | PipelineJob;
}

/**
 * A parsed job file (overrides applied) → the body of `client.jobs.createOrUpdate(rg, ws, name, { properties })`.
 * Every upload or registration goes through the resolver, so a planning resolver gives a dry run.
 */
export async function buildJobRequest(spec: Mapping, ctx: JobRequestContext, resolver: JobAssetResolver): Promise<JobRequest> {
  const type = jobTypeOf(spec, "type");
  const fileName = optionalString(spec, "name", "");
  const name = fileName !== undefined ? validateJobName(fileName, "name") : generateJobName();
  const conversion = { scope: ctx, baseDir: ctx.jobFileDir, resolver };
  const properties = type === "pipeline"
    ? await convertPipelineJob(spec, conversion, ctx.defaultExperimentName)
    : await convertCommandJob(spec, conversion, ctx.defaultExperimentName);
  return { name, properties };
}
