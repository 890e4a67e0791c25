/** The five steps, with the name each host knows them by. */
export const STEP_IDS = ["train", "evaluate-gate", "register", "deploy-canary", "check-drift"] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Azure Pipelines task name (also its folder under tasks/). */
export const TASK_NAMES: Record<StepId, string> = {
  train: "AmlopsTrain",
  "evaluate-gate": "AmlopsEvaluateGate",
  register: "AmlopsRegister",
  "deploy-canary": "AmlopsDeployCanary",
  "check-drift": "AmlopsCheckDrift",
};

export function isStepId(value: string): value is StepId {
  return (STEP_IDS as readonly string[]).includes(value);
}

/** Azure Pipelines task IDs: fixed forever, the agent and pipelines know a task by them. */
export const TASK_IDS: Record<StepId, string> = {
  train: "8197f51f-14bb-4f61-b255-2f750544aafd",
  "evaluate-gate": "18fa9fdf-c820-4ea6-845e-32347d3d0094",
  register: "e7d1c278-3782-428c-b957-d8280fda1374",
  "deploy-canary": "9d2eee02-0a60-4c40-9638-ef92bae847fb",
  "check-drift": "d56881ff-e80b-46fb-9955-b06de98d3131",
};
