import { createHash, randomUUID } from "node:crypto";
import { bearerToken } from "./auth";
import { collect, collectionEnabled } from "./collector";
import type { EmulatorContext } from "./context";
import { delay, isObject, json, type EmulatorRequest, type EmulatorResponse } from "./http";
import type { Route } from "./router";
import type { DeploymentRecord, ScoringBehaviour } from "./state";
import { tokenClaims } from "./tokens";

type Rows = Record<string, unknown>[];

function scoringError(status: number, message: string): EmulatorResponse {
  return json(status, { message });
}

/** MLflow's `input_data` split/records forms and the classic `{"data": [...]}`. */
export function rowsOf(body: unknown): Rows | string {
  if (!isObject(body)) return "The request body must be a JSON object with 'input_data' or 'data'.";
  const input = body.input_data ?? body.data;
  if (isObject(input) && Array.isArray(input.data)) {
    const columns = Array.isArray(input.columns) ? input.columns.map(String) : undefined;
    return input.data.map((row) => toRow(row, columns));
  }
  if (Array.isArray(input)) return input.map((row) => toRow(row, undefined));
  return "Expected 'input_data' as {columns, index, data} or a list of rows, or 'data' as a list of rows.";
}

function toRow(row: unknown, columns: string[] | undefined): Record<string, unknown> {
  if (Array.isArray(row)) return Object.fromEntries(row.map((value, index) => [columns?.[index] ?? String(index), value]));
  if (isObject(row)) return row;
  return { "0": row };
}

/** A fixed function of the row: the same input always gets the same prediction. */
export function predict(row: Record<string, unknown>): number {
  const digest = createHash("sha256").update(JSON.stringify(row)).digest();
  return digest[0] % 2;
}

/** Smooth weighted round robin: deterministic and proportional to the weights. */
class TrafficSplitter {
  private readonly current = new Map<string, number>();

  pick(weights: Record<string, number>): string | undefined {
    const entries = Object.entries(weights).filter(([, weight]) => weight > 0);
    if (entries.length === 0) return undefined;
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let best: string | undefined;
    for (const [name, weight] of entries) {
      const value = (this.current.get(name) ?? 0) + weight;
      this.current.set(name, value);
      if (best === undefined || value > (this.current.get(best) ?? 0)) best = name;
    }
    this.current.set(best!, (this.current.get(best!) ?? 0) - total);
    return best;
  }
}

/** Spreads a share evenly: with 0.2, requests 5, 10, 15… are selected. */
function everyNth(count: number, share: number): boolean {
  return Math.floor(count * share) > Math.floor((count - 1) * share);
}

export class ScoringService {
  private readonly splitters = new Map<string, TrafficSplitter>();
  private readonly mirrorCounters = new Map<string, number>();

  constructor(private readonly ctx: EmulatorContext) {}

  configure(endpoint: string, deployment: string, behaviour: Partial<ScoringBehaviour>): string | undefined {
    const record = this.ctx.state.deployments.get(endpoint)?.get(deployment);
    if (!record) return `Deployment '${deployment}' of endpoint '${endpoint}' does not exist.`;
    Object.assign(record.scoring, behaviour);
    return undefined;
  }

  authorize(request: EmulatorRequest): EmulatorResponse | undefined {
    const endpoint = this.ctx.state.endpoints.get(request.params.endpointName);
    if (!endpoint) return scoringError(404, `Endpoint '${request.params.endpointName}' not found.`);
    const token = bearerToken(request.headers);
    if (!token) return scoringError(401, "Authorization header is missing.");
    const mode = endpoint.resource.properties.authMode;
    if (mode === "Key") {
      return token === endpoint.keys.primaryKey || token === endpoint.keys.secondaryKey ? undefined : scoringError(401, "Invalid key.");
    }
    const claims = tokenClaims(token);
    const exp = typeof claims?.exp === "number" ? claims.exp : 0;
    return exp * 1000 > this.ctx.now().getTime() ? undefined : scoringError(401, "Invalid or expired token.");
  }

  private async serve(endpoint: string, name: string, record: DeploymentRecord, rows: Rows, mirrored: boolean): Promise<EmulatorResponse> {
    const started = Date.now();
    record.served += 1;
    if (record.scoring.latencyMs > 0) await delay(record.scoring.latencyMs);
    const correlationId = randomUUID();
    let response: EmulatorResponse;
    if (record.resource.properties.provisioningState === "Failed") {
      response = scoringError(503, `Deployment '${name}' is not ready.`);
    } else if (record.scoring.errorRate > 0 && everyNth(record.served, record.scoring.errorRate)) {
      response = scoringError(500, "An unexpected error occurred in scoring script. Check the logs for more info.");
    } else {
      const predictions = rows.map(predict);
      if (collectionEnabled(record, "model_inputs")) await collect(this.ctx, endpoint, name, "model_inputs", rows, correlationId);
      if (collectionEnabled(record, "model_outputs")) {
        await collect(this.ctx, endpoint, name, "model_outputs", predictions.map((prediction) => ({ prediction })), correlationId);
      }
      response = json(200, predictions);
    }
    response.headers = { ...response.headers, "azureml-model-deployment": name, "x-request-id": correlationId };
    this.ctx.state.served.push({
      time: this.ctx.now(), endpoint, deployment: name, statusCode: response.status, latencyMs: Date.now() - started, mirrored,
    });
    return response;
  }

  async score(request: EmulatorRequest): Promise<EmulatorResponse> {
    const endpointName = request.params.endpointName;
    const endpoint = this.ctx.state.endpoints.get(endpointName)!;
    const deployments = this.ctx.state.deployments.get(endpointName) ?? new Map<string, DeploymentRecord>();
    const rows = rowsOf(request.body);
    if (typeof rows === "string") return scoringError(400, rows);
    const header = request.headers["azureml-model-deployment"];
    const requested = Array.isArray(header) ? header[0] : header;
    let target: string | undefined;
    if (requested) {
      if (!deployments.has(requested)) return scoringError(404, `Deployment '${requested}' not found in endpoint '${endpointName}'.`);
      target = requested;
    } else {
      const splitter = this.splitters.get(endpointName) ?? new TrafficSplitter();
      this.splitters.set(endpointName, splitter);
      target = splitter.pick((endpoint.resource.properties.traffic ?? {}) as Record<string, number>);
      if (!target) {
        return scoringError(404, "No valid deployments to route to. Please check that the endpoint has at least one deployment with positive weight values or use a deployment specific header to route.");
      }
      const mirror = Object.entries((endpoint.resource.properties.mirrorTraffic ?? {}) as Record<string, number>).find(([, share]) => share > 0);
      if (mirror && deployments.has(mirror[0])) {
        const count = (this.mirrorCounters.get(endpointName) ?? 0) + 1;
        this.mirrorCounters.set(endpointName, count);
        if (everyNth(count, mirror[1] / 100)) await this.serve(endpointName, mirror[0], deployments.get(mirror[0])!, rows, true);
      }
    }
    return this.serve(endpointName, target, deployments.get(target)!, rows, false);
  }

  routes(): Route[] {
    return [
      { method: "POST", pattern: "/score/:endpointName", auth: "scoring", validate: false, handler: (request) => this.score(request) },
    ];
  }
}
