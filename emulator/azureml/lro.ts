import type { EmulatorContext } from "./context";
import { armError, json, type EmulatorResponse } from "./http";
import { newGuid, PROVIDER } from "./ids";
import type { Route } from "./router";
import type { OperationRecord } from "./state";

export interface StartOperation {
  apiVersion: string;
  /** Applied when the operation succeeds. */
  onSucceeded?: () => void;
  /** Applied when the operation fails (injected or decided by the caller). */
  onFailed?: (error: { code: string; message: string }) => void;
  /** Decides at completion time whether the operation fails. */
  failure?: () => { code: string; message: string } | undefined;
  /** The body the Location poll returns once succeeded (none → 204). */
  result?: () => unknown;
  durationMs?: number;
  /** The operation also waits for this before completing. */
  until?: Promise<unknown>;
}

const OPERATIONS_BASE = `/subscriptions/:subscriptionId/providers/${PROVIDER}/locations/:location`;

/** Long-running operations with the polling URLs Azure ML hands out. */
export class LroManager {
  private readonly apiVersions = new Map<string, string>();

  constructor(private readonly context: () => EmulatorContext) {}

  start(options: StartOperation): OperationRecord {
    const ctx = this.context();
    const operation: OperationRecord = { id: newGuid(), status: "InProgress", startTime: ctx.now().toISOString(), result: options.result };
    ctx.state.operations.set(operation.id, operation);
    this.apiVersions.set(operation.id, options.apiVersion);
    ctx.timers.after(options.durationMs ?? ctx.lroSettings.durationMs, async () => {
      await options.until;
      const failure = options.failure?.();
      operation.endTime = this.context().now().toISOString();
      if (failure) {
        operation.status = "Failed";
        operation.error = failure;
        options.onFailed?.(failure);
      } else {
        operation.status = "Succeeded";
        options.onSucceeded?.();
      }
    });
    return operation;
  }

  private operationsPrefix(): string {
    const ctx = this.context();
    return `${ctx.baseUrl()}/subscriptions/${ctx.workspace.subscriptionId}/providers/${PROVIDER}/locations/${ctx.workspace.location}`;
  }

  statusUrl(operation: OperationRecord): string {
    return `${this.operationsPrefix()}/mfeOperationsStatus/${operation.id}?api-version=${this.apiVersions.get(operation.id)}`;
  }

  resultUrl(operation: OperationRecord): string {
    return `${this.operationsPrefix()}/mfeOperationResults/${operation.id}?api-version=${this.apiVersions.get(operation.id)}`;
  }

  private retryAfter(): Record<string, string> {
    const seconds = this.context().lroSettings.retryAfterSeconds;
    return seconds === undefined ? {} : { "Retry-After": String(seconds) };
  }

  asyncOperationHeaders(operation: OperationRecord): Record<string, string> {
    return { "Azure-AsyncOperation": this.statusUrl(operation), "x-ms-async-operation-timeout": "PT1H", ...this.retryAfter() };
  }

  locationHeaders(operation: OperationRecord): Record<string, string> {
    return { Location: this.resultUrl(operation), "x-ms-async-operation-timeout": "PT1H", ...this.retryAfter() };
  }

  private statusRoute(operationId: string): EmulatorResponse {
    const operation = this.context().state.operations.get(operationId);
    if (!operation) return armError(404, "NotFound", `Operation '${operationId}' was not found.`);
    return json(200, {
      id: `/subscriptions/${this.context().workspace.subscriptionId}/providers/${PROVIDER}/locations/${this.context().workspace.location}/mfeOperationsStatus/${operation.id}`,
      name: operation.id,
      status: operation.status,
      startTime: operation.startTime,
      ...(operation.endTime ? { endTime: operation.endTime } : {}),
      ...(operation.error ? { error: operation.error } : {}),
    }, operation.status === "InProgress" ? this.retryAfter() : {});
  }

  private resultRoute(operationId: string): EmulatorResponse {
    const operation = this.context().state.operations.get(operationId);
    if (!operation) return armError(404, "NotFound", `Operation '${operationId}' was not found.`);
    if (operation.status === "InProgress") return { status: 202, headers: this.locationHeaders(operation) };
    if (operation.status === "Failed") {
      const error = operation.error ?? { code: "OperationFailed", message: "The operation failed." };
      return armError(400, error.code, error.message);
    }
    const result = operation.result?.();
    return result === undefined ? { status: 204 } : json(200, result);
  }

  routes(): Route[] {
    return [
      { method: "GET", pattern: `${OPERATIONS_BASE}/mfeOperationsStatus/:operationId`, auth: "bearer", validate: false,
        handler: (request) => this.statusRoute(request.params.operationId) },
      { method: "GET", pattern: `${OPERATIONS_BASE}/mfeOperationResults/:operationId`, auth: "bearer", validate: false,
        handler: (request) => this.resultRoute(request.params.operationId) },
    ];
  }
}
