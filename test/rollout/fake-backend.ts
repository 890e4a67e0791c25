import type { DeploymentFigures } from "../../shared/rollout/analysis";
import type { RolloutBackend } from "../../shared/rollout/backend";
import type { EndpointSnapshot } from "../../shared/rollout/plan";
import { trafficTotal, type TrafficMap } from "../../shared/rollout/traffic";

/** An endpoint in memory with the service's traffic rules; records every call. */
export class FakeBackend implements RolloutBackend {
  calls: string[] = [];
  traffic: TrafficMap;
  mirror: TrafficMap;
  deployments: Map<string, string | undefined>;
  exists: boolean;
  /** Figures answered per analysis, in order; the last repeats. */
  figureAnswers: DeploymentFigures[] = [{ requests: 100, serverErrors: 0, latencyP99Ms: 50 }];
  smokeAnswer = { status: 200, body: "[1]" };
  failDeploy?: string;
  /** Fails the n-th traffic update (1-based) with this message. */
  failTrafficUpdate?: { at: number; message: string };
  onTrafficUpdate?: (count: number) => void;
  private trafficUpdates = 0;
  private analyses = 0;

  constructor(endpoint: Partial<EndpointSnapshot> = {}) {
    this.exists = endpoint.exists ?? true;
    this.traffic = { ...(endpoint.traffic ?? { blue: 100 }) };
    this.mirror = { ...(endpoint.mirror ?? {}) };
    this.deployments = new Map(Object.entries(endpoint.deployments ?? { blue: "model:1" }));
  }

  snapshot(): EndpointSnapshot {
    return { exists: this.exists, traffic: { ...this.traffic }, mirror: { ...this.mirror }, deployments: Object.fromEntries(this.deployments) };
  }

  async readEndpoint() {
    this.calls.push("read");
    return this.exists ? { ...this.snapshot(), scoringUri: "https://ep/score" } : undefined;
  }
  async createEndpoint(authMode: string) {
    this.calls.push(`create-endpoint ${authMode}`);
    this.exists = true;
  }
  async setTraffic(traffic: TrafficMap, mirror: TrafficMap, signal: AbortSignal) {
    signal.throwIfAborted();
    this.trafficUpdates += 1;
    this.calls.push(`traffic ${JSON.stringify(traffic)} mirror ${JSON.stringify(mirror)}`);
    if (this.failTrafficUpdate?.at === this.trafficUpdates) throw new Error(this.failTrafficUpdate.message);
    const total = trafficTotal(traffic);
    if (total !== 100 && total !== 0) throw new Error(`traffic sums to ${total}`);
    for (const name of [...Object.keys(traffic), ...Object.keys(mirror)]) if (!this.deployments.has(name)) throw new Error(`no deployment ${name}`);
    this.traffic = { ...traffic };
    this.mirror = { ...mirror };
    this.onTrafficUpdate?.(this.trafficUpdates);
  }
  async deploy(name: string) {
    this.calls.push(`deploy ${name}`);
    this.deployments.set(name, "model:2");
    if (this.failDeploy) throw new Error(this.failDeploy);
  }
  async deleteDeployment(name: string) {
    this.calls.push(`delete ${name}`);
    if ((this.traffic[name] ?? 0) > 0) throw new Error(`${name} serves traffic`);
    this.deployments.delete(name);
    delete this.traffic[name];
  }
  async logs(name: string, tail: number) {
    this.calls.push(`logs ${name} ${tail}`);
    return `log of ${name}`;
  }
  async score(name: string, body: string) {
    this.calls.push(`score ${name} ${body}`);
    return this.smokeAnswer;
  }
  startLoad(body: string, rps: number) {
    this.calls.push(`load ${rps}`);
    return { stop: async () => ({ sent: 3, failed: 0 }) };
  }
  async figures(name: string) {
    this.calls.push(`figures ${name}`);
    const answer = this.figureAnswers[Math.min(this.analyses, this.figureAnswers.length - 1)];
    this.analyses += 1;
    return answer;
  }
}
