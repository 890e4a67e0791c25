import https from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { checkArmToken } from "./auth";
import type { EmulatorContext } from "./context";
import { armError, delay, notFound, parseBody, type EmulatorRequest, type EmulatorResponse } from "./http";
import { PROVIDER } from "./ids";
import type { Router } from "./router";
import { validateRequest, validateResponse, VALIDATED_API_VERSIONS, type SpecViolation } from "./validation";

export interface RequestLogEntry {
  method: string;
  path: string;
  query: Record<string, string>;
  apiVersion?: string;
  /** 0 when the connection was dropped on purpose. */
  status: number;
  time: string;
  operationId?: string;
}

export interface ServerOptions {
  router: Router;
  context: EmulatorContext;
  cert: string;
  key: string;
  validate: boolean;
  requests: RequestLogEntry[];
  specViolations: SpecViolation[];
  scoringAuth: (request: EmulatorRequest) => EmulatorResponse | undefined;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

function stringHeaders(headers: IncomingMessage["headers"]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) result[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return result;
}

function isAdmin(path: string): boolean {
  return path.toLowerCase().startsWith("/_emulator/");
}

function specErrorMessage(violation: SpecViolation): string {
  return violation.issues.map((issue) => `${issue.code}: ${issue.message}${issue.path ? ` (${issue.path})` : ""}`).join("; ");
}

export class EmulatorServer {
  private readonly server: https.Server;
  private readonly sockets = new Set<Socket>();

  constructor(private readonly options: ServerOptions) {
    this.server = https.createServer({ cert: options.cert, key: options.key }, (req, res) => {
      void this.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) this.write(res, armError(500, "InternalServerError", String(error)));
      });
    });
    this.server.on("connection", (socket: Socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
  }

  listen(): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(0, "127.0.0.1", () => resolve((this.server.address() as AddressInfo).port));
    });
  }

  close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    for (const socket of this.sockets) socket.destroy();
    return closed;
  }

  private write(res: ServerResponse, response: EmulatorResponse): void {
    const headers: Record<string, string> = { "x-ms-request-id": crypto.randomUUID(), ...response.headers };
    let payload: string | undefined;
    if (response.text !== undefined) {
      payload = response.text;
      headers["Content-Type"] ??= "text/plain; charset=utf-8";
    } else if (response.body !== undefined) {
      payload = JSON.stringify(response.body);
      headers["Content-Type"] = "application/json; charset=utf-8";
    }
    res.writeHead(response.status, headers);
    res.end(payload);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { context } = this.options;
    const url = new URL(req.url ?? "/", context.baseUrl());
    const method = (req.method ?? "GET").toUpperCase();
    const rawBody = await readBody(req);
    const entry: RequestLogEntry = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      apiVersion: url.searchParams.get("api-version") ?? undefined,
      status: 0,
      time: context.now().toISOString(),
    };
    if (!isAdmin(url.pathname)) this.options.requests.push(entry);

    if (!isAdmin(url.pathname)) {
      const fault = context.faults.take(method, url.pathname, ["status", "drop", "delay"]);
      if (fault?.kind === "drop") {
        req.socket.destroy();
        return;
      }
      if (fault?.kind === "delay") await delay(fault.ms);
      if (fault?.kind === "status") {
        const response = armError(fault.status, fault.code ?? (fault.status === 429 ? "TooManyRequests" : "InternalServerError"),
          fault.message ?? (fault.status === 429 ? "The request is being throttled." : "The server encountered an internal error."),
          fault.retryAfterSeconds !== undefined ? { "Retry-After": String(fault.retryAfterSeconds) } : {});
        entry.status = response.status;
        this.write(res, response);
        return;
      }
    }

    const request: EmulatorRequest = {
      method, url, path: url.pathname, query: url.searchParams, headers: req.headers, rawBody,
      body: parseBody(rawBody, req.headers["content-type"]), params: {}, apiVersion: entry.apiVersion,
    };
    const response = await this.dispatch(request, entry);
    entry.status = response.status;
    this.write(res, response);
  }

  private async dispatch(request: EmulatorRequest, entry: RequestLogEntry): Promise<EmulatorResponse> {
    const { context, router } = this.options;
    const matched = router.match(request.method, request.path);
    if (!matched) return armError(404, "NotFound", `No route for ${request.method} ${request.path}.`);
    if ("allowedMethods" in matched) {
      return armError(405, "MethodNotAllowed", `The requested resource does not support http method '${request.method}'.`);
    }
    request.params = matched.params;
    const { route } = matched;

    if (route.auth === "arm" || route.auth === "bearer") {
      const denied = checkArmToken(request.headers, context.now());
      if (denied) return denied;
    } else if (route.auth === "scoring") {
      const denied = this.options.scoringAuth(request);
      if (denied) return denied;
    }

    if (route.auth === "arm") {
      const problem = this.checkArmRequest(request, route.apiVersions ?? []);
      if (problem) return problem;
    }

    const validating = this.options.validate && route.validate && request.apiVersion !== undefined;
    const liveUrl = request.url.toString();
    const headers = stringHeaders(request.headers);
    if (validating) {
      const result = await validateRequest(request.apiVersion!, { url: liveUrl, method: request.method, headers, body: request.body });
      entry.operationId = result.operationId;
      if (result.issues.length > 0) {
        const violation: SpecViolation = { direction: "request", method: request.method, path: request.path, apiVersion: request.apiVersion!, operationId: result.operationId, issues: result.issues };
        this.options.specViolations.push(violation);
        return armError(400, "InvalidRequestContent", `The request content was invalid and could not be deserialized: ${specErrorMessage(violation)}`);
      }
    }

    let response: EmulatorResponse;
    try {
      response = await route.handler(request);
    } catch (error) {
      response = armError(500, "InternalServerError", error instanceof Error ? error.message : String(error));
    }

    if (validating) {
      const responseHeaders = Object.fromEntries(Object.entries(response.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
      if (response.body !== undefined) responseHeaders["content-type"] = "application/json; charset=utf-8";
      const issues = await validateResponse(request.apiVersion!, { url: liveUrl, method: request.method },
        { statusCode: response.status, headers: responseHeaders, body: response.body });
      if (issues.length > 0) {
        this.options.specViolations.push({ direction: "response", method: request.method, path: request.path, apiVersion: request.apiVersion!, operationId: entry.operationId, issues });
      }
    }
    return response;
  }

  /** api-version and workspace checks every ARM route shares. */
  private checkArmRequest(request: EmulatorRequest, extraApiVersions: string[]): EmulatorResponse | undefined {
    const { workspace } = this.options.context;
    if (!request.apiVersion) {
      return armError(400, "MissingApiVersionParameter", "The api-version query parameter (?api-version=) is required for all requests.");
    }
    const supported = [...VALIDATED_API_VERSIONS, ...extraApiVersions];
    if (!supported.includes(request.apiVersion)) {
      return armError(400, "InvalidApiVersionParameter",
        `The api-version '${request.apiVersion}' is invalid. The supported versions are '${supported.join(",")}'.`);
    }
    const { subscriptionId, resourceGroupName, workspaceName } = request.params;
    if (subscriptionId && subscriptionId.toLowerCase() !== workspace.subscriptionId.toLowerCase()) {
      return armError(404, "SubscriptionNotFound", `The subscription '${subscriptionId}' could not be found.`);
    }
    if (resourceGroupName && resourceGroupName.toLowerCase() !== workspace.resourceGroup.toLowerCase()) {
      return armError(404, "ResourceGroupNotFound", `Resource group '${resourceGroupName}' could not be found.`);
    }
    if (workspaceName && workspaceName.toLowerCase() !== workspace.workspaceName.toLowerCase()) {
      return notFound(`${PROVIDER}/workspaces`, workspaceName, resourceGroupName ?? workspace.resourceGroup);
    }
    return undefined;
  }
}
