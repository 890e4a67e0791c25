import type { AssetKind } from "./assets";
import { armError, isObject, type EmulatorResponse } from "./http";
import { segmentsBelowWorkspace, type WorkspaceCoordinates } from "./ids";
import type { ArmResource, AssetStore, EmulatorState } from "./state";

const REGISTRY_ASSET = /^azureml:\/\/registries\/[^/]+\/(environments|components|models)\/[^/]+\/(versions\/[^/]+|labels\/[^/]+)$/i;
const NAME_VERSION = /^azureml:([^/:@]+):([^/:@]+)$/i;
const SUPPORTED_TYPES = ["command", "pipeline", "sweep", "parallel", "spark"];

export interface ResolvedComponent {
  command: string;
  environmentId?: string;
  codeId?: string;
  displayName?: string;
}

type VersionedSegment = "codes" | "environments" | "components";

function storeOf(state: EmulatorState, segment: VersionedSegment): AssetStore {
  return { codes: state.codes, environments: state.environments, components: state.components }[segment];
}

/** An asset reference as a component spec or a pipeline step writes it: ARM id (optionally `azureml:`-prefixed), `azureml:<name>:<version>`, registry URI. */
function findVersion(state: EmulatorState, ws: WorkspaceCoordinates, reference: string, segment: VersionedSegment): ArmResource | "registry" | undefined {
  if (REGISTRY_ASSET.test(reference)) return "registry";
  const nameVersion = NAME_VERSION.exec(reference);
  if (nameVersion) return storeOf(state, segment).versions.get(nameVersion[1])?.get(nameVersion[2]);
  const segments = segmentsBelowWorkspace(ws, reference.replace(/^azureml:/i, ""));
  if (!segments || segments.length !== 4 || segments[0].toLowerCase() !== segment || segments[2].toLowerCase() !== "versions") return undefined;
  return storeOf(state, segment).versions.get(segments[1])?.get(segments[3]);
}

function assetNotFound(reference: string, field: string): EmulatorResponse {
  return armError(404, "NotFound", `Could not find asset with ID: ${reference} (${field}).`);
}

function checkComponentSpec(state: EmulatorState, ws: WorkspaceCoordinates, properties: Record<string, unknown>): EmulatorResponse | undefined {
  const spec = properties.componentSpec;
  if (!isObject(spec)) return armError(400, "UserError", "componentSpec is required for a component version.");
  const type = String(spec.type ?? "");
  if (!SUPPORTED_TYPES.includes(type)) {
    return armError(400, "UserError", `componentSpec.type '${type}' is not a component type; supported: ${SUPPORTED_TYPES.join(", ")}.`);
  }
  if (type !== "command") return undefined;
  if (typeof spec.command !== "string" || spec.command.trim() === "") return armError(400, "UserError", "componentSpec.command is required for a command component.");
  if (typeof spec.environment !== "string") return armError(400, "UserError", "componentSpec.environment is required for a command component.");
  if (!findVersion(state, ws, spec.environment, "environments")) return assetNotFound(spec.environment, "componentSpec.environment");
  if (typeof spec.code === "string" && !/^(https?|azureml):\/\//i.test(spec.code) && !findVersion(state, ws, spec.code, "codes")) {
    return assetNotFound(spec.code, "componentSpec.code");
  }
  return undefined;
}

/** Component versions; the spec's environment and code must exist, as the service checks at registration. */
export function componentKind(state: EmulatorState, ws: WorkspaceCoordinates): AssetKind {
  return {
    segment: "components",
    display: "component",
    store: (current) => current.components,
    immutableFields: ["componentSpec"],
    check: (properties) => checkComponentSpec(state, ws, properties),
  };
}

function stripAzureml(reference: unknown): string | undefined {
  return typeof reference === "string" && reference !== "" ? reference.replace(/^azureml:(?!\/\/)/i, "") : undefined;
}

/** The command a pipeline step runs, taken from its component (registry components run a placeholder command). */
export function resolveComponent(state: EmulatorState, ws: WorkspaceCoordinates, componentId: string): ResolvedComponent | EmulatorResponse {
  const found = findVersion(state, ws, componentId, "components");
  if (!found) return assetNotFound(componentId, "componentId");
  if (found === "registry") return { command: `run ${componentId}` };
  const spec = (found.properties.componentSpec ?? {}) as Record<string, unknown>;
  return {
    command: String(spec.command ?? ""),
    environmentId: stripAzureml(spec.environment),
    codeId: stripAzureml(spec.code),
    displayName: typeof spec.display_name === "string" ? spec.display_name : undefined,
  };
}

/**
 * The steps a pipeline job made from a pipeline component runs: the registered component's `jobs` (a registry
 * component's are not known here: none), or the 404 the service answers for a component that does not exist.
 */
export function pipelineComponentJobs(state: EmulatorState, ws: WorkspaceCoordinates, componentId: string): Record<string, unknown> | EmulatorResponse {
  const found = findVersion(state, ws, componentId, "components");
  if (!found) return assetNotFound(componentId, "componentId");
  if (found === "registry") return {};
  const spec = (found.properties.componentSpec ?? {}) as Record<string, unknown>;
  if (spec.type !== "pipeline") return armError(400, "UserError", `Component ${componentId} is a ${String(spec.type)} component; a pipeline job runs a pipeline component (componentId).`);
  return isObject(spec.jobs) ? spec.jobs : {};
}
