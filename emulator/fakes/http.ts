import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { testTls } from "./tls";

/** A request as a fake saw it, with the status it answered. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string, percent-decoding left to the routes. */
  path: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  body: string;
  status: number;
  time: Date;
}

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Route parameters, filled by the router. */
  params: Record<string, string>;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; strings as they are. */
  body?: unknown;
}

export type RouteHandler = (request: FakeRequest) => FakeResponse | Promise<FakeResponse>;

export interface Route {
  method: string;
  pattern: string;
  handler: RouteHandler;
}

/** The next `count` requests matching method and path get this answer instead of the real one. */
export interface FaultRule {
  method?: string;
  /** Exact path, or a pattern tested against the path. */
  path: string | RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Default 1. */
  count?: number;
}

/** The next `count` requests matching method and path are answered only after `ms` (to make clients race). */
export interface DelayRule {
  method?: string;
  path: string | RegExp;
  ms: number;
  /** Default 1. */
  count?: number;
}

export interface FakeServer {
  /** Origin, e.g. `https://127.0.0.1:41234`. */
  url: string;
  requests: RecordedRequest[];
  failNext(rule: FaultRule): void;
  delayNext(rule: DelayRule): void;
  close(): Promise<void>;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): FakeResponse {
  return { status, body, headers };
}

/** Matches `/repos/{owner}/{repo}` style patterns segment by segment (case-insensitive literals). */
export function matchPath(pattern: string, pathname: string): Record<string, string> | undefined {
  const expected = pattern.split("/").filter(Boolean);
  const actual = pathname.split("/").filter(Boolean);
  if (expected.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < expected.length; i++) {
    const part = expected[i];
    if (part.startsWith("{") && part.endsWith("}")) params[part.slice(1, -1)] = decodeURIComponent(actual[i]);
    else if (part.toLowerCase() !== actual[i].toLowerCase()) return undefined;
  }
  return params;
}

export function router(routes: readonly Route[], notFound: RouteHandler): RouteHandler {
  return (request) => {
    for (const route of routes) {
      if (route.method !== request.method) continue;
      const params = matchPath(route.pattern, request.path);
      if (params) return route.handler({ ...request, params });
    }
    return notFound(request);
  };
}

export interface StartOptions {
  /** HTTPS with the shared test certificate (default), or plain HTTP. */
  tls?: boolean;
}

/** Starts a server on 127.0.0.1 with a free port that records every request. */
export async function startFakeServer(handler: RouteHandler, options: StartOptions = {}): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const faults: { rule: FaultRule; remaining: number }[] = [];
  const delays: { rule: DelayRule; remaining: number }[] = [];
  const matches = (rule: { method?: string; path: string | RegExp }, request: FakeRequest) =>
    (!rule.method || rule.method.toUpperCase() === request.method) && (typeof rule.path === "string" ? rule.path === request.path : rule.path.test(request.path));
  const withFaults: RouteHandler = async (request) => {
    const delay = delays.find((d) => d.remaining > 0 && matches(d.rule, request));
    if (delay) {
      delay.remaining--;
      await new Promise((resolve) => setTimeout(resolve, delay.rule.ms));
    }
    const fault = faults.find((f) => f.remaining > 0 && matches(f.rule, request));
    if (!fault) return handler(request);
    fault.remaining--;
    return { status: fault.rule.status, body: fault.rule.body ?? { message: "Injected fault" }, headers: fault.rule.headers };
  };
  const listener = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    void handle(req, res, withFaults, requests);
  };
  const useTls = options.tls ?? true;
  const server = useTls
    ? https.createServer({ cert: testTls().cert, key: testTls().key }, listener)
    : http.createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `${useTls ? "https" : "http"}://127.0.0.1:${port}`,
    requests,
    failNext: (rule) => void faults.push({ rule, remaining: rule.count ?? 1 }),
    delayNext: (rule) => void delays.push({ rule, remaining: rule.count ?? 1 }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  handler: RouteHandler,
  requests: RecordedRequest[],
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString("utf8");
  const url = new URL(req.url ?? "/", "http://fake");
  const method = (req.method ?? "GET").toUpperCase();
  const recorded: RecordedRequest = {
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: req.headers,
    body,
    status: 0,
    time: new Date(),
  };
  requests.push(recorded);
  let response: FakeResponse;
  try {
    response = await handler({ method, path: url.pathname, query: url.searchParams, headers: req.headers, body, params: {} });
  } catch (error) {
    response = json(500, { message: `fake failed: ${error instanceof Error ? error.stack : String(error)}` });
  }
  recorded.status = response.status;
  const headers = { ...response.headers };
  let payload: string | undefined;
  if (typeof response.body === "string") payload = response.body;
  else if (response.body !== undefined) {
    payload = JSON.stringify(response.body);
    headers["content-type"] ??= "application/json; charset=utf-8";
  }
  res.writeHead(response.status, headers);
  res.end(payload);
}

/** Parses a form-urlencoded or JSON body into a flat record. */
export function parseBody(request: Pick<FakeRequest, "headers" | "body">): Record<string, unknown> {
  const type = String(request.headers["content-type"] ?? "");
  if (type.includes("application/json")) return request.body ? (JSON.parse(request.body) as Record<string, unknown>) : {};
  return Object.fromEntries(new URLSearchParams(request.body));
}

/** The bearer / token value of an Authorization header, or the password of Basic credentials. */
export function presentedToken(headers: http.IncomingHttpHeaders): string | undefined {
  const header = headers.authorization;
  if (!header) return undefined;
  const [scheme, value = ""] = header.split(/\s+/, 2);
  switch (scheme.toLowerCase()) {
    case "bearer":
    case "token":
      return value;
    case "basic": {
      const decoded = Buffer.from(value, "base64").toString("utf8");
      return decoded.slice(decoded.indexOf(":") + 1);
    }
    default:
      return undefined;
  }
}
