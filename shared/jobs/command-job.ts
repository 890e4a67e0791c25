import type { CommandJob } from "@azure/arm-machinelearning";
import { COMMAND_FIELDS, parseCommandParts } from "./command-parts";
import { JOB_BASE_FIELDS, jobBaseFields } from "./job-base";
import { mapToRecord, restInput, restOutput, type ConversionContext } from "./job-io";
import { fieldPath, rejectUnknownFields, type Mapping } from "./spec-fields";

/** A `type: command` job file → the REST CommandJob properties. */
export async function convertCommandJob(spec: Mapping, ctx: ConversionContext, defaultExperimentName?: string): Promise<CommandJob> {
  rejectUnknownFields(spec, [...JOB_BASE_FIELDS, ...COMMAND_FIELDS], "");
  const parts = await parseCommandParts(spec, "", ctx, false);
  const job: CommandJob = {
    jobType: "Command",
    ...jobBaseFields(spec, defaultExperimentName),
    command: parts.command,
    environmentId: parts.environmentId,
  };
  if (parts.codeId) job.codeId = parts.codeId;
  if (parts.computeId) job.computeId = parts.computeId;
  const inputs = mapToRecord(parts.inputs, restInput);
  if (inputs) job.inputs = inputs;
  const outputs = mapToRecord(parts.outputs, (output, name) => restOutput(output, fieldPath("outputs", name)));
  if (outputs) job.outputs = outputs;
  if (parts.environmentVariables) job.environmentVariables = parts.environmentVariables;
  if (parts.resources) job.resources = parts.resources;
  if (parts.distribution) job.distribution = parts.distribution;
  if (parts.limits) job.limits = parts.limits;
  if (parts.identity) job.identity = parts.identity;
  if (parts.services) job.services = parts.services;
  return job;
}
