import { ConfigurationError, errorMessage } from "../core/errors";
import { fieldPath, isMapping, type Mapping } from "./spec-fields";

const STEP_REFERENCE = /^\$\{\{\s*parent\.jobs\.([A-Za-z0-9_]+)\s*\}\}$/;

/** The steps a block names (`${{parent.jobs.<step>}}`, one or a list), as the SDK's ConditionNode normalizes them. */
function blockSteps(value: unknown): string[] {
  const entries = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return entries.map((entry) => (typeof entry === "string" ? (STEP_REFERENCE.exec(entry)?.[1] ?? entry) : JSON.stringify(entry)));
}

/** A parallel_for step's items: a JSON list or dict (written or as a string) or a binding; empty is refused, as the SDK refuses it. */
function checkItems(items: unknown, where: string): void {
  const path = fieldPath(where, "items");
  if (items === undefined || items === null) throw new ConfigurationError(`${path}: required for a parallel_for step; accepted: a non-empty list or dict of input values, as YAML or a JSON string, or a \${{parent.inputs.<name>}} binding.`);
  let parsed: unknown = items;
  if (typeof items === "string") {
    if (/^\$\{\{.*\}\}$/.test(items.trim())) return;
    try {
      parsed = JSON.parse(items) as unknown;
    } catch (error) {
      throw new ConfigurationError(`${path}: neither a JSON list or dict nor a binding (${errorMessage(error)}); accepted: a non-empty list or dict of input values, as YAML or a JSON string, or a \${{parent.inputs.<name>}} binding.`);
    }
  }
  const values = Array.isArray(parsed) ? parsed : isMapping(parsed) ? Object.values(parsed) : undefined;
  if (values === undefined) throw new ConfigurationError(`${path}: ${JSON.stringify(items)} is not a list or dict; accepted: a non-empty list or dict of input values, as YAML or a JSON string, or a \${{parent.inputs.<name>}} binding.`);
  if (values.length === 0) throw new ConfigurationError(`${path}: empty; accepted: a non-empty list or dict of input values (one body run each).`);
}

/** The checks the SDK makes on a control flow step before it sends the pipeline (ConditionNode, ParallelFor). */
export function checkControlFlowStep(type: string, spec: Mapping, where: string): void {
  if (type === "if_else") {
    const trueSteps = blockSteps(spec.true_block);
    const falseSteps = blockSteps(spec.false_block);
    if (trueSteps.length === 0 && falseSteps.length === 0) throw new ConfigurationError(`${where}: true_block and false_block are both empty; accepted: at least one of them naming steps (\${{parent.jobs.<step>}}).`);
    const shared = trueSteps.filter((step) => falseSteps.includes(step));
    if (shared.length > 0) throw new ConfigurationError(`${fieldPath(where, "false_block")}: names ${shared.join(", ")}, which true_block names too; a step runs in one branch only.`);
  }
  if (type === "parallel_for") checkItems(spec.items, where);
}

/** Steps run as a parallel_for body: the SDK leaves their required inputs to the items, so they are not checked as missing. */
export function parallelForBodies(jobs: Mapping): Set<string> {
  const bodies = new Set<string>();
  for (const value of Object.values(jobs)) {
    if (isMapping(value) && value.type === "parallel_for") for (const step of blockSteps(value.body)) bodies.add(step);
  }
  return bodies;
}
