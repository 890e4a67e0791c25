import type { EarlyTerminationPolicyUnion, Objective, SamplingAlgorithmUnion, SweepJobLimits } from "@azure/arm-machinelearning";
import { ConfigurationError } from "../core/errors";
import { secondsToIsoDuration } from "./command-parts";
import { expectMapping, fieldPath, isMapping, optionalInteger, optionalMapping, optionalString, rejectUnknownFields, type Mapping } from "./spec-fields";

/** The sweep-specific fields of a sweep job or a pipeline's sweep step. */
export const SWEEP_FIELDS = ["search_space", "sampling_algorithm", "objective", "early_termination", "limits", "trial"] as const;

const DISTRIBUTIONS: Record<string, readonly string[]> = {
  choice: ["values"],
  randint: ["upper"],
  uniform: ["min_value", "max_value"],
  loguniform: ["min_value", "max_value"],
  quniform: ["min_value", "max_value", "q"],
  qloguniform: ["min_value", "max_value", "q"],
  normal: ["mu", "sigma"],
  lognormal: ["mu", "sigma"],
  qnormal: ["mu", "sigma", "q"],
  qlognormal: ["mu", "sigma", "q"],
};

export interface SweepSettings {
  searchSpace: Record<string, unknown>;
  samplingAlgorithm: SamplingAlgorithmUnion;
  objective: Objective;
  earlyTermination?: EarlyTerminationPolicyUnion;
  limits?: SweepJobLimits;
  /** The same settings in YAML form, as the SDK sends them inside a pipeline's `jobs`. */
  node: Mapping;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function numberField(mapping: Mapping, key: string, where: string): number {
  const value = mapping[key];
  if (typeof value !== "number" || !Number.isFinite(value)) throw new ConfigurationError(`${fieldPath(where, key)}: required, a number; got ${JSON.stringify(value ?? null)}.`);
  return value;
}

/** One `search_space` entry → the REST expression (`["uniform", [0.01, 0.9]]`, `["choice", [["a", "b"]]]`). */
function searchExpression(value: unknown, where: string): unknown[] {
  const entry = expectMapping(value, where);
  const type = optionalString(entry, "type", where);
  const fields = type ? DISTRIBUTIONS[type] : undefined;
  if (!type || !fields) throw new ConfigurationError(`${fieldPath(where, "type")}: ${JSON.stringify(type ?? null)} is not a search space type; accepted: ${Object.keys(DISTRIBUTIONS).join(", ")}.`);
  rejectUnknownFields(entry, ["type", ...fields], where);
  if (type === "choice") {
    const values = entry.values;
    if (!Array.isArray(values) || values.length === 0) throw new ConfigurationError(`${fieldPath(where, "values")}: required, a non-empty list.`);
    return ["choice", [values.map((item, index) => (isMapping(item) ? nestedSpace(item, fieldPath(where, `values[${index}]`)) : item))]];
  }
  if (type === "randint") {
    const upper = optionalInteger(entry, "upper", where, 1);
    if (upper === undefined) throw new ConfigurationError(`${fieldPath(where, "upper")}: required, an integer ≥ 1.`);
    return ["randint", [upper]];
  }
  return [type, fields.map((field) => numberField(entry, field, where))];
}

/** A choice of mappings (conditional spaces): each value is itself a search space or a literal. */
function nestedSpace(mapping: Mapping, where: string): Mapping {
  const result: Mapping = {};
  for (const [name, item] of Object.entries(mapping)) {
    result[name] = isMapping(item) && typeof item.type === "string" ? searchExpression(item, fieldPath(where, name)) : item;
  }
  return result;
}

function parseSampling(value: unknown, where: string): SamplingAlgorithmUnion {
  const mapping = typeof value === "string" ? { type: value } : expectMapping(value, where);
  const type = optionalString(mapping, "type", where);
  if (type === "grid" || type === "bayesian") {
    rejectUnknownFields(mapping, ["type"], where);
    return { samplingAlgorithmType: capitalized(type) as "Grid" | "Bayesian" };
  }
  if (type !== "random") throw new ConfigurationError(`${typeof value === "string" ? where : fieldPath(where, "type")}: ${JSON.stringify(type ?? null)} is not a sampling algorithm; accepted: random, grid, bayesian.`);
  rejectUnknownFields(mapping, ["type", "seed", "rule"], where);
  const seed = optionalInteger(mapping, "seed", where);
  const rule = optionalString(mapping, "rule", where);
  if (rule !== undefined && rule !== "random" && rule !== "sobol") throw new ConfigurationError(`${fieldPath(where, "rule")}: ${JSON.stringify(rule)} is not a rule; accepted: random, sobol.`);
  return { samplingAlgorithmType: "Random", ...(seed !== undefined ? { seed } : {}), ...(rule ? { rule: capitalized(rule) } : {}) };
}

function parseObjective(value: unknown, where: string): Objective {
  const mapping = expectMapping(value, where);
  rejectUnknownFields(mapping, ["goal", "primary_metric"], where);
  const goal = optionalString(mapping, "goal", where)?.toLowerCase();
  if (goal !== "minimize" && goal !== "maximize") throw new ConfigurationError(`${fieldPath(where, "goal")}: required; accepted: minimize, maximize.`);
  const primaryMetric = optionalString(mapping, "primary_metric", where);
  if (!primaryMetric) throw new ConfigurationError(`${fieldPath(where, "primary_metric")}: required, the metric name the trials log.`);
  return { goal: capitalized(goal) as "Minimize" | "Maximize", primaryMetric };
}

const POLICIES: Record<string, { type: "Bandit" | "MedianStopping" | "TruncationSelection"; fields: string[] }> = {
  bandit: { type: "Bandit", fields: ["slack_factor", "slack_amount"] },
  median_stopping: { type: "MedianStopping", fields: [] },
  truncation_selection: { type: "TruncationSelection", fields: ["truncation_percentage"] },
};

function optionalNumber(mapping: Mapping, key: string, where: string): number | undefined {
  return mapping[key] === undefined || mapping[key] === null ? undefined : numberField(mapping, key, where);
}

/** REST policy, and its snake_case form (`policy_type`, as the SDK's `as_dict()` writes it inside `jobs`). */
export function parseEarlyTermination(value: Mapping, where: string): { rest: EarlyTerminationPolicyUnion; node: Mapping } {
  const type = optionalString(value, "type", where);
  const policy = type ? POLICIES[type] : undefined;
  if (!policy) throw new ConfigurationError(`${fieldPath(where, "type")}: ${JSON.stringify(type ?? null)} is not an early termination policy; accepted: ${Object.keys(POLICIES).join(", ")}.`);
  rejectUnknownFields(value, ["type", "evaluation_interval", "delay_evaluation", ...policy.fields], where);
  const rest: Mapping = { policyType: policy.type };
  const node: Mapping = { policy_type: policy.type };
  for (const field of ["evaluation_interval", "delay_evaluation", ...policy.fields]) {
    const number = field === "slack_factor" || field === "slack_amount" ? optionalNumber(value, field, where) : optionalInteger(value, field, where);
    if (number === undefined) continue;
    rest[field.replace(/_([a-z])/g, (_m, letter: string) => letter.toUpperCase())] = number;
    node[field] = number;
  }
  return { rest: rest as unknown as EarlyTerminationPolicyUnion, node };
}

function durationField(mapping: Mapping, key: string, where: string): string | undefined {
  const value = optionalInteger(mapping, key, where, 1);
  return value === undefined ? undefined : secondsToIsoDuration(value);
}

function parseLimits(value: Mapping, where: string): SweepJobLimits {
  rejectUnknownFields(value, ["max_total_trials", "max_concurrent_trials", "timeout", "trial_timeout"], where);
  const limits: SweepJobLimits = { jobLimitsType: "Sweep" };
  const maxTotalTrials = optionalInteger(value, "max_total_trials", where, 1);
  if (maxTotalTrials !== undefined) limits.maxTotalTrials = maxTotalTrials;
  const maxConcurrentTrials = optionalInteger(value, "max_concurrent_trials", where, 1);
  if (maxConcurrentTrials !== undefined) limits.maxConcurrentTrials = maxConcurrentTrials;
  const timeout = durationField(value, "timeout", where);
  if (timeout) limits.timeout = timeout;
  const trialTimeout = durationField(value, "trial_timeout", where);
  if (trialTimeout) limits.trialTimeout = trialTimeout;
  return limits;
}

/** search_space, sampling_algorithm, objective, early_termination and limits of a sweep, checked and converted. */
export function parseSweepSettings(spec: Mapping, where: string): SweepSettings {
  const space = optionalMapping(spec, "search_space", where);
  if (!space || Object.keys(space).length === 0) throw new ConfigurationError(`${fieldPath(where, "search_space")}: required, a mapping of parameter names to distributions (type: choice, uniform, …).`);
  const searchSpace: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(space)) searchSpace[name] = searchExpression(item, fieldPath(fieldPath(where, "search_space"), name));
  if (spec.sampling_algorithm === undefined || spec.sampling_algorithm === null) {
    throw new ConfigurationError(`${fieldPath(where, "sampling_algorithm")}: required; accepted: random, grid, bayesian.`);
  }
  const settings: SweepSettings = {
    searchSpace,
    samplingAlgorithm: parseSampling(spec.sampling_algorithm, fieldPath(where, "sampling_algorithm")),
    objective: parseObjective(spec.objective, fieldPath(where, "objective")),
    node: { search_space: space, sampling_algorithm: spec.sampling_algorithm, objective: spec.objective },
  };
  const earlyTermination = optionalMapping(spec, "early_termination", where);
  if (earlyTermination) {
    const policy = parseEarlyTermination(earlyTermination, fieldPath(where, "early_termination"));
    settings.earlyTermination = policy.rest;
    settings.node.early_termination = policy.node;
  }
  const limits = optionalMapping(spec, "limits", where);
  if (limits) {
    settings.limits = parseLimits(limits, fieldPath(where, "limits"));
    settings.node.limits = limits;
  }
  return settings;
}
