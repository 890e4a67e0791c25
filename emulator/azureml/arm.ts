import type { EmulatorContext } from "./context";
import { armError, isObject, json, type EmulatorRequest, type EmulatorResponse } from "./http";
import { childId, resourceType } from "./ids";
import { systemData, type ArmResource } from "./state";

/** A workspace child resource with id, name, type and systemData filled in. */
export function armResource(
  ctx: EmulatorContext,
  segments: string[],
  typeKinds: string[],
  fields: Partial<ArmResource> & { properties: Record<string, unknown> },
  previous?: ArmResource,
): ArmResource {
  return {
    ...fields,
    id: childId(ctx.workspace, ...segments),
    name: segments[segments.length - 1],
    type: resourceType(...typeKinds),
    systemData: systemData(ctx.now(), previous?.systemData),
  };
}

export function propertiesOf(request: EmulatorRequest): Record<string, unknown> | EmulatorResponse {
  const body = request.body;
  if (!isObject(body) || !isObject(body.properties)) {
    return armError(400, "InvalidRequestContent", "The request content was invalid: 'properties' is required.");
  }
  return body.properties;
}

export function isResponse(value: unknown): value is EmulatorResponse {
  return isObject(value) && typeof value.status === "number" && !("properties" in value);
}

const DEFAULT_PAGE_SIZE = 100;

/** One page of a list with a nextLink carrying $skipToken, the way ARM pages. */
export function listPage(ctx: EmulatorContext, request: EmulatorRequest, items: unknown[], pageSize = DEFAULT_PAGE_SIZE): EmulatorResponse {
  const offset = Number(request.query.get("$skipToken") ?? "0") || 0;
  const page = items.slice(offset, offset + pageSize);
  const body: { value: unknown[]; nextLink?: string } = { value: page };
  if (offset + pageSize < items.length) {
    const next = new URL(request.url.toString());
    next.searchParams.set("$skipToken", String(offset + pageSize));
    body.nextLink = `${ctx.baseUrl()}${next.pathname}${next.search}`;
  }
  return json(200, body);
}

export function tagsOf(body: unknown): Record<string, string> | undefined {
  if (isObject(body) && isObject(body.tags)) return body.tags as Record<string, string>;
  return undefined;
}
