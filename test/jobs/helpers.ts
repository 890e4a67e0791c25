import path from "node:path";
import { buildJobRequest, type JobRequest } from "../../shared/jobs/job-request";
import { createPlanningResolver, type PlanningResolver } from "../../shared/jobs/resolvers";
import type { Mapping } from "../../shared/jobs/spec-fields";

export const FIXTURES = path.resolve(__dirname, "../fixtures/jobs");
export const SCOPE = { subscriptionId: "00000000-1111-2222-3333-444444444444", resourceGroup: "test-rg", workspaceName: "my-aml-workspace" };
export const WORKSPACE_ID = `/subscriptions/${SCOPE.subscriptionId}/resourceGroups/${SCOPE.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${SCOPE.workspaceName}`;

export const LATEST_VERSION = "7";

export function planningResolver(): PlanningResolver {
  return createPlanningResolver(SCOPE, { latestVersion: async () => LATEST_VERSION });
}

export async function convert(spec: Mapping, dir = FIXTURES, resolver = planningResolver()): Promise<JobRequest & { resolver: PlanningResolver }> {
  const request = await buildJobRequest(spec, { ...SCOPE, jobFileDir: dir }, resolver);
  return { ...request, resolver };
}

export function armUrl(resourcePath: string): string {
  return `https://management.azure.com${WORKSPACE_ID}/${resourcePath}?api-version=2022-10-01`;
}
