/** Pearson's χ² goodness-of-fit test (scipy.stats.chisquare with expected frequencies). */
import { chi2Sf } from "./gamma";
import { CompensatedSum } from "./samples";

export interface ChiSquareResult {
  statistic: number;
  pvalue: number;
}

const SUM_TOLERANCE = 1e-8;

export function chisquare(observed: ArrayLike<number>, expected: ArrayLike<number>): ChiSquareResult {
  if (observed.length !== expected.length) throw new RangeError("observed and expected frequencies differ in length");
  const observedSum = new CompensatedSum();
  const expectedSum = new CompensatedSum();
  const statistic = new CompensatedSum();
  for (let i = 0; i < observed.length; i++) {
    observedSum.add(observed[i]);
    expectedSum.add(expected[i]);
    const difference = observed[i] - expected[i];
    statistic.add((difference * difference) / expected[i]);
  }
  const relativeDifference =
    Math.abs(observedSum.value - expectedSum.value) / Math.min(observedSum.value, expectedSum.value);
  if (relativeDifference > SUM_TOLERANCE) {
    throw new RangeError("the observed and expected frequencies must have the same total");
  }
  return { statistic: statistic.value, pvalue: chi2Sf(statistic.value, observed.length - 1) };
}
