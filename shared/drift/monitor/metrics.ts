/** Azure ML model monitoring's data drift metrics, and the statistics of shared/drift they are. */
import { ConfigurationError, SettingError } from "../../core/errors";
import type { DriftMethod } from "../stats";
import { defaultThreshold, parseDriftMethod } from "../stats";

export type FeatureType = "Numerical" | "Categorical";
export const FEATURE_TYPES: readonly FeatureType[] = ["Numerical", "Categorical"];

export type MonitorMetric =
  | "JensenShannonDistance"
  | "PopulationStabilityIndex"
  | "NormalizedWassersteinDistance"
  | "TwoSampleKolmogorovSmirnovTest"
  | "PearsonsChiSquaredTest";

const METRIC_OF_METHOD: Partial<Record<DriftMethod, MonitorMetric>> = {
  jensenshannon: "JensenShannonDistance",
  psi: "PopulationStabilityIndex",
  wasserstein: "NormalizedWassersteinDistance",
  ks: "TwoSampleKolmogorovSmirnovTest",
  chisquare: "PearsonsChiSquaredTest",
};

const METHOD_OF_METRIC = Object.fromEntries(Object.entries(METRIC_OF_METHOD).map(([method, metric]) => [metric, method])) as Record<MonitorMetric, DriftMethod>;

/** The metrics the service computes per feature type (NumericalDataDriftMetric, CategoricalDataDriftMetric). */
export const METRICS_BY_TYPE: Readonly<Record<FeatureType, readonly MonitorMetric[]>> = {
  Numerical: ["JensenShannonDistance", "PopulationStabilityIndex", "NormalizedWassersteinDistance", "TwoSampleKolmogorovSmirnovTest"],
  Categorical: ["JensenShannonDistance", "PopulationStabilityIndex", "PearsonsChiSquaredTest"],
};

/** Azure ML's defaults for data drift signals. */
export const DEFAULT_METRICS: Readonly<Record<FeatureType, MonitorMetric>> = {
  Numerical: "NormalizedWassersteinDistance",
  Categorical: "JensenShannonDistance",
};

export function methodOfMetric(metric: MonitorMetric): DriftMethod {
  return METHOD_OF_METRIC[metric];
}

/** A metric the user named: the service's own name (JensenShannonDistance), its snake_case form, or a shared/drift method name. */
export function parseMonitorMetric(name: string, type: FeatureType, input: string): MonitorMetric {
  const checked = checkMetric(name, type);
  if (typeof checked !== "string") throw new ConfigurationError(`${input}: ${checked.problem}`);
  return checked;
}

/**
 * One method for both feature types where the service computes it for both, otherwise for the type that has
 * it (ks: numerical only); a SettingError on "method" when it has neither.
 */
export function methodPerFeatureType(name: string): { numerical?: string; categorical?: string } {
  const numerical = checkMetric(name, "Numerical");
  const categorical = checkMetric(name, "Categorical");
  if (typeof numerical !== "string" && typeof categorical !== "string") throw new SettingError("method", numerical.problem);
  return { ...(typeof numerical === "string" ? { numerical: name } : {}), ...(typeof categorical === "string" ? { categorical: name } : {}) };
}

function checkMetric(name: string, type: FeatureType): MonitorMetric | { problem: string } {
  const accepted = METRICS_BY_TYPE[type];
  const exact = accepted.find((metric) => metric.toLowerCase() === name.trim().toLowerCase());
  if (exact) return exact;
  let method: DriftMethod;
  try {
    method = parseDriftMethod(name);
  } catch {
    return { problem: `"${name}" is not a ${type.toLowerCase()} data drift metric of Azure ML model monitoring; accepted: ${accepted.join(", ")}.` };
  }
  const metric = METRIC_OF_METHOD[method];
  if (!metric || !accepted.includes(metric)) {
    return { problem: `"${name}" (${method}) is not computed by Azure ML model monitoring for ${type.toLowerCase()} features; accepted: ${accepted.join(", ")}.` };
  }
  return metric;
}

/** The threshold sent when none is given: the one shared/drift uses for the same statistic. */
export function defaultMetricThreshold(metric: MonitorMetric): number {
  return defaultThreshold(methodOfMetric(metric));
}
