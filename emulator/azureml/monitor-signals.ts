import type { ColumnType } from "../../shared/drift/column-type";
import { compareTables, type FeatureChoice } from "../../shared/drift/compare";
import { readTable } from "../../shared/drift/readers";
import type { DriftMethod } from "../../shared/drift/stats";
import { defaultThreshold } from "../../shared/drift/stats";
import type { EmulatorContext } from "./context";
import { isObject } from "./http";
import { monitoringDataset, type MonitoringInput } from "./monitor-data";

/** Version of the signal output file, as Azure ML's metric outputter writes it. */
export const SIGNAL_OUTPUT_VERSION = "1.0.0";

type FeatureType = "Numerical" | "Categorical";

/** The monitoring service's metric names and the statistic each one is. */
const METRICS: Record<string, { method: DriftMethod; types: FeatureType[] }> = {
  JensenShannonDistance: { method: "jensenshannon", types: ["Numerical", "Categorical"] },
  PopulationStabilityIndex: { method: "psi", types: ["Numerical", "Categorical"] },
  NormalizedWassersteinDistance: { method: "wasserstein", types: ["Numerical"] },
  TwoSampleKolmogorovSmirnovTest: { method: "ks", types: ["Numerical"] },
  PearsonsChiSquaredTest: { method: "chisquare", types: ["Categorical"] },
};

const DEFAULT_METRIC: Record<FeatureType, string> = { Numerical: "NormalizedWassersteinDistance", Categorical: "JensenShannonDistance" };

interface MetricChoice {
  metric: string;
  threshold: number;
}

/** `{ value, threshold }` per metric and feature: the nesting of the outputter's groups (feature, then data type). */
export interface SignalOutput {
  signalName: string;
  signalType: string;
  version: string;
  metrics: Record<string, { value?: number; threshold?: number; groups?: Record<string, { groups: Record<string, { value: number; threshold: number }> }> }>;
}

/** Why a data drift signal's metric thresholds cannot run, as the service answers a schedule PUT. */
export function metricThresholdProblem(signal: Record<string, unknown>, signalName: string): string | undefined {
  const thresholds = Array.isArray(signal.metricThresholds) ? signal.metricThresholds : [];
  for (const entry of thresholds) {
    if (!isObject(entry)) continue;
    const known = METRICS[String(entry.metric)];
    const dataType = String(entry.dataType) as FeatureType;
    if (!known || !known.types.includes(dataType)) {
      const accepted = Object.entries(METRICS).filter(([, value]) => value.types.includes(dataType)).map(([name]) => name);
      return `Signal '${signalName}': metric '${String(entry.metric)}' is not a ${dataType} data drift metric; accepted: ${accepted.join(", ")}.`;
    }
  }
  return undefined;
}

function metricChoices(signal: Record<string, unknown>): Record<FeatureType, MetricChoice> {
  const choices = {} as Record<FeatureType, MetricChoice>;
  for (const type of ["Numerical", "Categorical"] as FeatureType[]) {
    const entry = (Array.isArray(signal.metricThresholds) ? signal.metricThresholds : [])
      .find((item): item is Record<string, unknown> => isObject(item) && item.dataType === type);
    const metric = entry ? String(entry.metric) : DEFAULT_METRIC[type];
    const given = isObject(entry?.threshold) ? entry.threshold.value : undefined;
    choices[type] = { metric, threshold: typeof given === "number" ? given : defaultThreshold(METRICS[metric].method) };
  }
  return choices;
}

function featureFilter(signal: Record<string, unknown>): string[] | undefined {
  const filter = isObject(signal.features) ? signal.features : undefined;
  if (filter?.filterType === "FeatureSubset" && Array.isArray(filter.features)) return filter.features.map(String);
  return undefined;
}

function categoricalOverrides(signal: Record<string, unknown>): string[] {
  const overrides = isObject(signal.featureDataTypeOverride) ? signal.featureDataTypeOverride : {};
  return Object.entries(overrides).filter(([, type]) => type === "Categorical").map(([name]) => name);
}

/** Computes a data drift signal from its reference and production data, the way the Spark monitoring job does. */
export async function computeDataDrift(ctx: EmulatorContext, signalName: string, signal: Record<string, unknown>): Promise<{ output: SignalOutput; logLines: string[] }> {
  const features = featureFilter(signal);
  const readOptions = { columns: features, categorical: categoricalOverrides(signal) };
  const reference = await readTable(await monitoringDataset(ctx, signal.referenceData as MonitoringInput), readOptions);
  const production = await readTable(await monitoringDataset(ctx, signal.productionData as MonitoringInput), readOptions);
  const chosen = features ?? [...reference.columns.keys()].filter((name) => production.columns.has(name));
  const choices = metricChoices(signal);
  const perFeature = new Map<string, FeatureChoice>();
  const typeOf = new Map<string, FeatureType>();
  for (const name of chosen) {
    const [ref, cur] = [reference.columns.get(name), production.columns.get(name)];
    const type: FeatureType = ref?.kind === "numerical" && cur?.kind === "numerical" ? "Numerical" : "Categorical";
    typeOf.set(name, type);
    perFeature.set(name, { method: METRICS[choices[type].metric].method, threshold: choices[type].threshold });
  }
  // Azure ML monitoring types features by their data type: numbers numerical, whatever Evidently would make of them.
  const columnTypes = new Map([...typeOf].map(([name, type]): [string, ColumnType] => [name, type === "Numerical" ? "numerical" : "categorical"]));
  const comparison = compareTables(reference, production, { features: chosen, perFeature, columnTypes });

  const metrics: SignalOutput["metrics"] = {
    BaselineRowCount: { value: reference.rowCount },
    TargetRowCount: { value: production.rowCount },
  };
  const logLines = [`Reference data: ${reference.rowCount} rows; production data: ${production.rowCount} rows.`];
  for (const feature of comparison.features) {
    const type = typeOf.get(feature.name)!;
    const { metric } = choices[type];
    const groups = (metrics[metric] ??= { groups: {} }).groups!;
    groups[feature.name] = { groups: { [type]: { value: feature.score, threshold: feature.threshold } } };
    logLines.push(`${feature.name} (${type}): ${metric} = ${feature.score} (threshold ${feature.threshold})`);
  }
  return { output: { signalName, signalType: "DataDrift", version: SIGNAL_OUTPUT_VERSION, metrics }, logLines };
}
