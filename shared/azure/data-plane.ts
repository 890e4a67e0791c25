import type { AzureMachineLearningWorkspaces } from "@azure/arm-machinelearning";
import { createHttpHeaders, createPipelineRequest, type HttpMethods } from "@azure/core-rest-pipeline";
import { ServiceError } from "../core/errors";

/**
 * Sends a request through the ARM client's own pipeline (sign-in, retries on 429/5xx honouring
 * Retry-After, proxy, tracing): the workspace's regional APIs (MLflow, run history) take the same token.
 */
export async function sendJson<T>(
  client: AzureMachineLearningWorkspaces,
  method: HttpMethods,
  url: string,
  body?: unknown,
  abortSignal?: AbortSignal,
): Promise<T> {
  const request = createPipelineRequest({
    url,
    method,
    abortSignal,
    headers: createHttpHeaders({ accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }) }),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await client.sendRequest(request);
  const text = response.bodyAsText ?? "";
  if (response.status >= 400) {
    let message = text.slice(0, 500);
    let code: string | undefined;
    try {
      const parsed = JSON.parse(text) as { error?: { code?: string; message?: string }; error_code?: string; message?: string };
      code = parsed.error?.code ?? parsed.error_code;
      message = parsed.error?.message ?? parsed.message ?? message;
    } catch {
      // not JSON: keep the text
    }
    throw new ServiceError(`${method} ${new URL(url).pathname} failed (HTTP ${response.status}${code ? ` ${code}` : ""}): ${message}`, code, response.status);
  }
  return (text ? JSON.parse(text) : undefined) as T;
}
