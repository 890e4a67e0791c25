import type { DeploymentFigures } from "./analysis";
import type { DeploymentBody } from "./deployment-spec";
import type { AuthMode, EndpointSnapshot } from "./plan";
import type { SmokeAnswer } from "./smoke";
import type { TrafficMap } from "./traffic";

/**
 * What the rollout asks of Azure for one endpoint. The Azure implementation is `azure-backend.ts`; tests pass fakes.
 * Every call throws ServiceError with the service's message when Azure refuses.
 */
export interface RolloutBackend {
  /** The endpoint as it is now (undefined when it does not exist), after any update in progress has finished. */
  readEndpoint(signal: AbortSignal): Promise<(EndpointSnapshot & { scoringUri?: string }) | undefined>;
  createEndpoint(authMode: AuthMode, signal: AbortSignal): Promise<void>;
  /** GET → modify → PUT of the endpoint's traffic and mirror maps, then waits until the update is done. */
  setTraffic(traffic: TrafficMap, mirror: TrafficMap, signal: AbortSignal): Promise<void>;
  /** Creates or updates the deployment and waits for provisioning; throws with the service's message when it fails. */
  deploy(deployment: string, body: DeploymentBody, signal: AbortSignal): Promise<void>;
  deleteDeployment(deployment: string, signal: AbortSignal): Promise<void>;
  /** The last `tail` lines of the deployment's inference server log. */
  logs(deployment: string, tail: number, signal: AbortSignal): Promise<string>;
  /** Sends the body to the deployment through the `azureml-model-deployment` header. */
  score(deployment: string, body: string, signal: AbortSignal): Promise<SmokeAnswer>;
  /** Sends the body to the endpoint (routed by its traffic) about `rps` times a second until stopped. */
  startLoad(body: string, rps: number): { stop(): Promise<{ sent: number; failed: number }> };
  /** Requests, 5xx and P99 latency of the deployment between two moments, from Azure Monitor. */
  figures(deployment: string, from: Date, to: Date, signal: AbortSignal): Promise<DeploymentFigures>;
}
