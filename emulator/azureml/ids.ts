import { randomUUID } from "node:crypto";

export const PROVIDER = "Microsoft.MachineLearningServices";

export interface WorkspaceCoordinates {
  subscriptionId: string;
  resourceGroup: string;
  workspaceName: string;
}

export function workspaceId(ws: WorkspaceCoordinates): string {
  return `/subscriptions/${ws.subscriptionId}/resourceGroups/${ws.resourceGroup}/providers/${PROVIDER}/workspaces/${ws.workspaceName}`;
}

export function childId(ws: WorkspaceCoordinates, ...segments: string[]): string {
  return `${workspaceId(ws)}/${segments.join("/")}`;
}

export function resourceType(...kinds: string[]): string {
  return [`${PROVIDER}/workspaces`, ...kinds].join("/");
}

/** The last path segments of an ARM id below the workspace, or undefined when it names another workspace. */
export function segmentsBelowWorkspace(ws: WorkspaceCoordinates, id: string): string[] | undefined {
  const prefix = workspaceId(ws).toLowerCase() + "/";
  if (!id.toLowerCase().startsWith(prefix)) return undefined;
  return id.slice(prefix.length).split("/");
}

/** Azure ML's job names look like "quirky_lamp_x7k2m9pq4d"; a short random suffix is enough here. */
export function generatedName(prefix: string): string {
  return `${prefix}_${randomUUID().replace(/-/g, "").slice(0, 10)}`;
}

export function newGuid(): string {
  return randomUUID();
}
