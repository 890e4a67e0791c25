import { ANONYMOUS_COMPONENT_NAME, type ComponentSpec } from "./asset-resolver";
import { isMapping, type Mapping } from "./spec-fields";

const LONGEST_COMMAND = 160;

/**
 * The dry run's view of a pipeline: each step (nested steps of a pipeline component too) with the component it
 * resolves to, and each component it registers described once — its command (or task), environment and code.
 * `components` are the anonymous components of the plan, by id. A pipeline job made from a pipeline component
 * (`componentId`) is described by that component and, when the plan registers it, its steps.
 */
export function describeSteps(jobs: Mapping | undefined, components: ReadonlyMap<string, ComponentSpec>, componentId?: string): string[] {
  const lines: string[] = [];
  const firstUser = new Map<string, string>();
  const visit = (steps: Mapping | undefined, prefix: string) => {
    for (const [name, value] of Object.entries(steps ?? {})) {
      if (!isMapping(value)) continue;
      const step = `${prefix}${name}`;
      const type = typeof value.type === "string" ? value.type : "command";
      const id = stepComponentId(value);
      if (id === undefined) {
        lines.push(`Step ${step} (${type}): ${type === "automl" ? `AutoML ${String(value.task_type ?? value.taskType ?? "task")}, no component` : "no component"}`);
        continue;
      }
      const spec = components.get(id.replace(/^azureml:/, ""));
      const seenAt = firstUser.get(id);
      if (seenAt !== undefined) {
        lines.push(`Step ${step} (${type}): component ${componentName(id)}, the same as step ${seenAt}`);
        continue;
      }
      firstUser.set(id, step);
      if (!spec) {
        lines.push(`Step ${step} (${type}): component ${componentName(id)} (registered; its command, environment and code are the ones registered)`);
        continue;
      }
      lines.push(`Step ${step} (${type}): component ${componentName(id)}`, ...componentDetails(spec));
      if (spec.type === "pipeline" && isMapping(spec.jobs)) visit(spec.jobs, `${step}/`);
    }
  };
  if (componentId !== undefined) {
    const spec = components.get(componentId.replace(/^azureml:/, ""));
    if (!spec) lines.push(`Pipeline component: ${componentName(componentId)} (registered; its steps are the ones registered)`);
    else lines.push(`Pipeline component: ${componentName(componentId)}`, ...componentDetails(spec));
    if (spec && isMapping(spec.jobs)) visit(spec.jobs, "");
  }
  visit(jobs, "");
  return lines;
}

/** The component a converted step runs: its own, or for a sweep step its trial's. */
export function stepComponentId(step: Mapping): string | undefined {
  if (typeof step.componentId === "string") return step.componentId;
  return isMapping(step.trial) && typeof step.trial.componentId === "string" ? step.trial.componentId : undefined;
}

function componentDetails(spec: ComponentSpec): string[] {
  const details: string[] = [];
  if (typeof spec.command === "string") details.push(`  command: ${oneLine(spec.command)}`);
  const task = isMapping(spec.task) ? spec.task : undefined;
  if (task) details.push(`  task: ${[task.type, task.entry_script, task.program_arguments].filter((part) => typeof part === "string").map((part) => oneLine(part as string)).join(" ")}`);
  if (spec.type === "pipeline" && isMapping(spec.jobs)) details.push(`  steps: ${Object.keys(spec.jobs).join(", ")}`);
  for (const [label, value] of [["environment", spec.environment ?? task?.environment], ["code", spec.code ?? task?.code]] as const) {
    if (typeof value === "string") details.push(`  ${label}: ${value.replace(/^azureml:(?=\/subscriptions\/)/, "")}`);
  }
  return details;
}

/** `name:version` of a registered component, `anonymous <version>` of one made from the job file, a registry URI as written. */
function componentName(id: string): string {
  if (id.includes("://registries/")) return id;
  const match = /\/components\/([^/]+)\/versions\/([^/]+)$/.exec(id.replace(/^azureml:/, ""));
  if (!match) return id;
  return match[1] === ANONYMOUS_COMPONENT_NAME ? `anonymous ${match[2]}` : `${match[1]}:${match[2]}`;
}

function oneLine(text: string): string {
  const collapsed = text.replace(/\s+/g, " ").trim();
  return collapsed.length > LONGEST_COMMAND ? `${collapsed.slice(0, LONGEST_COMMAND - 1)}…` : collapsed;
}
