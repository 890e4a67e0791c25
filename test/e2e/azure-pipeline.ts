import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { Harness, TaskRunResult } from "../../emulator/harness";
import { STEP_CATALOG, type StepId } from "../../shared/core/steps";

/** The parts of an Azure Pipelines file the agent needs to run the bundled tasks in order. */
export interface PipelineStep {
  task?: string;
  checkout?: string;
  script?: string;
  name?: string;
  displayName?: string;
  condition?: string;
  inputs?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}
interface PipelineJob {
  job?: string;
  deployment?: string;
  steps?: PipelineStep[];
  strategy?: { runOnce: { deploy: { steps: PipelineStep[] } } };
}
export interface PipelineStage {
  stage: string;
  condition?: string;
  variables?: Record<string, string>;
  jobs: PipelineJob[];
}
/** A multi-stage pipeline (`stages:`) or a single-job one (`steps:` at the top). */
export interface Pipeline {
  variables?: Record<string, string>;
  stages?: PipelineStage[];
  steps?: PipelineStep[];
}

export function readPipeline(path: string): Pipeline {
  return parse(readFileSync(path, "utf8")) as Pipeline;
}

/** Output variables of a finished stage: job name → `step.variable` → value. */
export type StageOutputs = Record<string, Record<string, string>>;

interface ConditionContext {
  variables: Record<string, string>;
  dependencies: Record<string, StageOutputs>;
  succeeded: boolean;
}

/** `$(name)` macros from the variables (pipeline, stage and earlier tasks' `step.output`); an unknown one fails. */
export function expandMacros(value: string, variables: Record<string, string>): string {
  return value.replace(/\$\(([\w.]+)\)/g, (_, name: string) => {
    const found = variables[name];
    if (found === undefined) throw new Error(`$(${name}) is not defined`);
    return found;
  });
}

/** `stageDependencies.<stage>.<job>.outputs['step.var']` and `dependencies.<stage>.outputs['job.step.var']`. */
function dependencyValue(reference: string, dependencies: Record<string, StageOutputs>): string | undefined {
  const staged = /^stageDependencies\.(\w+)\.(\w+)\.outputs\['([\w.]+)'\]$/.exec(reference);
  if (staged) return dependencies[staged[1]]?.[staged[2]]?.[staged[3]] ?? "";
  const stage = /^dependencies\.(\w+)\.outputs\['(\w+)\.([\w.]+)'\]$/.exec(reference);
  if (stage) return dependencies[stage[1]]?.[stage[2]]?.[stage[3]] ?? "";
  return undefined;
}

/** Runtime expressions of the forms the example uses: and/or/not/eq/ne/succeeded, variables['x'], dependencies, 'literals'. */
export function evaluate(expression: string, context: ConditionContext): string | boolean {
  const text = expression.trim();
  const literal = /^'([^']*)'$/.exec(text);
  if (literal) return literal[1];
  const variable = /^variables\['([\w.]+)'\]$/.exec(text);
  if (variable) return context.variables[variable[1]] ?? "";
  const dependency = dependencyValue(text, context.dependencies);
  if (dependency !== undefined) return dependency;
  const call = /^(\w+)\((.*)\)$/s.exec(text);
  if (!call) throw new Error(`expression form not understood: '${text}'`);
  const args = splitArguments(call[2]).map((argument) => evaluate(argument, context));
  switch (call[1]) {
    case "succeeded": return context.succeeded;
    case "and": return args.every(Boolean);
    case "or": return args.some(Boolean);
    case "not": return !args[0];
    case "eq": return String(args[0]).toLowerCase() === String(args[1]).toLowerCase();
    case "ne": return String(args[0]).toLowerCase() !== String(args[1]).toLowerCase();
    default: throw new Error(`function not understood: '${call[1]}'`);
  }
}

function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "'") quoted = !quoted;
    else if (!quoted && (char === "(" || char === "[")) depth++;
    else if (!quoted && (char === ")" || char === "]")) depth--;
    else if (!quoted && depth === 0 && char === ",") {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (text.trim()) parts.push(text.slice(start));
  return parts;
}

/** `$[ … ]` stage variables, evaluated with the dependencies. */
function stageVariables(stage: PipelineStage, dependencies: Record<string, StageOutputs>): Record<string, string> {
  return Object.fromEntries(Object.entries(stage.variables ?? {}).map(([name, value]) => {
    const runtime = /^\$\[(.*)\]$/s.exec(String(value).trim());
    return [name, runtime ? String(evaluate(runtime[1], { variables: {}, dependencies, succeeded: true })) : String(value)];
  }));
}

const TASK = /^(\w+)@0$/;

/** A `script:` step that ran, recorded with its macros expanded rather than executed. */
export interface ScriptRun {
  script: string;
  env: Record<string, string>;
}

export interface JobRun {
  succeeded: boolean;
  results: Map<string, TaskRunResult>;
  /** `step.variable` → value. */
  outputs: Record<string, string>;
  scripts: ScriptRun[];
}

export interface StageRun {
  started: boolean;
  succeeded: boolean;
  results: Map<string, TaskRunResult>;
  outputs: StageOutputs;
  scripts: ScriptRun[];
}

export interface StageOptions {
  harness: Harness;
  cwd: string;
  /** The pipeline's variables with the values this run gives them, and the agent's (`System.*`, `Build.*`). */
  variables: Record<string, string>;
  dependencies: Record<string, StageOutputs>;
  /** Inputs the emulator needs on top of the file's, by bundled step. */
  overrides: Partial<Record<StepId, Record<string, string>>>;
}

/** Runs one job's steps as the agent does: each step's condition, tasks with their output variables, `script:` steps recorded. */
async function runSteps(steps: PipelineStep[], variables: Record<string, string>, options: StageOptions): Promise<JobRun> {
  const run: JobRun = { succeeded: true, results: new Map(), outputs: {}, scripts: [] };
  const scope = { ...variables };
  for (const step of steps) {
    const condition = step.condition ?? "succeeded()";
    if (!evaluate(condition, { variables: scope, dependencies: options.dependencies, succeeded: run.succeeded })) continue;
    if (step.checkout) continue;
    if (step.script !== undefined) {
      const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, expandMacros(String(value), scope)]));
      run.scripts.push({ script: expandMacros(step.script, scope), env });
      continue;
    }
    const task = TASK.exec(step.task ?? "")?.[1];
    const id = STEP_CATALOG.find((entry) => entry.task === task)?.id;
    if (!id) throw new Error(`step runs a task this agent does not know: ${step.task}`);
    const inputs = Object.fromEntries(Object.entries(step.inputs ?? {}).map(([name, value]) => [name, expandMacros(String(value), scope)]));
    const result = await options.harness.runTask(id, { cwd: options.cwd, inputs: { ...inputs, ...options.overrides[id] } });
    run.results.set(step.name ?? id, result);
    if (step.name) {
      for (const [output, value] of Object.entries(result.outputs)) {
        scope[`${step.name}.${output}`] = value;
        run.outputs[`${step.name}.${output}`] = value;
      }
    }
    if (result.result !== "Succeeded" && result.result !== "SucceededWithIssues") run.succeeded = false;
  }
  return run;
}

/** Runs a single-job pipeline (`steps:` at the top). */
export async function runPipelineJob(pipeline: Pipeline, options: StageOptions): Promise<JobRun> {
  if (!pipeline.steps) throw new Error("the pipeline has stages, not a single job");
  return runSteps(pipeline.steps, options.variables, options);
}

/** Runs one stage as the agent does: its condition, then each job's steps in order, skipping the rest after a failure. */
export async function runStage(pipeline: Pipeline, stageName: string, options: StageOptions): Promise<StageRun> {
  const stage = pipeline.stages?.find((candidate) => candidate.stage === stageName);
  if (!stage) throw new Error(`no stage '${stageName}'`);
  const run: StageRun = { started: false, succeeded: true, results: new Map(), outputs: {}, scripts: [] };
  const base = { ...options.variables, ...stageVariables(stage, options.dependencies) };
  if (stage.condition !== undefined && !evaluate(stage.condition, { variables: base, dependencies: options.dependencies, succeeded: true })) return run;
  run.started = true;
  for (const job of stage.jobs) {
    const jobRun = await runSteps(job.steps ?? job.strategy?.runOnce.deploy.steps ?? [], base, options);
    run.outputs[job.job ?? job.deployment ?? "job"] = jobRun.outputs;
    for (const [name, result] of jobRun.results) run.results.set(name, result);
    run.scripts.push(...jobRun.scripts);
    if (!jobRun.succeeded) run.succeeded = false;
  }
  return run;
}

/** Runs every stage in order, each seeing the output variables of those before it. */
export async function runStages(pipeline: Pipeline, options: StageOptions): Promise<Record<string, StageRun>> {
  const runs: Record<string, StageRun> = {};
  const dependencies: Record<string, StageOutputs> = { ...options.dependencies };
  for (const { stage } of pipeline.stages ?? []) {
    runs[stage] = await runStage(pipeline, stage, { ...options, dependencies });
    dependencies[stage] = runs[stage].outputs;
  }
  return runs;
}
