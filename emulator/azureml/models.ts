import { armError, type EmulatorResponse } from "./http";
import { segmentsBelowWorkspace, type WorkspaceCoordinates } from "./ids";
import type { AssetKind } from "./assets";
import type { EmulatorState } from "./state";

const JOB_OUTPUT_URI = /^azureml:\/\/jobs\/([^/]+)\/outputs\/([^/]+)(\/.*)?$/i;

function checkModelUri(state: EmulatorState, modelUri: unknown): EmulatorResponse | undefined {
  if (typeof modelUri !== "string") return undefined;
  const match = JOB_OUTPUT_URI.exec(modelUri);
  if (!match) return undefined;
  const [, jobName, outputName] = match;
  const job = state.jobs.get(jobName);
  if (!job) return armError(404, "UserError", `Could not find job '${jobName}' referenced by modelUri '${modelUri}'.`);
  if (job.status !== "Completed") {
    return armError(400, "UserError", `Job '${jobName}' is in status '${job.status}'; outputs can be registered once the job has Completed.`);
  }
  const outputs = (job.resource.properties.outputs ?? {}) as Record<string, unknown>;
  if (!(outputName in outputs)) {
    return armError(400, "UserError", `Job '${jobName}' has no output named '${outputName}'. Outputs: ${Object.keys(outputs).join(", ") || "none"}.`);
  }
  return undefined;
}

export function modelKind(): AssetKind {
  return {
    segment: "models",
    display: "model",
    store: (state) => state.models,
    immutableFields: ["modelUri", "modelType"],
    newerFields: ["stage", "datasets"],
    complete: (properties) => {
      const match = typeof properties.modelUri === "string" ? JOB_OUTPUT_URI.exec(properties.modelUri) : null;
      return { modelType: "custom_model", ...properties, ...(match && !properties.jobName ? { jobName: match[1] } : {}) };
    },
    check: () => undefined,
  };
}

/** The model-version check needs the jobs, so it is bound to the state. */
export function bindModelChecks(kind: AssetKind, state: EmulatorState): AssetKind {
  return { ...kind, check: (properties) => checkModelUri(state, properties.modelUri) };
}

/** True when the id names an existing model version of this workspace, or a registry model. */
export function modelVersionExists(state: EmulatorState, ws: WorkspaceCoordinates, id: string): boolean {
  if (/^azureml:\/\/registries\/[^/]+\/models\/[^/]+\/versions\/[^/]+$/i.test(id)) return true;
  const segments = segmentsBelowWorkspace(ws, id);
  return !!segments && segments.length === 4 && segments[0].toLowerCase() === "models" && segments[2].toLowerCase() === "versions" &&
    !!state.models.versions.get(segments[1])?.has(segments[3]);
}
