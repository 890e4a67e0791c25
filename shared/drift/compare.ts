import { ConfigurationError } from "../core/errors";
import type { CategoricalColumn, Column } from "./column";
import { numberToText } from "./readers/parse-number";
import { datasetDrift, testFeature, type DriftMethod, type FeatureTestResult } from "./stats";
import { sortFloat64 } from "./stats/radix-sort";
import type { Table } from "./table";

export interface FeatureChoice {
  method?: DriftMethod;
  threshold?: number;
}

export interface CompareOptions {
  /** Features to compare; default: columns present in both tables. */
  features?: readonly string[];
  exclude?: readonly string[];
  /** Test for every feature unless a feature has its own. */
  method?: DriftMethod;
  threshold?: number;
  perFeature?: ReadonlyMap<string, FeatureChoice>;
  driftShare?: number;
}

export interface FeatureDrift extends FeatureTestResult {
  name: string;
}

export interface DriftComparison {
  drifted: boolean;
  shareDrifted: number;
  driftShare: number;
  features: FeatureDrift[];
}

/**
 * Tests every chosen feature and decides whether the dataset drifted. Numerical columns are sorted in
 * place first (every test compares distributions, not rows), so no test needs a sorted copy of its own.
 */
export function compareTables(reference: Table, current: Table, options: CompareOptions = {}): DriftComparison {
  const features = chooseFeatures(reference, current, options);
  for (const name of options.perFeature?.keys() ?? []) {
    if (!features.includes(name)) throw new ConfigurationError(`A per-feature test names '${name}', which is not among the compared features (${features.join(", ")}).`);
  }
  const results = features.map((name) => {
    const [ref, cur] = alignKinds(reference.columns.get(name)!, current.columns.get(name)!);
    for (const column of [ref, cur]) if (column.kind === "numerical") sortFloat64(column.values);
    const choice = options.perFeature?.get(name) ?? {};
    const result = testFeature(ref, cur, { method: choice.method ?? options.method, threshold: choice.threshold ?? options.threshold, feature: name });
    return { name, ...result };
  });
  const verdict = datasetDrift(results, options.driftShare);
  return { ...verdict, features: results };
}

function chooseFeatures(reference: Table, current: Table, options: CompareOptions): string[] {
  const excluded = new Set(options.exclude ?? []);
  if (options.features && options.features.length > 0) {
    for (const name of options.features) {
      if (!reference.columns.has(name)) throw new ConfigurationError(`Feature '${name}' is missing from the reference data (columns: ${[...reference.columns.keys()].join(", ")}).`);
      if (!current.columns.has(name)) throw new ConfigurationError(`Feature '${name}' is missing from the current data (columns: ${[...current.columns.keys()].join(", ")}).`);
    }
    return options.features.filter((name) => !excluded.has(name));
  }
  const shared = [...reference.columns.keys()].filter((name) => current.columns.has(name) && !excluded.has(name));
  if (shared.length === 0) throw new ConfigurationError("The reference and current data have no column in common to compare.");
  return shared;
}

/** A column numerical on one side and categorical on the other is compared as categorical. */
function alignKinds(reference: Column, current: Column): [Column, Column] {
  if (reference.kind === current.kind) return [reference, current];
  return [asCategorical(reference), asCategorical(current)];
}

function asCategorical(column: Column): CategoricalColumn {
  if (column.kind === "categorical") return column;
  const dictionary: string[] = [];
  const index = new Map<number, number>();
  const codes = new Uint32Array(column.values.length);
  column.values.forEach((value, i) => {
    let code = index.get(value);
    if (code === undefined) {
      code = dictionary.push(numberToText(value)) - 1;
      index.set(value, code);
    }
    codes[i] = code;
  });
  return { kind: "categorical", codes, dictionary };
}
