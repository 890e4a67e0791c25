import type { DeploymentFigures } from "./analysis";

export const REQUESTS_METRIC = "RequestsPerMinute";
export const LATENCY_METRIC = "RequestLatency_P99";
export const ENDPOINT_METRIC_NAMESPACE = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints";

/** A metric as @azure/monitor-query-metrics returns it: names are the localized text when the service sends one. */
export interface MetricSeries {
  id?: string;
  name: string;
  timeseries?: { metadatavalues?: { name?: string; value?: string }[]; data?: { total?: number; average?: number; maximum?: number }[] }[];
}

/** "Requests Per Minute", "RequestsPerMinute" and "requestsperminute" are one name. */
function sameName(a: string | undefined, b: string): boolean {
  const key = (text: string) => text.replace(/[^a-z0-9]/gi, "").toLowerCase();
  return a !== undefined && key(a) === key(b);
}

/** Filter of one deployment's series, split by status code class. */
export function deploymentFilter(deployment: string): string {
  return `deployment eq '${deployment.replace(/'/g, "''")}' and statusCodeClass eq '*'`;
}

/** Requests (total), 5xx requests, and the highest P99 latency over the window. */
export function figuresFrom(metrics: MetricSeries[]): DeploymentFigures {
  let requests = 0;
  let serverErrors = 0;
  let latency: number | undefined;
  for (const metric of metrics) {
    for (const series of metric.timeseries ?? []) {
      const statusClass = series.metadatavalues?.find((meta) => sameName(meta.name, "statusCodeClass"))?.value;
      for (const point of series.data ?? []) {
        if (sameName(metric.name, REQUESTS_METRIC)) {
          const count = point.total ?? 0;
          requests += count;
          if (statusClass?.toLowerCase() === "5xx") serverErrors += count;
        } else if (sameName(metric.name, LATENCY_METRIC)) {
          const value = point.maximum ?? point.average;
          if (value !== undefined) latency = Math.max(latency ?? 0, value);
        }
      }
    }
  }
  return latency === undefined ? { requests, serverErrors } : { requests, serverErrors, latencyP99Ms: latency };
}
