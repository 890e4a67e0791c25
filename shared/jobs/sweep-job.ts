import type { SweepJob, TrialComponent } from "@azure/arm-machinelearning";
import { ConfigurationError } from "../core/errors";
import { resolveComputeId } from "../azure/arm-ids";
import { checkCommandReferences, parseDistribution, parseIdentityField, parseResources, parseServices, resolveCode, resolveEnvironment } from "./command-parts";
import { namingJobFile } from "./file-errors";
import { mapSingleBrackets } from "./single-brackets";
import { parseQueueSettings, type QueueSettings } from "./queue-settings";
import { JOB_BASE_FIELDS, jobBaseFields } from "./job-base";
import { mapToRecord, parseInputs, parseOutputs, restInput, restOutput, type ConversionContext } from "./job-io";
import { parseSweepSettings, SWEEP_FIELDS } from "./sweep-settings";
import { expectMapping, fieldPath, optionalMapping, optionalString, optionalStringMap, rejectUnknownFields, requiredString, type Mapping } from "./spec-fields";

const TRIAL_FIELDS = ["command", "code", "environment", "environment_variables", "distribution", "resources"] as const;

async function convertTrial(spec: Mapping, ctx: ConversionContext, inputs: ReadonlySet<string>, outputs: ReadonlySet<string>, searchSpace: ReadonlySet<string>): Promise<TrialComponent> {
  const where = "trial";
  const trial = expectMapping(spec.trial, where);
  rejectUnknownFields(trial, TRIAL_FIELDS, where);
  const command = mapSingleBrackets(requiredString(trial, "command", where));
  checkCommandReferences(command, inputs, outputs, fieldPath(where, "command"), searchSpace);
  if (trial.environment === undefined || trial.environment === null) throw new ConfigurationError(`${fieldPath(where, "environment")}: required.`);
  const rest: TrialComponent = { command, environmentId: await resolveEnvironment(trial.environment, fieldPath(where, "environment"), ctx) };
  const code = optionalString(trial, "code", where);
  if (code !== undefined) rest.codeId = await resolveCode(code, fieldPath(where, "code"), ctx);
  const environmentVariables = optionalStringMap(trial, "environment_variables", where);
  if (environmentVariables) rest.environmentVariables = environmentVariables;
  const distribution = optionalMapping(trial, "distribution", where);
  if (distribution) rest.distribution = parseDistribution(distribution, fieldPath(where, "distribution"));
  const resources = optionalMapping(trial, "resources", where);
  if (resources) rest.resources = parseResources(resources, fieldPath(where, "resources"));
  return rest;
}

/** REST SweepJob; `queueSettings` only in api-version 2025-12-01, which a sweep job carrying them is sent with. */
export type SweepJobProperties = SweepJob & { queueSettings?: QueueSettings };

/** A `type: sweep` job file → the REST SweepJob properties; a refusal names the file. */
export function convertSweepJob(spec: Mapping, ctx: ConversionContext, defaultExperimentName?: string): Promise<SweepJobProperties> {
  return namingJobFile(ctx, () => convertJob(spec, ctx, defaultExperimentName));
}

async function convertJob(spec: Mapping, ctx: ConversionContext, defaultExperimentName?: string): Promise<SweepJobProperties> {
  rejectUnknownFields(spec, [...JOB_BASE_FIELDS, ...SWEEP_FIELDS, "compute", "inputs", "outputs", "identity", "services", "queue_settings"], "");
  const settings = parseSweepSettings(spec, "");
  const inputs = await parseInputs(spec.inputs, "inputs", ctx, false);
  const outputs = parseOutputs(spec.outputs, "outputs", false);
  const trial = await convertTrial(spec, ctx, new Set(inputs.keys()), new Set(outputs.keys()), new Set(Object.keys(settings.searchSpace)));
  const job: SweepJobProperties = {
    jobType: "Sweep",
    ...jobBaseFields(spec, defaultExperimentName),
    trial,
    searchSpace: settings.searchSpace,
    samplingAlgorithm: settings.samplingAlgorithm,
    objective: settings.objective,
  };
  if (settings.earlyTermination) job.earlyTermination = settings.earlyTermination;
  if (settings.limits) job.limits = settings.limits;
  const compute = optionalString(spec, "compute", "");
  if (compute !== undefined) job.computeId = resolveComputeId(ctx.scope, compute, "compute");
  const restInputs = mapToRecord(inputs, restInput);
  if (restInputs) job.inputs = restInputs;
  const restOutputs = mapToRecord(outputs, (output, name) => restOutput(output, fieldPath("outputs", name)));
  if (restOutputs) job.outputs = restOutputs;
  const identity = parseIdentityField(spec, "");
  if (identity) job.identity = identity;
  const services = parseServices(spec, "");
  if (services) job.services = services;
  const queueSettings = parseQueueSettings(spec, "", ctx.notes ?? []);
  if (queueSettings) job.queueSettings = queueSettings;
  return job;
}
