import { stat } from "node:fs/promises";
import path from "node:path";
import type { ContainerClient } from "@azure/storage-blob";
import { assetVersionArmId, type WorkspaceScope } from "../azure/arm-ids";
import {
  ANONYMOUS_COMPONENT_NAME,
  ANONYMOUS_ENVIRONMENT_NAME,
  anonymousComponentVersion,
  CODE_VERSION,
  componentLabel,
  environmentLabel,
  inlineEnvironmentVersion,
  type ComponentSpec,
  type InlineEnvironment,
  type JobAssetResolver,
  type LatestVersionAssetType,
  type LocalInputType,
} from "./asset-resolver";
import { listSnapshotFiles, snapshotBytes, snapshotHash, uploadSnapshot, type SnapshotOptions } from "./snapshot";
import { ensureCodeVersion, ensureComponentVersion, ensureEnvironmentVersion, type AssetClient } from "./workspace-assets";
import { latestAssetVersion } from "../azure/asset-versions";
import { DEFAULT_DATASTORE } from "../azure/datastore";

/** A local file or folder as it will be uploaded. */
export interface LocalSnapshot {
  dir: string;
  files: string[];
  hash: string;
  /** Blob folder: `LocalUpload/<hash>/<folder name>` for a folder, `LocalUpload/<hash>` for a single file. */
  prefix: string;
  isFile: boolean;
}

export async function localSnapshot(localPath: string, options: SnapshotOptions = {}): Promise<LocalSnapshot> {
  const absolute = path.resolve(localPath);
  const isFile = (await stat(absolute)).isFile();
  const dir = isFile ? path.dirname(absolute) : absolute;
  const files = isFile ? [path.basename(absolute)] : await listSnapshotFiles(absolute, options);
  const hash = await snapshotHash(dir, files, options.signal);
  return { dir, files, hash, prefix: isFile ? `LocalUpload/${hash}` : `LocalUpload/${hash}/${path.basename(absolute)}`, isFile };
}

function isRemoteContext(context: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(context) || context.startsWith("git+");
}

/** A local Docker build context, snapshotted like code; undefined for a remote context or no build. */
async function localBuildContext(environment: InlineEnvironment, options: SnapshotOptions): Promise<LocalSnapshot | undefined> {
  const context = environment.build?.context;
  return context === undefined || isRemoteContext(context) ? undefined : localSnapshot(context, options);
}

/** `azureml://datastores/<datastore>/paths/<prefix>/` of an uploaded folder, or the file's own path. */
export function datastoreUri(datastore: string, snapshot: LocalSnapshot): string {
  const base = `azureml://datastores/${datastore}/paths/${snapshot.prefix}`;
  return snapshot.isFile ? `${base}/${snapshot.files[0]}` : `${base}/`;
}

/** What a dry run would upload or register. */
export interface PlannedAction {
  action: "upload-code" | "upload-input" | "upload-build-context" | "register-environment" | "register-component" | "resolve-latest";
  /** Local path, image, component command, or `azureml:<name>@latest`. */
  source: string;
  /** ARM id, datastore URI or version it resolves to. */
  target: string;
  files?: number;
  bytes?: number;
  /** Planning: true when the workspace already holds it (nothing would be written), undefined when not checked. */
  exists?: boolean;
  /** The component a pipeline step registers. */
  componentSpec?: ComponentSpec;
}

export interface PlanningResolver extends JobAssetResolver {
  readonly actions: PlannedAction[];
}

/**
 * Computes the ids a real run would use (snapshot hashes, content-hashed versions) and writes nothing.
 * `latestVersion` is a read, passed in (e.g. a bound `latestAssetVersion`).
 */
/** Read-only checks a dry run makes to tell what a real run would reuse; undefined when it cannot tell. */
export interface PlanningChecks {
  codeVersionExists(hash: string): Promise<boolean | undefined>;
  environmentVersionExists(version: string): Promise<boolean | undefined>;
  componentVersionExists(version: string): Promise<boolean | undefined>;
  /** Whether the datastore already holds files under `<prefix>/`. */
  inputUploaded(prefix: string): Promise<boolean | undefined>;
}

/** Read-only checks through the asset client (and, when given, the datastore's container). */
export function workspacePlanningChecks(client: AssetClient, scope: WorkspaceScope, container?: ContainerClient): PlanningChecks {
  const { resourceGroup, workspaceName } = scope;
  const exists = async (get: () => Promise<unknown>) => {
    try {
      await get();
      return true;
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return false;
      throw error;
    }
  };
  return {
    codeVersionExists: (hash) => exists(() => client.codeVersions.get(resourceGroup, workspaceName, hash, CODE_VERSION)),
    environmentVersionExists: (version) => exists(() => client.environmentVersions.get(resourceGroup, workspaceName, ANONYMOUS_ENVIRONMENT_NAME, version)),
    componentVersionExists: (version) => exists(() => client.componentVersions.get(resourceGroup, workspaceName, ANONYMOUS_COMPONENT_NAME, version)),
    inputUploaded: async (prefix) => (container ? prefixExists(container, prefix) : undefined),
  };
}

/**
 * Computes the ids a real run would use (snapshot hashes, content-hashed versions) and writes nothing.
 * `latestVersion` is a read, passed in (e.g. a bound `latestAssetVersion`); `checks` tell what already exists.
 */
export function createPlanningResolver(
  scope: WorkspaceScope,
  options: { latestVersion: (assetType: LatestVersionAssetType, name: string) => Promise<string>; datastoreName?: string; checks?: PlanningChecks } & SnapshotOptions,
): PlanningResolver {
  const actions: PlannedAction[] = [];
  const datastore = options.datastoreName ?? DEFAULT_DATASTORE;
  const checks = options.checks;
  const planned = new Set<string>();
  /** Identical uploads and registrations (two steps with the same component) are listed once, as they happen once. */
  const plan = (action: PlannedAction): void => {
    const key = `${action.action} ${action.target}`;
    if (planned.has(key)) return;
    planned.add(key);
    actions.push(action);
  };
  return {
    actions,
    async codeId(localPath: string) {
      const snapshot = await localSnapshot(localPath, options);
      const target = assetVersionArmId(scope, "codes", snapshot.hash, CODE_VERSION);
      if (!planned.has(`upload-code ${target}`)) {
        const bytes = await snapshotBytes(snapshot.dir, snapshot.files);
        plan({ action: "upload-code", source: localPath, target, files: snapshot.files.length, bytes, exists: await checks?.codeVersionExists(snapshot.hash) });
      }
      return target;
    },
    async environmentId(environment: InlineEnvironment) {
      const context = await localBuildContext(environment, options);
      if (context) plan({ action: "upload-build-context", source: context.dir, target: `${datastore}:${context.prefix}`, files: context.files.length });
      const version = inlineEnvironmentVersion(environment, context?.hash);
      const target = assetVersionArmId(scope, "environments", ANONYMOUS_ENVIRONMENT_NAME, version);
      if (!planned.has(`register-environment ${target}`)) {
        plan({ action: "register-environment", source: environmentLabel(environment), target, exists: await checks?.environmentVersionExists(version) });
      }
      return target;
    },
    async inputUri(localPath: string, _type: LocalInputType) {
      const snapshot = await localSnapshot(localPath, options);
      const target = datastoreUri(datastore, snapshot);
      if (!planned.has(`upload-input ${target}`)) {
        const bytes = await snapshotBytes(snapshot.dir, snapshot.files);
        plan({ action: "upload-input", source: localPath, target, files: snapshot.files.length, bytes, exists: await checks?.inputUploaded(snapshot.prefix) });
      }
      return target;
    },
    async componentId(spec: ComponentSpec) {
      const version = anonymousComponentVersion(spec);
      const target = assetVersionArmId(scope, "components", ANONYMOUS_COMPONENT_NAME, version);
      if (!planned.has(`register-component ${target}`)) {
        plan({ action: "register-component", source: componentLabel(spec), target, componentSpec: spec, exists: await checks?.componentVersionExists(version) });
      }
      return target;
    },
    async latestVersion(assetType, name) {
      const version = await options.latestVersion(assetType, name);
      actions.push({ action: "resolve-latest", source: `azureml:${name}@latest (${assetType})`, target: `version ${version}` });
      return version;
    },
  };
}

export interface WorkspaceResolverOptions extends SnapshotOptions {
  client: AssetClient;
  scope: WorkspaceScope;
  /** Container of the workspace's default blob datastore. */
  container: ContainerClient;
  datastoreName?: string;
  concurrency?: number;
  /** Told about each upload or registration as it completes (reused: nothing was written). */
  onAction?: (action: PlannedAction & { reused: boolean }) => void;
}

function withoutQuery(url: string): string {
  const query = url.indexOf("?");
  return query < 0 ? url : url.slice(0, query);
}

async function prefixExists(container: ContainerClient, prefix: string): Promise<boolean> {
  const first = await container.listBlobsFlat({ prefix: `${prefix}/` }).byPage({ maxPageSize: 1 }).next();
  return !first.done && first.value.segment.blobItems.length > 0;
}

/** Uploads a snapshot to its content-addressed folder unless that folder already holds it; reused: nothing was written. */
export async function uploadLocalSnapshot(container: ContainerClient, snapshot: LocalSnapshot, options: { concurrency?: number; signal?: AbortSignal } = {}): Promise<{ reused: boolean }> {
  const reused = await prefixExists(container, snapshot.prefix);
  if (!reused) await uploadSnapshot(container, snapshot.prefix, snapshot.dir, snapshot.files, options);
  return { reused };
}

/** Uploads snapshots and inputs to the workspace's blob datastore and registers code, environments and components. */
export function createWorkspaceResolver(options: WorkspaceResolverOptions): JobAssetResolver {
  const { client, scope, container } = options;
  const datastore = options.datastoreName ?? DEFAULT_DATASTORE;
  const cache = new Map<string, Promise<string>>();
  const report = options.onAction ?? (() => undefined);
  function once(key: string, produce: () => Promise<string>): Promise<string> {
    let result = cache.get(key);
    if (!result) {
      result = produce();
      cache.set(key, result);
    }
    return result;
  }
  return {
    codeId: (localPath) =>
      once(`code:${path.resolve(localPath)}`, async () => {
        const snapshot = await localSnapshot(localPath, options);
        const ensured = await ensureCodeVersion(client, scope, snapshot.hash, {
          codeUri: `${withoutQuery(container.url)}/${snapshot.prefix}`,
          upload: () => uploadSnapshot(container, snapshot.prefix, snapshot.dir, snapshot.files, options),
        });
        report({ action: "upload-code", source: localPath, target: ensured.id, files: snapshot.files.length, reused: !ensured.created });
        return ensured.id;
      }),
    inputUri: (localPath) =>
      once(`input:${path.resolve(localPath)}`, async () => {
        const snapshot = await localSnapshot(localPath, options);
        const { reused } = await uploadLocalSnapshot(container, snapshot, options);
        const target = datastoreUri(datastore, snapshot);
        report({ action: "upload-input", source: localPath, target, files: snapshot.files.length, reused });
        return target;
      }),
    async environmentId(environment) {
      const snapshot = await localBuildContext(environment, options);
      let context: { contextUri: string; hash: string } | undefined;
      if (snapshot) {
        const { reused } = await uploadLocalSnapshot(container, snapshot, options);
        context = { contextUri: `${withoutQuery(container.url)}/${snapshot.prefix}/`, hash: snapshot.hash };
        report({ action: "upload-build-context", source: snapshot.dir, target: context.contextUri, files: snapshot.files.length, reused });
      }
      const ensured = await ensureEnvironmentVersion(client, scope, environment, context);
      report({ action: "register-environment", source: environmentLabel(environment), target: ensured.id, reused: !ensured.created });
      return ensured.id;
    },
    async componentId(spec) {
      const ensured = await ensureComponentVersion(client, scope, spec);
      report({ action: "register-component", source: componentLabel(spec), target: ensured.id, reused: !ensured.created });
      return ensured.id;
    },
    latestVersion: (assetType, name) => latestAssetVersion(client, scope, assetType, name),
  };
}
