import type { AzureMachineLearningWorkspaces } from "@azure/arm-machinelearning";
import { createHttpHeaders, createPipelineRequest, type HttpMethods, type PipelineResponse } from "@azure/core-rest-pipeline";
import { ServiceError } from "../core/errors";

/**
 * Sends a request through the ARM client's own pipeline (sign-in, retries on 429/5xx honouring
 * Retry-After, proxy, tracing): the workspace's regional APIs (MLflow, run history) take the same token.
 * A 4xx/5xx answer throws a ServiceError with the service's code and message.
 */
export async function sendRequest(
  client: AzureMachineLearningWorkspaces,
  method: HttpMethods,
  url: string,
  body?: unknown,
  abortSignal?: AbortSignal,
): Promise<PipelineResponse> {
  const request = createPipelineRequest({
    url,
    method,
    abortSignal,
    headers: createHttpHeaders({ accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }) }),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await client.sendRequest(request);
  if (response.status >= 400) throw failureOf(method, url, response.status, response.bodyAsText ?? "");
  return response;
}

/** `sendRequest`, answering the response's JSON body. */
export async function sendJson<T>(
  client: AzureMachineLearningWorkspaces,
  method: HttpMethods,
  url: string,
  body?: unknown,
  abortSignal?: AbortSignal,
): Promise<T> {
  return jsonOf<T>(await sendRequest(client, method, url, body, abortSignal));
}

export function jsonOf<T>(response: PipelineResponse): T {
  return (response.bodyAsText ? JSON.parse(response.bodyAsText) : undefined) as T;
}

/** An error answer as one ServiceError: ARM's `{ error: { code, message } }`, MLflow's `{ error_code, message }` or the text. */
export function failureOf(method: string, url: string, status: number, text: string): ServiceError {
  let message = text.slice(0, 500);
  let code: string | undefined;
  try {
    const parsed = JSON.parse(text) as { error?: { code?: string; message?: string }; error_code?: string; message?: string };
    code = parsed.error?.code ?? parsed.error_code;
    message = parsed.error?.message ?? parsed.message ?? message;
  } catch {
    // not JSON: keep the text
  }
  return new ServiceError(`${method} ${new URL(url).pathname} failed (HTTP ${status}${code ? ` ${code}` : ""}): ${message}`, code, status);
}
