import { ConfigurationError } from "../core/errors";
import type { CategoricalColumn, Column } from "./column";
import { type ColumnType, inferColumnType } from "./column-type";
import { numberToText } from "./readers/parse-number";
import { datasetDrift, testFeature, type DriftMethod, type FeatureTestResult } from "./stats";
import { RadixScratch, sortFloat64 } from "./stats/radix-sort";
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
  /** Per column, how to test it; the others are typed as Evidently types them. */
  columnTypes?: ReadonlyMap<string, ColumnType>;
}

/** A compared column that was not drift-tested, and why. */
export interface SkippedColumn {
  name: string;
  type: "text" | "ignore";
  reason: string;
}

export interface FeatureDrift extends FeatureTestResult {
  name: string;
}

export interface DriftComparison {
  drifted: boolean;
  shareDrifted: number;
  driftShare: number;
  features: FeatureDrift[];
  /** Columns typed text or ignore: not tested, and not counted in the share of drifted features. */
  skipped?: SkippedColumn[];
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
  const results: FeatureDrift[] = [];
  const skipped: SkippedColumn[] = [];
  const scratch = new RadixScratch();
  for (const name of features) {
    const [ref, cur] = alignKinds(reference.columns.get(name)!, current.columns.get(name)!);
    const choice = options.perFeature?.get(name) ?? {};
    const type = driftType(name, cur, options.columnTypes?.get(name), choice);
    if ("reason" in type) {
      skipped.push(type);
      continue;
    }
    for (const column of [ref, cur]) if (column.kind === "numerical" && !column.sorted && !isSorted(column.values)) sortFloat64(column.values, scratch);
    const result = testFeature(ref, cur, { method: choice.method ?? options.method, threshold: choice.threshold ?? options.threshold, type: type.test, feature: name });
    results.push({ name, ...result });
  }
  const verdict = datasetDrift(results, options.driftShare);
  return { ...verdict, features: results, ...(skipped.length > 0 ? { skipped } : {}) };
}

/** The given type, else Evidently's typing of the current data; a text column with a test of its own is tested as categorical. */
function driftType(name: string, current: Column, given: ColumnType | undefined, choice: FeatureChoice): { test: "numerical" | "categorical" } | SkippedColumn {
  if (given === "ignore") return { name, type: "ignore", reason: "column-types says ignore" };
  if (given === "text") return { name, type: "text", reason: "column-types says text; text columns are not drift-tested" };
  if (given !== undefined) return { test: given };
  const inferred = inferColumnType(current);
  if (inferred.type !== "text") return { test: inferred.type };
  if (choice.method !== undefined) return { test: "categorical" };
  return { name, type: "text", reason: `${inferred.reason}; not drift-tested (set column-types to categorical to test it)` };
}

function isSorted(values: Float64Array): boolean {
  for (let i = 1; i < values.length; i++) if (!(values[i - 1] <= values[i])) return false;
  return true;
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
