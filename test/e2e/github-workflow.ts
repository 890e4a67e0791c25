import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { ActionRunResult, ActionStep, Harness } from "../../emulator/harness";

/** The parts of a workflow file the runner needs to run the bundled steps in order. */
export interface WorkflowStep {
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
  run?: string;
}
export interface WorkflowJob {
  needs?: string | string[];
  if?: string;
  outputs?: Record<string, string>;
  steps: WorkflowStep[];
}
export interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, WorkflowJob>;
}

export function readWorkflow(path: string): Workflow {
  return parse(readFileSync(path, "utf8")) as Workflow;
}

/** What `${{ … }}` may read while a job runs. */
export interface ExpressionContext {
  vars: Record<string, string>;
  steps: Record<string, Record<string, string>>;
  needs: Record<string, Record<string, string>>;
  github: Record<string, string>;
}

const PROPERTY = /^(vars|github)\.([A-Za-z_][A-Za-z0-9_]*)$|^(steps|needs)\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)$/;

/** One expression of the forms the example workflows use; anything else fails so the runner keeps up with the files. */
export function evaluateExpression(expression: string, context: ExpressionContext): string {
  const text = expression.trim();
  const property = PROPERTY.exec(text);
  if (property?.[1]) {
    const value = (property[1] === "vars" ? context.vars : context.github)[property[2]];
    if (value === undefined) throw new Error(`${property[1]}.${property[2]} is not set`);
    return value;
  }
  if (property) {
    const scope = property[3] === "steps" ? context.steps : context.needs;
    return scope[property[4]]?.[property[5]] ?? "";
  }
  throw new Error(`expression form not understood: '${text}'`);
}

/** Replaces every `${{ … }}` of a value. */
export function interpolate(value: string, context: ExpressionContext): string {
  return value.replace(/\$\{\{(.*?)\}\}/g, (_, expression: string) => evaluateExpression(expression, context));
}

/** `if:` of the form `<expression> == 'true'` (with or without `${{ }}`). */
export function evaluateCondition(condition: string, context: ExpressionContext): boolean {
  const bare = condition.trim().replace(/^\$\{\{(.*)\}\}$/s, "$1").trim();
  const comparison = /^(.+?)\s*==\s*'([^']*)'$/.exec(bare);
  if (!comparison) throw new Error(`condition form not understood: '${condition}'`);
  return evaluateExpression(comparison[1], context) === comparison[2];
}

/** `run:` steps are recorded with their environment, not executed: the token they would get is a stand-in. */
const RUN_STEP_CONTEXT = { token: "github-token-of-the-run" };

const BUNDLED = /^amlops\/amlops\/actions\/([a-z-]+)@v0$/;
const RUNNER_ACTIONS = new Set(["actions/checkout@v4"]);

export interface JobRun {
  /** Steps that ran, by id (or action name), with their results. */
  results: Map<string, ActionRunResult>;
  succeeded: boolean;
  outputs: Record<string, string>;
  /** `run:` steps that ran, with their evaluated environment. */
  scripts: { run: string; env: Record<string, string> }[];
}

export interface JobOptions {
  harness: Harness;
  cwd: string;
  vars: Record<string, string>;
  needs?: Record<string, Record<string, string>>;
  /** Inputs the emulator needs on top of the file's, by bundled step name. */
  overrides: Partial<Record<ActionStep, Record<string, string>>>;
  pullRequest?: number;
}

/** Runs a job's steps as the runner does: in order, skipping the rest once one fails, honouring `if:`. */
export async function runJob(workflow: Workflow, jobId: string, options: JobOptions): Promise<JobRun> {
  const job = workflow.jobs[jobId];
  if (!job) throw new Error(`no job '${jobId}'`);
  const context: ExpressionContext = { vars: options.vars, steps: {}, needs: options.needs ?? {}, github: RUN_STEP_CONTEXT };
  const run: JobRun = { results: new Map(), succeeded: true, outputs: {}, scripts: [] };
  for (const step of job.steps) {
    if (!run.succeeded) break;
    if (step.if !== undefined && !evaluateCondition(step.if, context)) continue;
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, interpolate(String(value), context)]));
    if (step.run !== undefined) {
      if (!/\$\{\{/.test(step.run)) run.scripts.push({ run: step.run, env });
      else throw new Error(`expressions in run: are not evaluated: '${step.run}'`);
      continue;
    }
    if (!step.uses) throw new Error("a step without uses: or run:");
    if (RUNNER_ACTIONS.has(step.uses)) continue;
    const bundled = BUNDLED.exec(step.uses);
    if (!bundled) throw new Error(`step uses an action this runner does not know: ${step.uses}`);
    const action = bundled[1] as ActionStep;
    const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([name, value]) => [name, interpolate(String(value), context)]));
    const result = await options.harness.runAction(action, { cwd: options.cwd, inputs: { ...inputs, ...options.overrides[action] }, pullRequest: options.pullRequest });
    run.results.set(step.id ?? action, result);
    if (step.id) context.steps[step.id] = result.outputs;
    if (result.exitCode !== 0) run.succeeded = false;
  }
  if (run.succeeded) for (const [name, value] of Object.entries(job.outputs ?? {})) run.outputs[name] = interpolate(value, context);
  return run;
}

/** Whether a job whose `needs:` finished would start (its `if:`, evaluated with the needed jobs' outputs). */
export function jobStarts(workflow: Workflow, jobId: string, needs: Record<string, Record<string, string>>, vars: Record<string, string>): boolean {
  const job = workflow.jobs[jobId];
  return job.if === undefined || evaluateCondition(job.if, { vars, steps: {}, needs, github: RUN_STEP_CONTEXT });
}
