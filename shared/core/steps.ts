/**
 * The catalog: the one list of steps. Bundles (scripts/build.mjs), manifests (scripts/manifests.ts) and
 * step loading (shared/steps/index.ts) derive from it. A task's ID is fixed forever: the agent and
 * pipelines know a task by it; its name is also its folder under tasks/.
 */
export const STEP_CATALOG = [
  { id: "train", task: "AmlopsTrain", taskId: "8197f51f-14bb-4f61-b255-2f750544aafd" },
  { id: "evaluate-gate", task: "AmlopsEvaluateGate", taskId: "18fa9fdf-c820-4ea6-845e-32347d3d0094" },
  { id: "register", task: "AmlopsRegister", taskId: "e7d1c278-3782-428c-b957-d8280fda1374" },
  { id: "deploy-canary", task: "AmlopsDeployCanary", taskId: "9d2eee02-0a60-4c40-9638-ef92bae847fb" },
  { id: "check-drift", task: "AmlopsCheckDrift", taskId: "d56881ff-e80b-46fb-9955-b06de98d3131" },
] as const;

export type StepId = (typeof STEP_CATALOG)[number]["id"];

export const STEP_IDS: readonly StepId[] = STEP_CATALOG.map((step) => step.id);

/** Azure Pipelines task name (also its folder under tasks/). */
export const TASK_NAMES = Object.fromEntries(STEP_CATALOG.map((step) => [step.id, step.task])) as Record<StepId, string>;

/** Azure Pipelines task IDs. */
export const TASK_IDS = Object.fromEntries(STEP_CATALOG.map((step) => [step.id, step.taskId])) as Record<StepId, string>;

export function isStepId(value: string): value is StepId {
  return (STEP_IDS as readonly string[]).includes(value);
}
