import { AzureMachineLearningWorkspaces } from "@azure/arm-machinelearning";
import type { HttpClient, PipelineRequest, PipelineResponse } from "@azure/core-rest-pipeline";
import { createHttpHeaders } from "@azure/core-rest-pipeline";

export interface CapturedRequest {
  method: string;
  url: string;
  body: unknown;
}

export type Responder = (request: CapturedRequest) => { status: number; body?: unknown };

/**
 * The real SDK client with its transport replaced: requests are serialized by the SDK exactly as they would be sent,
 * recorded, and answered by `respond`.
 */
export function clientWithTransport(subscriptionId: string, respond: Responder): { client: AzureMachineLearningWorkspaces; requests: CapturedRequest[] } {
  const requests: CapturedRequest[] = [];
  const httpClient: HttpClient = {
    async sendRequest(request: PipelineRequest): Promise<PipelineResponse> {
      const captured = { method: request.method, url: request.url, body: typeof request.body === "string" ? JSON.parse(request.body) : undefined };
      requests.push(captured);
      const reply = respond(captured);
      return { request, status: reply.status, headers: createHttpHeaders({ "content-type": "application/json" }), bodyAsText: reply.body === undefined ? "" : JSON.stringify(reply.body) };
    },
  };
  const credential = { getToken: async () => ({ token: "test-token", expiresOnTimestamp: Date.now() + 3600_000 }) };
  const client = new AzureMachineLearningWorkspaces(credential, subscriptionId, { httpClient, retryOptions: { maxRetries: 0 } });
  return { client, requests };
}
