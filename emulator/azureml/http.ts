import type { IncomingHttpHeaders } from "node:http";

export interface EmulatorRequest {
  method: string;
  url: URL;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
  body: unknown;
  params: Record<string, string>;
  apiVersion: string | undefined;
}

export interface EmulatorResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Sent as is instead of JSON. */
  text?: string;
}

export interface ArmErrorBody {
  error: { code: string; message: string; details?: unknown[] };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): EmulatorResponse {
  return { status, body, headers };
}

export function armError(status: number, code: string, message: string, headers: Record<string, string> = {}): EmulatorResponse {
  return { status, body: { error: { code, message } } satisfies ArmErrorBody, headers };
}

export function notFound(resourceType: string, name: string, resourceGroup: string): EmulatorResponse {
  return armError(404, "ResourceNotFound",
    `The Resource '${resourceType}/${name}' under resource group '${resourceGroup}' was not found. ` +
    "For more details please go to https://aka.ms/ARMResourceNotFoundFix");
}

export function parseBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  const text = raw.toString("utf8");
  if (contentType && !contentType.includes("json")) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
