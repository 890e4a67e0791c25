export interface SystemData {
  createdAt: string;
  createdBy: string;
  createdByType: "User" | "Application";
  lastModifiedAt: string;
  lastModifiedBy: string;
  lastModifiedByType: "User" | "Application";
}

export interface ArmResource {
  id: string;
  name: string;
  type: string;
  properties: Record<string, unknown>;
  systemData?: SystemData;
  [field: string]: unknown;
}

/** Containers and their versions of one asset kind (codes, environments, data, models, components). */
export interface AssetStore {
  containers: Map<string, ArmResource>;
  versions: Map<string, Map<string, ArmResource>>;
}

export type JobStatus =
  | "NotStarted" | "Queued" | "Preparing" | "Running" | "Finalizing"
  | "CancelRequested" | "Completed" | "Failed" | "Canceled";

export interface MetricPoint {
  key: string;
  value: number;
  step: number;
  timestamp: number;
}

export interface JobRecord {
  resource: ArmResource;
  status: JobStatus;
  parentName?: string;
  stepName?: string;
  children: string[];
  metrics: MetricPoint[];
  params: Record<string, string>;
  logLines: string[];
  startTime?: Date;
  endTime?: Date;
  error?: string;
  cancelRequested: boolean;
}

export interface EndpointRecord {
  resource: ArmResource;
  keys: { primaryKey: string; secondaryKey: string };
  /** Every traffic and mirror map a PUT set, oldest first. */
  trafficHistory: { traffic: Record<string, number>; mirror: Record<string, number>; apiVersion: string }[];
}

export interface ScoringBehaviour {
  /** Share of requests answered with a 500, spread evenly (0.2 → every fifth). */
  errorRate: number;
  /** Delay added before answering. */
  latencyMs: number;
}

export interface DeploymentRecord {
  resource: ArmResource;
  scoring: ScoringBehaviour;
  served: number;
  /** Why provisioning failed, as the container log tells it. */
  failure?: string;
}

export interface OperationRecord {
  id: string;
  status: "InProgress" | "Succeeded" | "Failed";
  error?: { code: string; message: string };
  startTime: string;
  endTime?: string;
  /** Returned by the Location poll once the operation succeeded. */
  result?: () => unknown;
}

export interface ServedRequest {
  time: Date;
  endpoint: string;
  deployment: string;
  statusCode: number;
  latencyMs: number;
  mirrored: boolean;
}

export interface ScheduleRecord {
  resource: ArmResource;
  /** Jobs the schedule submitted when triggered. */
  runs: { jobName: string; scheduleTime: string }[];
}

export interface EmulatorState {
  workspace: ArmResource;
  computes: Map<string, ArmResource>;
  datastores: Map<string, ArmResource>;
  codes: AssetStore;
  environments: AssetStore;
  data: AssetStore;
  models: AssetStore;
  components: AssetStore;
  jobs: Map<string, JobRecord>;
  endpoints: Map<string, EndpointRecord>;
  /** Keyed by endpoint name, then deployment name. */
  deployments: Map<string, Map<string, DeploymentRecord>>;
  operations: Map<string, OperationRecord>;
  served: ServedRequest[];
  /** Scoring behaviour a deployment gets when it is created, keyed `<endpoint>/<deployment>`. */
  scoringPresets: Map<string, Partial<ScoringBehaviour>>;
  schedules: Map<string, ScheduleRecord>;
}

export function emptyAssetStore(): AssetStore {
  return { containers: new Map(), versions: new Map() };
}

export function systemData(now: Date, previous?: SystemData): SystemData {
  const at = now.toISOString();
  return {
    createdAt: previous?.createdAt ?? at,
    createdBy: previous?.createdBy ?? "amlops",
    createdByType: previous?.createdByType ?? "Application",
    lastModifiedAt: at,
    lastModifiedBy: "amlops",
    lastModifiedByType: "Application",
  };
}

function plainMap(value: unknown): unknown {
  if (value instanceof Map) return Object.fromEntries([...value].map(([key, inner]) => [key, plainMap(inner)]));
  if (Array.isArray(value)) return value.map(plainMap);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "function") return undefined;
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plainMap(inner)]));
  }
  return value;
}

/** The state as JSON-friendly objects, for the admin route. */
export function snapshot(state: EmulatorState): unknown {
  return plainMap(state);
}
