import type { NumericalColumn } from "../column";
import { sortFloat64 } from "./radix-sort";

/**
 * The finite values in ascending order (NaN and ±Infinity dropped). The input is left untouched: a
 * sorted, all-finite Float64Array is returned as it is (read-only use), anything else is copied.
 */
export function sortedFinite(values: ArrayLike<number>): Float64Array {
  if (values instanceof Float64Array && isSortedFinite(values)) return values;
  let finite = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) finite++;
  let copy: Float64Array;
  if (finite === values.length) {
    copy = values instanceof Float64Array ? values.slice() : Float64Array.from(values);
  } else {
    copy = new Float64Array(finite);
    let k = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (Number.isFinite(v)) copy[k++] = v;
    }
  }
  return sortFloat64(copy);
}

/** A column's values in ascending order, finite: as they are when the column is marked sorted, else through `sortedFinite`. */
export function sortedValues(column: NumericalColumn): Float64Array {
  return column.sorted ? column.values : sortedFinite(column.values);
}

function isSortedFinite(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i]) || (i > 0 && values[i] < values[i - 1])) return false;
  }
  return true;
}

/** Number of distinct values in a sorted array (−0 and +0 count as one). */
export function countDistinctSorted(sorted: Float64Array): number {
  if (sorted.length === 0) return 0;
  let count = 1;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) count++;
  return count;
}

/** Sum with Neumaier compensation, so long sums of many terms keep their last digits. */
export class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  add(value: number): void {
    const t = this.sum + value;
    if (!Number.isFinite(t)) {
      this.sum = t;
      return;
    }
    if (Math.abs(this.sum) >= Math.abs(value)) this.compensation += this.sum - t + value;
    else this.compensation += value - t + this.sum;
    this.sum = t;
  }

  get value(): number {
    return Number.isFinite(this.sum) ? this.sum + this.compensation : this.sum;
  }
}
