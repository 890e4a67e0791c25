import { setTimeout as sleep } from "node:timers/promises";
import type { AzureMachineLearningWorkspaces } from "@azure/arm-machinelearning";
import { jsonOf, sendRequest } from "../azure/data-plane";
import { ServiceError } from "../core/errors";

/** The api-version that knows `mirrorTraffic` and `dataCollector`; sent through the SDK client's own pipeline. */
export const NEWER_API_VERSION = "2025-12-01";
const TERMINAL = new Set(["succeeded", "failed", "canceled", "cancelled"]);

export interface PollSettings {
  /** First wait between polls; grows up to maxIntervalMs. */
  intervalMs: number;
  maxIntervalMs: number;
  timeoutMs: number;
}

/**
 * PUT, then follows the long-running operation the way Azure ML announces it (Azure-AsyncOperation, Location, or
 * only the resource's provisioningState) until it ends; a failed operation throws with the service's message.
 */
export async function putAndWait(
  client: AzureMachineLearningWorkspaces,
  url: string,
  body: unknown,
  poll: PollSettings,
  signal: AbortSignal,
): Promise<void> {
  const response = await sendRequest(client, "PUT", url, body, signal);
  const asyncOperation = response.headers.get("azure-asyncoperation");
  const location = response.headers.get("location");
  const deadline = Date.now() + poll.timeoutMs;
  let interval = poll.intervalMs;
  for (;;) {
    if (asyncOperation) {
      const status = jsonOf<{ status?: string; error?: { code?: string; message?: string } }>(await sendRequest(client, "GET", asyncOperation, undefined, signal));
      if (status?.status && TERMINAL.has(status.status.toLowerCase())) {
        if (status.status.toLowerCase() === "succeeded") return;
        throw new ServiceError(status.error?.message ?? `The operation ended ${status.status}.`, status.error?.code);
      }
    } else if (location) {
      const result = await sendRequest(client, "GET", location, undefined, signal);
      if (result.status !== 202) return;
    } else {
      const resource = jsonOf<{ properties?: { provisioningState?: string } }>(await sendRequest(client, "GET", url, undefined, signal));
      const state = resource?.properties?.provisioningState ?? "Succeeded";
      if (TERMINAL.has(state.toLowerCase())) {
        if (state.toLowerCase() === "succeeded") return;
        throw new ServiceError(`Provisioning ended ${state}.`);
      }
    }
    if (Date.now() > deadline) throw new ServiceError(`PUT ${new URL(url).pathname} did not finish within ${Math.round(poll.timeoutMs / 1000)} s.`);
    await sleep(interval, undefined, { signal });
    interval = Math.min(poll.maxIntervalMs, interval * 1.5);
  }
}

/** Reads the resource until no update is in progress (Creating, Updating, Deleting), within the timeout. */
export async function getWhenSettled<T extends { properties?: { provisioningState?: string } }>(
  client: AzureMachineLearningWorkspaces,
  url: string,
  poll: PollSettings,
  signal: AbortSignal,
  onWait?: (state: string) => void,
): Promise<T> {
  const deadline = Date.now() + poll.timeoutMs;
  let interval = poll.intervalMs;
  for (;;) {
    const resource = jsonOf<T>(await sendRequest(client, "GET", url, undefined, signal));
    const state = resource.properties?.provisioningState ?? "Succeeded";
    if (TERMINAL.has(state.toLowerCase())) return resource;
    if (Date.now() > deadline) throw new ServiceError(`${new URL(url).pathname} is still ${state} after ${Math.round(poll.timeoutMs / 1000)} s.`);
    onWait?.(state);
    await sleep(interval, undefined, { signal });
    interval = Math.min(poll.maxIntervalMs, interval * 1.5);
  }
}
