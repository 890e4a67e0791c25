import type { AnalysisThresholds } from "./analysis";
import type { SmokeExpectation } from "./smoke";
import { mirrorOnly, mirrorWithout, trafficWith, type TrafficMap } from "./traffic";

export type AuthMode = "Key" | "AMLToken";

/** Everything the rollout needs to know, in the rollout's own terms. */
export interface RolloutSettings {
  endpoint: string;
  deployment: string;
  /** Percentages of live traffic, increasing; empty: deploy without traffic. */
  trafficSteps: number[];
  intervalMs: number;
  /** Failed checks that trigger the rollback. */
  threshold: number;
  thresholds: AnalysisThresholds;
  mirror?: { percent: number; durationMs: number };
  smoke?: { body: string; expectation: SmokeExpectation };
  load?: { body: string; rps: number };
  deleteOld: boolean;
  deleteOnRollback: boolean;
  /** Create the endpoint with this auth mode when it does not exist. */
  createEndpoint?: AuthMode;
  /** How many log lines of the new deployment a failure report carries. */
  logTail: number;
}

/** The endpoint as found before the rollout. */
export interface EndpointSnapshot {
  exists: boolean;
  traffic: TrafficMap;
  mirror: TrafficMap;
  /** Model of each existing deployment (ARM id). */
  deployments: Record<string, string | undefined>;
}

export type Stage =
  | { kind: "create-endpoint"; authMode: AuthMode }
  | { kind: "deploy" }
  | { kind: "smoke" }
  | { kind: "mirror"; traffic: TrafficMap; mirror: TrafficMap; durationMs: number }
  /** `analyse`: a step the user listed (analysed after its interval); a promotion appended to reach 100 % is not. */
  | { kind: "traffic"; percent: number; traffic: TrafficMap; mirror: TrafficMap; analyse: boolean }
  | { kind: "restore-mirror"; traffic: TrafficMap; mirror: TrafficMap }
  | { kind: "delete-old"; deployments: string[] };

/**
 * The stages in order. Traffic stages whose map does not change are dropped (with nothing serving before, the new
 * deployment can only take everything at once); the last traffic stage gives the new deployment 100 %.
 */
export function planRollout(settings: RolloutSettings, endpoint: EndpointSnapshot): Stage[] {
  const { deployment } = settings;
  const stages: Stage[] = [];
  if (!endpoint.exists) stages.push({ kind: "create-endpoint", authMode: settings.createEndpoint ?? "Key" });
  stages.push({ kind: "deploy" });
  if (settings.smoke) stages.push({ kind: "smoke" });
  if (settings.mirror && settings.mirror.percent > 0 && servingTotal(endpoint.traffic, deployment) > 0) {
    stages.push({ kind: "mirror", traffic: endpoint.traffic, mirror: mirrorOnly(endpoint.mirror, deployment, settings.mirror.percent), durationMs: settings.mirror.durationMs });
    if (settings.trafficSteps.length === 0) stages.push({ kind: "restore-mirror", traffic: endpoint.traffic, mirror: endpoint.mirror });
  }
  if (settings.trafficSteps.length === 0) return stages;

  const mirror = mirrorWithout(endpoint.mirror, deployment);
  const steps = settings.trafficSteps.at(-1) === 100 ? settings.trafficSteps : [...settings.trafficSteps, 100];
  let last = "";
  for (const percent of steps) {
    const traffic = trafficWith(endpoint.traffic, deployment, percent);
    const key = JSON.stringify(traffic);
    if (key === last) continue;
    last = key;
    stages.push({ kind: "traffic", percent: traffic[deployment], traffic, mirror, analyse: settings.trafficSteps.includes(percent) });
  }
  if (settings.deleteOld) {
    const retired = Object.entries(endpoint.traffic).filter(([name, weight]) => name !== deployment && weight > 0).map(([name]) => name);
    if (retired.length > 0) stages.push({ kind: "delete-old", deployments: retired });
  }
  return stages;
}

function servingTotal(traffic: TrafficMap, deployment: string): number {
  return Object.entries(traffic).filter(([name]) => name !== deployment).reduce((sum, [, weight]) => sum + weight, 0);
}
