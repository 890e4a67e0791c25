import type { EmulatorContext } from "./context";
import { armError, isObject, json, type EmulatorRequest, type EmulatorResponse } from "./http";
import { workspaceId } from "./ids";
import { WORKSPACE_PATH, type Route } from "./router";
import type { ServedRequest } from "./state";

const NAMESPACE = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints";
const DIMENSIONS = ["deployment", "statusCodeClass"] as const;
type Dimension = (typeof DIMENSIONS)[number];

const METRICS: Record<string, { localized: string; unit: string; aggregation: "total" | "average"; compute: (requests: ServedRequest[]) => number | undefined }> = {
  RequestsPerMinute: { localized: "Requests Per Minute", unit: "Count", aggregation: "total", compute: (requests) => requests.length },
  RequestLatency_P99: {
    localized: "Request Latency P99", unit: "Milliseconds", aggregation: "average",
    compute: (requests) => {
      if (requests.length === 0) return undefined;
      const sorted = requests.map((request) => request.latencyMs).sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.ceil(0.99 * sorted.length) - 1)];
    },
  },
};

export function durationMs(iso: string): number {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i.exec(iso);
  if (!match) return NaN;
  const [, d, h, m, s] = match.map((part) => Number(part ?? 0));
  return (((d * 24 + h) * 60 + m) * 60 + s) * 1000;
}

function statusCodeClass(status: number): string {
  return `${Math.floor(status / 100)}xx`;
}

function dimensionValue(request: ServedRequest, dimension: Dimension): string {
  return dimension === "deployment" ? request.deployment : statusCodeClass(request.statusCode);
}

/** `deployment eq 'green' and statusCodeClass eq '*'`: fixed values filter, '*' splits. */
function parseFilter(filter: string | null): { fixed: Partial<Record<Dimension, string>>; split: Dimension[] } {
  const fixed: Partial<Record<Dimension, string>> = {};
  const split: Dimension[] = [];
  for (const clause of (filter ?? "").split(/\s+and\s+/i)) {
    const match = /^\s*(\w+)\s+eq\s+'([^']*)'\s*$/i.exec(clause);
    if (!match) continue;
    const dimension = DIMENSIONS.find((name) => name.toLowerCase() === match[1].toLowerCase());
    if (!dimension) continue;
    if (match[2] === "*") split.push(dimension);
    else fixed[dimension] = match[2];
  }
  return { fixed, split };
}

interface Query {
  endpointName: string;
  metricNames: string[];
  start: Date;
  end: Date;
  intervalMs: number;
  interval: string;
  filter: string | null;
}

function metricBodies(ctx: EmulatorContext, query: Query, resourceId: string) {
  const { fixed, split } = parseFilter(query.filter);
  const served = ctx.state.served.filter((request) => request.endpoint === query.endpointName &&
    request.time >= query.start && request.time < query.end &&
    Object.entries(fixed).every(([dimension, value]) => dimensionValue(request, dimension as Dimension) === value));
  const groups = new Map<string, ServedRequest[]>();
  for (const request of served) {
    const key = JSON.stringify(split.map((dimension) => dimensionValue(request, dimension)));
    groups.set(key, [...(groups.get(key) ?? []), request]);
  }
  if (split.length === 0 && groups.size === 0) groups.set("[]", []);
  const buckets: Date[] = [];
  for (let time = query.start.getTime(); time < query.end.getTime(); time += query.intervalMs) buckets.push(new Date(time));
  return query.metricNames.map((name) => {
    const definition = METRICS[name];
    return {
      id: `${resourceId}/providers/Microsoft.Insights/metrics/${name}`,
      type: "Microsoft.Insights/metrics",
      name: { value: name, localizedValue: definition.localized },
      displayDescription: definition.localized,
      unit: definition.unit,
      errorCode: "Success",
      timeseries: [...groups].map(([key, requests]) => ({
        metadatavalues: split.map((dimension, index) => ({ name: { value: dimension, localizedValue: dimension }, value: (JSON.parse(key) as string[])[index] })),
        data: buckets.map((bucket) => {
          const inBucket = requests.filter((request) => request.time.getTime() >= bucket.getTime() && request.time.getTime() < bucket.getTime() + query.intervalMs);
          const value = definition.compute(inBucket);
          return { timeStamp: bucket.toISOString(), ...(value === undefined ? {} : { [definition.aggregation]: value }) };
        }),
      })),
    };
  });
}

function parseQuery(ctx: EmulatorContext, endpointName: string, params: URLSearchParams, timespan: { start?: string; end?: string; span?: string }): Query | EmulatorResponse {
  const metricNames = (params.get("metricnames") ?? "").split(",").map((name) => name.trim()).filter(Boolean);
  const unknown = metricNames.filter((name) => !(name in METRICS));
  if (metricNames.length === 0 || unknown.length > 0) {
    return armError(400, "BadRequest", `Failed to find metric configuration for provider: ${NAMESPACE}, resource Id: ${endpointName}, metric: ${unknown.join(",") || "(none)"}. Valid metrics: ${Object.keys(METRICS).join(",")}`);
  }
  const interval = params.get("interval") ?? "PT1M";
  const intervalMs = durationMs(interval);
  const end = timespan.end ? new Date(timespan.end) : ctx.now();
  const start = timespan.start ? new Date(timespan.start) : new Date(end.getTime() - (timespan.span ? durationMs(timespan.span) : 3600_000));
  if (!(intervalMs > 0) || Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) {
    return armError(400, "BadRequest", "Invalid timespan or interval.");
  }
  return { endpointName, metricNames, start, end, intervalMs, interval, filter: params.get("$filter") ?? params.get("filter") };
}

function resourceMetrics(ctx: EmulatorContext, request: EmulatorRequest): EmulatorResponse {
  const endpointName = request.params.endpointName;
  const [from, to] = (request.query.get("timespan") ?? "").split("/");
  const timespan = to ? { start: from, end: to } : { span: from || undefined };
  const query = parseQuery(ctx, endpointName, request.query, timespan);
  if ("status" in query) return query;
  const resourceId = `${workspaceId(ctx.workspace)}/onlineEndpoints/${endpointName}`;
  return json(200, {
    cost: 0,
    timespan: `${query.start.toISOString()}/${query.end.toISOString()}`,
    interval: query.interval,
    value: metricBodies(ctx, query, resourceId),
    namespace: NAMESPACE,
    resourceregion: ctx.workspace.location,
  });
}

/** The data-plane batch API that @azure/monitor-query-metrics' MetricsClient calls. */
function batchMetrics(ctx: EmulatorContext, request: EmulatorRequest): EmulatorResponse {
  const ids = isObject(request.body) && Array.isArray(request.body.resourceids) ? request.body.resourceids.map(String) : [];
  const values = [];
  for (const id of ids) {
    const endpointName = /\/onlineEndpoints\/([^/]+)$/i.exec(id)?.[1];
    if (!endpointName) return armError(400, "BadRequest", `Resource id '${id}' is not an online endpoint.`);
    const query = parseQuery(ctx, endpointName, request.query, { start: request.query.get("starttime") ?? undefined, end: request.query.get("endtime") ?? undefined });
    if ("status" in query) return query;
    values.push({
      starttime: query.start.toISOString(), endtime: query.end.toISOString(), interval: query.interval,
      namespace: NAMESPACE, resourceregion: ctx.workspace.location, resourceid: id, value: metricBodies(ctx, query, id),
    });
  }
  return json(200, { values });
}

export function metricsRoutes(ctx: EmulatorContext): Route[] {
  return [
    { method: "GET", pattern: `${WORKSPACE_PATH}/onlineEndpoints/:endpointName/providers/Microsoft.Insights/metrics`, auth: "bearer", validate: false,
      handler: (request) => resourceMetrics(ctx, request) },
    { method: "POST", pattern: "/subscriptions/:subscriptionId/metrics:getBatch", auth: "bearer", validate: false,
      handler: (request) => batchMetrics(ctx, request) },
  ];
}
