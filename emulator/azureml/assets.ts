import { armResource, isResponse, listPage, propertiesOf } from "./arm";
import type { EmulatorContext } from "./context";
import { armError, json, notFound, type EmulatorRequest, type EmulatorResponse } from "./http";
import { PROVIDER } from "./ids";
import { viewFor } from "./endpoints";
import { WORKSPACE_PATH, type Route } from "./router";
import type { ArmResource, AssetStore, EmulatorState } from "./state";

export interface AssetKind {
  /** URL segment: codes, environments, data, models, components. */
  segment: string;
  display: string;
  store: (state: EmulatorState) => AssetStore;
  /** Fields a version keeps for life; a PUT changing them is refused. */
  immutableFields: string[];
  check?: (properties: Record<string, unknown>) => EmulatorResponse | undefined;
  complete?: (properties: Record<string, unknown>) => Record<string, unknown>;
  /** Container fields taken from its versions (data containers carry a dataType). */
  containerFields?: (versions: ArmResource[]) => Record<string, unknown>;
  /** Version fields api-versions before 2023-04-01 do not know; left out of their responses. */
  newerFields?: string[];
}

function nextVersion(versions: Map<string, ArmResource> | undefined): string {
  const numbers = [...(versions?.keys() ?? [])].map(Number).filter((value) => Number.isInteger(value));
  return String(numbers.length > 0 ? Math.max(...numbers) + 1 : 1);
}

function latestVersion(versions: Map<string, ArmResource>): string | undefined {
  const all = [...versions.values()];
  all.sort((a, b) => (a.systemData?.createdAt ?? "").localeCompare(b.systemData?.createdAt ?? ""));
  return all.at(-1)?.name;
}

/** Keeps the container's latestVersion/nextVersion in step with its versions. */
function refreshContainer(ctx: EmulatorContext, kind: AssetKind, name: string): ArmResource {
  const store = kind.store(ctx.state);
  const versions = store.versions.get(name) ?? new Map<string, ArmResource>();
  const previous = store.containers.get(name);
  const container = armResource(ctx, [kind.segment, name], [kind.segment], {
    properties: {
      description: previous?.properties.description,
      tags: previous?.properties.tags ?? {},
      properties: previous?.properties.properties ?? {},
      isArchived: previous?.properties.isArchived ?? false,
      latestVersion: latestVersion(versions),
      nextVersion: nextVersion(versions),
      ...kind.containerFields?.([...versions.values()]),
    },
  }, previous);
  if (previous?.systemData) container.systemData = { ...previous.systemData };
  store.containers.set(name, container);
  return container;
}

/** Stores a version as the service would, creating its container when needed. */
export function putAssetVersion(ctx: EmulatorContext, kind: AssetKind, name: string, version: string, input: Record<string, unknown>):
  { resource: ArmResource; created: boolean } | EmulatorResponse {
  const problem = kind.check?.(input);
  if (problem) return problem;
  const store = kind.store(ctx.state);
  const versions = store.versions.get(name) ?? new Map<string, ArmResource>();
  const previous = versions.get(version);
  if (previous) {
    const changed = kind.immutableFields.find((field) => input[field] !== undefined && JSON.stringify(input[field]) !== JSON.stringify(previous.properties[field]));
    if (changed) {
      return armError(409, "UserError",
        `A ${kind.display} version with name '${name}' and version '${version}' already exists. If you are trying to create a new ` +
        `${kind.display} version, use a different name or version. If you are trying to update an existing ${kind.display} version, ` +
        `the existing asset's ${changed} cannot be changed. Only tags, description, and isArchived can be updated.`);
    }
  }
  const base = previous ? { ...previous.properties, ...input } : { isAnonymous: false, isArchived: false, ...input };
  const properties = kind.complete ? kind.complete(base) : base;
  const resource = armResource(ctx, [kind.segment, name, "versions", version], [kind.segment, "versions"], { properties }, previous);
  versions.set(version, resource);
  store.versions.set(name, versions);
  refreshContainer(ctx, kind, name);
  return { resource, created: !previous };
}

/** `tags` / `properties` list filters: comma-separated names, each optionally `=value`. */
function matchesFilter(values: unknown, filter: string | null): boolean {
  if (!filter) return true;
  const map = (values ?? {}) as Record<string, string>;
  return filter.split(",").every((entry) => {
    const equals = entry.indexOf("=");
    if (equals < 0) return entry in map;
    return map[entry.slice(0, equals)] === entry.slice(equals + 1);
  });
}

function sortVersions(request: EmulatorRequest, all: ArmResource[]): ArmResource[] {
  const versions = all.filter((version) =>
    matchesFilter(version.properties.tags, request.query.get("tags")) && matchesFilter(version.properties.properties, request.query.get("properties")));
  const orderBy = (request.query.get("$orderBy") ?? "createdtime desc").toLowerCase();
  const sorted = [...versions].sort((a, b) => (a.systemData?.createdAt ?? "").localeCompare(b.systemData?.createdAt ?? "") || Number(a.name) - Number(b.name));
  if (!orderBy.endsWith("asc")) sorted.reverse();
  const top = Number(request.query.get("$top"));
  return Number.isInteger(top) && top > 0 ? sorted.slice(0, top) : sorted;
}

export function assetRoutes(ctx: EmulatorContext, kind: AssetKind): Route[] {
  const containerPath = `${WORKSPACE_PATH}/${kind.segment}/:name`;
  const typeName = (suffix: string) => `${PROVIDER}/workspaces/${kind.segment}${suffix}`;
  const store = () => kind.store(ctx.state);
  const view = (request: EmulatorRequest, version: ArmResource) => viewFor(version, request.apiVersion, kind.newerFields ?? []);
  return [
    { method: "GET", pattern: `${WORKSPACE_PATH}/${kind.segment}`, auth: "arm", validate: true,
      handler: (request) => listPage(ctx, request, [...store().containers.values()]) },
    { method: "GET", pattern: containerPath, auth: "arm", validate: true,
      handler: (request) => {
        const container = store().containers.get(request.params.name);
        return container ? json(200, container) : notFound(typeName(""), request.params.name, ctx.workspace.resourceGroup);
      } },
    { method: "PUT", pattern: containerPath, auth: "arm", validate: true,
      handler: (request) => {
        const properties = propertiesOf(request);
        if (isResponse(properties)) return properties;
        const existed = store().containers.has(request.params.name);
        const container = refreshContainer(ctx, kind, request.params.name);
        container.properties = { ...container.properties, description: properties.description, tags: properties.tags ?? {},
          properties: properties.properties ?? {}, isArchived: properties.isArchived ?? false };
        return json(existed ? 200 : 201, container);
      } },
    { method: "GET", pattern: `${containerPath}/versions`, auth: "arm", validate: true,
      handler: (request) => listPage(ctx, request, sortVersions(request, [...(store().versions.get(request.params.name)?.values() ?? [])]).map((version) => view(request, version))) },
    { method: "GET", pattern: `${containerPath}/versions/:version`, auth: "arm", validate: true,
      handler: (request) => {
        const version = store().versions.get(request.params.name)?.get(request.params.version);
        return version ? json(200, view(request, version)) : notFound(typeName("/versions"), `${request.params.name}/${request.params.version}`, ctx.workspace.resourceGroup);
      } },
    { method: "PUT", pattern: `${containerPath}/versions/:version`, auth: "arm", validate: true,
      handler: (request) => {
        const properties = propertiesOf(request);
        if (isResponse(properties)) return properties;
        const outcome = putAssetVersion(ctx, kind, request.params.name, request.params.version, properties);
        if ("status" in outcome) return outcome;
        return json(outcome.created ? 201 : 200, view(request, outcome.resource));
      } },
  ];
}

export const CODE_KIND: AssetKind = {
  segment: "codes", display: "code", store: (state) => state.codes, immutableFields: ["codeUri"],
};

export const DATA_KIND: AssetKind = {
  segment: "data", display: "data", store: (state) => state.data, immutableFields: ["dataUri", "dataType"],
  containerFields: (versions) => ({ dataType: versions.at(-1)?.properties.dataType ?? "uri_folder" }),
};

export const ENVIRONMENT_KIND: AssetKind = {
  segment: "environments", display: "environment", store: (state) => state.environments, immutableFields: ["image", "build", "condaFile"],
  check: (properties) => properties.image === undefined && properties.build === undefined
    ? armError(400, "UserError", "Docker image or Dockerfile is required for environments.")
    : undefined,
  complete: (properties) => ({ environmentType: "UserCreated", osType: "Linux", ...properties }),
};
