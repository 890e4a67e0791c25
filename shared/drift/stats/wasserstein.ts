/** First Wasserstein distance between two samples (scipy.stats.wasserstein_distance, unweighted). */
import { CompensatedSum, sortedFinite } from "./samples";

/** ∫ |F_a − F_b| over the merged sample; both inputs sorted ascending, finite and non-empty. */
export function wassersteinSorted(a: Float64Array, b: Float64Array): number {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new RangeError("wassersteinDistance needs two non-empty samples");
  const sum = new CompensatedSum();
  let i = 0;
  let j = 0;
  let value = Math.min(a[0], b[0]);
  for (;;) {
    while (i < n1 && a[i] <= value) i++;
    while (j < n2 && b[j] <= value) j++;
    if (i === n1 && j === n2) break;
    const next = j >= n2 || (i < n1 && a[i] < b[j]) ? a[i] : b[j];
    sum.add(Math.abs(i / n1 - j / n2) * (next - value));
    value = next;
  }
  return sum.value;
}

export function wassersteinDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return wassersteinSorted(sortedFinite(a), sortedFinite(b));
}

/** Population standard deviation (numpy.std with ddof = 0). */
export function populationStd(values: Float64Array): number {
  const n = values.length;
  const mean = compensatedTotal(values, 0, false) / n;
  return Math.sqrt(compensatedTotal(values, mean, true) / n);
}

/**
 * Σ values[i], or Σ (values[i] − mean)² when `squares`, with CompensatedSum's steps and its state in
 * locals: this runs twice over every value of every numerical feature.
 */
function compensatedTotal(values: Float64Array, mean: number, squares: boolean): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const deviation = values[i] - mean;
    const term = squares ? deviation * deviation : values[i];
    const t = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    sum = t;
  }
  return Number.isFinite(sum) ? sum + compensation : sum;
}
