/** Evidently's default test for a feature, decided on the reference data. */
import type { Column } from "../column";
import { countCategories } from "./binning";
import type { DriftMethod } from "./methods";

const SMALL_REFERENCE = 1000;
const CONTINUOUS_MIN_DISTINCT = 5;
const BINARY_MAX_DISTINCT = 2;

/**
 * Reference n ≤ 1000: KS for numerical features with more than 5 distinct values, χ² for more than 2,
 * the Z-test otherwise; larger references: normed Wasserstein for numerical features with more than 5
 * distinct values, Jensen-Shannon otherwise.
 */
export function selectMethod(kind: Column["kind"], nReference: number, distinctReference: number): DriftMethod {
  const continuous = kind === "numerical" && distinctReference > CONTINUOUS_MIN_DISTINCT;
  if (nReference <= SMALL_REFERENCE) {
    if (continuous) return "ks";
    return distinctReference > BINARY_MAX_DISTINCT ? "chisquare" : "z";
  }
  return continuous ? "wasserstein" : "jensenshannon";
}

/** Distinct finite values, counting no further than `limit`. */
function countDistinctUpTo(values: Float64Array, limit: number): { finite: number; distinct: number } {
  const seen = new Set<number>();
  let finite = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    finite++;
    if (seen.size <= limit) seen.add(v);
  }
  return { finite, distinct: seen.size };
}

export function defaultMethod(reference: Column): DriftMethod {
  if (reference.kind === "categorical") {
    return selectMethod("categorical", reference.codes.length, countCategories(reference));
  }
  const { finite, distinct } = countDistinctUpTo(reference.values, CONTINUOUS_MIN_DISTINCT);
  return selectMethod("numerical", finite, distinct);
}
