/**
 * Evidently's default test for a feature (`_get_default_stattest` in evidently/legacy/calculations/
 * stattests/registry.py): decided on the reference size and on the distinct values of reference and
 * current data together.
 */
import type { Column } from "../column";
import { categoryCounts, countDistinctUnion } from "./binning";
import type { DriftMethod } from "./methods";
import { sortedValues } from "./samples";

/** How a feature is tested: its values may be numbers and still be tested as categories. */
export type DriftType = "numerical" | "categorical";

const SMALL_REFERENCE = 1000;
const CONTINUOUS_MIN_DISTINCT = 5;
/** The selection only asks whether there are more than 5 distinct values: counting stops past that. */
export const SELECTION_DISTINCT_LIMIT = CONTINUOUS_MIN_DISTINCT + 1;
const BINARY_MAX_DISTINCT = 2;

/**
 * Reference n ≤ 1000: KS for numerical features with more than 5 distinct values, χ² for more than 2,
 * the Z-test otherwise; larger references: normed Wasserstein for numerical features with more than 5
 * distinct values, Jensen-Shannon otherwise. `distinct` counts reference and current values together.
 */
export function selectMethod(type: DriftType, nReference: number, distinct: number): DriftMethod {
  const continuous = type === "numerical" && distinct > CONTINUOUS_MIN_DISTINCT;
  if (nReference <= SMALL_REFERENCE) {
    if (continuous) return "ks";
    return distinct > BINARY_MAX_DISTINCT ? "chisquare" : "z";
  }
  return continuous ? "wasserstein" : "jensenshannon";
}

/** The default test for a feature given both sides' valid values (NaN and ±inf are not values). */
export function defaultMethod(reference: Column, current: Column, type: DriftType = reference.kind): DriftMethod {
  if (reference.kind === "categorical" && current.kind === "categorical") {
    return selectMethod(type, reference.codes.length, categoryCounts(reference, current).labels.length);
  }
  if (reference.kind === "numerical" && current.kind === "numerical") {
    const ref = sortedValues(reference);
    return selectMethod(type, ref.length, countDistinctUnion(ref, sortedValues(current), SELECTION_DISTINCT_LIMIT));
  }
  throw new Error("defaultMethod needs both columns of the same kind");
}
