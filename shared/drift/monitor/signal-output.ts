import { ServiceError } from "../../core/errors";
import type { FeatureDrift } from "../compare";
import { isDrift } from "../stats/methods";
import { METRICS_BY_TYPE, methodOfMetric, type FeatureType, type MonitorMetric } from "./metrics";

interface MetricValue {
  value?: unknown;
  threshold?: unknown;
  groups?: Record<string, MetricValue>;
}

/**
 * A signal file as Azure ML's metric outputter writes it to `<signal_output>/signals/<signal>.json`:
 * `{ signalName, signalType, version, metrics }`, where `metrics[<metric>].groups[<feature>].groups[<data type>]`
 * holds `{ value, threshold }` and `BaselineRowCount` / `TargetRowCount` hold the row counts.
 */
interface SignalFile {
  signalName?: unknown;
  signalType?: unknown;
  metrics?: Record<string, MetricValue>;
}

const KNOWN_METRICS = new Set<string>([...METRICS_BY_TYPE.Numerical, ...METRICS_BY_TYPE.Categorical]);

function rowCount(metrics: Record<string, MetricValue>, name: string): number {
  const value = metrics[name]?.value;
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

function invalid(origin: string, why: string): ServiceError {
  return new ServiceError(`The monitoring signal file ${origin} is not readable: ${why}.`);
}

/** Per-feature figures of a data drift signal file, in the order the file lists them. */
export function parseSignalOutput(text: string, origin: string): FeatureDrift[] {
  let file: SignalFile;
  try {
    file = JSON.parse(text) as SignalFile;
  } catch {
    throw invalid(origin, "it is not JSON");
  }
  if (file.signalType !== "DataDrift") throw invalid(origin, `its signalType is ${JSON.stringify(file.signalType)}, not DataDrift`);
  const metrics = file.metrics ?? {};
  const nReference = rowCount(metrics, "BaselineRowCount");
  const nCurrent = rowCount(metrics, "TargetRowCount");
  const features: FeatureDrift[] = [];
  for (const [metricName, metric] of Object.entries(metrics)) {
    if (!KNOWN_METRICS.has(metricName)) continue;
    const method = methodOfMetric(metricName as MonitorMetric);
    for (const [feature, byType] of Object.entries(metric.groups ?? {})) {
      for (const [dataType, figures] of Object.entries(byType.groups ?? {})) {
        const { value, threshold } = figures;
        if (typeof value !== "number" || typeof threshold !== "number") throw invalid(origin, `${metricName} of feature '${feature}' has no numeric value and threshold`);
        const kind = (dataType as FeatureType) === "Categorical" ? "categorical" : "numerical";
        features.push({ name: feature, test: method, score: value, threshold, drifted: isDrift(method, value, threshold), kind, nReference, nCurrent });
      }
    }
  }
  return features;
}
