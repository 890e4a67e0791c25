/** One feature's drift test, run the way Evidently runs it, and the dataset-level verdict. */
import { ConfigurationError } from "../../core/errors";
import type { CategoricalColumn, Column, NumericalColumn } from "../column";
import {
  type Counts,
  HISTOGRAM_MIN_DISTINCT,
  categoryCounts,
  countDistinctUnion,
  distinctValueCounts,
  histogramBinCounts,
  toShares,
} from "./binning";
import { chisquare } from "./chisquare";
import { hellinger, jensenShannonDistance, kl, psi } from "./distances";
import { ks2sampSorted } from "./ks";
import { type DriftMethod, defaultThreshold, isDrift, isPValueMethod } from "./methods";
import { countDistinctSorted, sortedValues } from "./samples";
import { type DriftType, SELECTION_DISTINCT_LIMIT, selectMethod } from "./select";
import { populationStd, wassersteinSorted } from "./wasserstein";
import { proportionsZTest } from "./ztest";

export interface FeatureTestResult {
  test: DriftMethod;
  score: number;
  threshold: number;
  drifted: boolean;
  kind: "numerical" | "categorical";
  nReference: number;
  nCurrent: number;
  shares?: { bins: string[]; reference: number[]; current: number[] };
}

export interface FeatureTestOptions {
  method?: DriftMethod;
  /** How to test the feature; by default as its values are (numbers numerical, labels categorical). Numbers may be tested as categories. */
  type?: DriftType;
  threshold?: number;
  /** Named in error messages. */
  feature?: string;
}

const MIN_STD = 0.001;
const DEFAULT_DRIFT_SHARE = 0.5;

function subject(options: FeatureTestOptions): string {
  return options.feature === undefined ? "the feature" : `feature "${options.feature}"`;
}

function resolveThreshold(method: DriftMethod, options: FeatureTestOptions): number {
  const threshold = options.threshold ?? defaultThreshold(method);
  const limit = isPValueMethod(method) ? 1 : Infinity;
  if (!Number.isFinite(threshold) || threshold <= 0 || threshold > limit) {
    throw new ConfigurationError(
      `Drift threshold ${String(threshold)} for ${subject(options)} is not valid: ${method} accepts ` +
        (isPValueMethod(method) ? "a p-value threshold in (0, 1]." : "a distance threshold greater than 0."),
    );
  }
  return threshold;
}

/** χ² with expected counts = reference count · n_current / n_reference over the union of values. */
function chiSquarePValue(counts: Counts, nReference: number, nCurrent: number): number {
  if (counts.reference.length === 1) return 1;
  const scale = nCurrent / nReference;
  return chisquare(
    counts.current,
    counts.reference.map((count) => count * scale),
  ).pvalue;
}

/** Z-test on the share of values other than the smallest one (Evidently's indicator). */
function zPValue(counts: Counts, nReference: number, nCurrent: number): number {
  if (counts.reference.length === 1) return 1;
  return proportionsZTest(nReference - counts.reference[0], nReference, nCurrent - counts.current[0], nCurrent);
}

function distanceOnShares(method: DriftMethod, reference: Float64Array, current: Float64Array): number {
  switch (method) {
    case "psi":
      return psi(reference, current);
    case "kl":
      return kl(reference, current);
    case "hellinger":
      return hellinger(reference, current);
    default:
      return jensenShannonDistance(reference, current);
  }
}

interface Prepared {
  kind: "numerical" | "categorical";
  nReference: number;
  nCurrent: number;
  method: DriftMethod;
  shares: { labels: string[]; reference: Float64Array; current: Float64Array };
  score(): number;
}

function requireValues(n: number, side: string, options: FeatureTestOptions): void {
  if (n === 0) {
    throw new ConfigurationError(
      `The ${side} data has no valid values for ${subject(options)} (all missing or not finite); drift cannot be tested.`,
    );
  }
}

/** KS and Wasserstein compare numbers as numbers: Evidently allows them for numerical features only. */
function refuseNumericalOnly(method: DriftMethod, options: FeatureTestOptions, numbers: boolean): void {
  if (method === "ks" || method === "wasserstein") {
    throw new ConfigurationError(
      `Drift method "${method}" needs numerical data, but ${subject(options)} is categorical` +
        (numbers ? " (whole numbers with few distinct values; type it numerical to test it as numbers)" : "") +
        ". Use one of: chisquare, z, jensenshannon, psi, kl, hellinger.",
    );
  }
}

function prepareNumerical(
  reference: NumericalColumn,
  current: NumericalColumn,
  type: DriftType,
  options: FeatureTestOptions,
): Prepared {
  const ref = sortedValues(reference);
  const cur = sortedValues(current);
  requireValues(ref.length, "reference", options);
  requireValues(cur.length, "current", options);
  const method = options.method ?? selectMethod(type, ref.length, countDistinctUnion(ref, cur, SELECTION_DISTINCT_LIMIT));
  if (type === "categorical") refuseNumericalOnly(method, options, true);
  // Evidently bins a numerical feature when its reference has more than 20 distinct values; a categorical one per value.
  const histogram = type === "numerical" && countDistinctSorted(ref) > HISTOGRAM_MIN_DISTINCT;
  const binned = histogram ? histogramBinCounts(ref, cur) : distinctValueCounts(ref, cur);
  const shares = {
    labels: binned.labels,
    reference: toShares(binned.reference, ref.length),
    current: toShares(binned.current, cur.length),
  };
  const perValue = (): Counts => (histogram ? distinctValueCounts(ref, cur, false) : binned);
  const score = (): number => {
    switch (method) {
      case "ks":
        return ks2sampSorted(ref, cur).pvalue;
      case "wasserstein":
        return wassersteinSorted(ref, cur) / Math.max(populationStd(ref), MIN_STD);
      case "chisquare":
        return chiSquarePValue(perValue(), ref.length, cur.length);
      case "z":
        return zPValue(perValue(), ref.length, cur.length);
      default:
        return distanceOnShares(method, shares.reference, shares.current);
    }
  };
  return { kind: type, nReference: ref.length, nCurrent: cur.length, method, shares, score };
}

function prepareCategorical(
  reference: CategoricalColumn,
  current: CategoricalColumn,
  options: FeatureTestOptions,
): Prepared {
  const nReference = reference.codes.length;
  const nCurrent = current.codes.length;
  requireValues(nReference, "reference", options);
  requireValues(nCurrent, "current", options);
  const counts = categoryCounts(reference, current);
  const method = options.method ?? selectMethod("categorical", nReference, counts.labels.length);
  refuseNumericalOnly(method, options, false);
  const shares = {
    labels: counts.labels,
    reference: toShares(counts.reference, nReference),
    current: toShares(counts.current, nCurrent),
  };
  const score = (): number => {
    switch (method) {
      case "chisquare":
        return chiSquarePValue(counts, nReference, nCurrent);
      case "z":
        return zPValue(counts, nReference, nCurrent);
      default:
        return distanceOnShares(method, shares.reference, shares.current);
    }
  };
  return { kind: "categorical", nReference, nCurrent, method, shares, score };
}

export function testFeature(reference: Column, current: Column, options: FeatureTestOptions = {}): FeatureTestResult {
  if (reference.kind !== current.kind) {
    throw new ConfigurationError(
      `${subject(options)} is ${reference.kind} in the reference data but ${current.kind} in the current data; ` +
        "both must have the same type.",
    );
  }
  const type = options.type ?? reference.kind;
  if (type === "numerical" && reference.kind === "categorical") {
    throw new ConfigurationError(`The values of ${subject(options)} are not all numbers: it cannot be tested as numerical.`);
  }
  const prepared =
    reference.kind === "numerical"
      ? prepareNumerical(reference, current as NumericalColumn, type, options)
      : prepareCategorical(reference, current as CategoricalColumn, options);
  const threshold = resolveThreshold(prepared.method, options);
  const score = prepared.score();
  return {
    test: prepared.method,
    score,
    threshold,
    drifted: isDrift(prepared.method, score, threshold),
    kind: prepared.kind,
    nReference: prepared.nReference,
    nCurrent: prepared.nCurrent,
    shares: {
      bins: prepared.shares.labels,
      reference: Array.from(prepared.shares.reference),
      current: Array.from(prepared.shares.current),
    },
  };
}

/** The dataset drifts when the share of drifted features reaches `driftShare`. */
export function datasetDrift(
  results: FeatureTestResult[],
  driftShare: number = DEFAULT_DRIFT_SHARE,
): { drifted: boolean; shareDrifted: number; driftShare: number } {
  if (!Number.isFinite(driftShare) || driftShare < 0 || driftShare > 1) {
    throw new ConfigurationError(`Drift share ${String(driftShare)} is not valid: use a number between 0 and 1.`);
  }
  if (results.length === 0) return { drifted: false, shareDrifted: 0, driftShare };
  const drifted = results.filter((result) => result.drifted).length;
  const shareDrifted = drifted / results.length;
  return { drifted: shareDrifted >= driftShare, shareDrifted, driftShare };
}
