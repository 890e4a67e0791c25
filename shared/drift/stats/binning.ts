/**
 * Shares of reference and current data per bin: equal-width Sturges bins for numerical features with
 * more than 20 distinct reference values (numpy.histogram_bin_edges(concat(ref, cur), "sturges") and
 * numpy.histogram's counting), otherwise one bin per distinct value of the union.
 */
import type { CategoricalColumn } from "../column";
import { sortedFinite } from "./samples";

export const HISTOGRAM_MIN_DISTINCT = 20;

/** numpy.histogram_bin_edges for data with the given minimum, maximum and size, bins="sturges". */
export function sturgesEdges(min: number, max: number, size: number): Float64Array {
  let first = min;
  let last = max;
  const range = max - min;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  let binCount = 1;
  if (size > 0) {
    const width = range / (Math.log2(size) + 1.0);
    if (width) binCount = Math.ceil((last - first) / width);
  }
  return linspace(first, last, binCount + 1);
}

/** numpy.linspace(start, stop, num) with endpoint. */
function linspace(start: number, stop: number, num: number): Float64Array {
  const edges = new Float64Array(num);
  const div = num - 1;
  const delta = stop - start;
  const step = delta / div;
  for (let i = 0; i < num; i++) edges[i] = step === 0 ? (i / div) * delta + start : i * step + start;
  edges[num - 1] = stop;
  return edges;
}

/** numpy.histogram_bin_edges(values, "sturges"); non-finite values are dropped first. */
export function histogramBinEdgesSturges(values: ArrayLike<number>): Float64Array {
  const sorted = sortedFinite(values);
  if (sorted.length === 0) return sturgesEdges(0, 1, 0);
  return sturgesEdges(sorted[0], sorted[sorted.length - 1], sorted.length);
}

/** Index of the first element ≥ value (side="left"), or > value when `right`. */
function searchSorted(sorted: Float64Array, value: number, right: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (right ? sorted[mid] <= value : sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** numpy.histogram(values, edges) counts for sorted values: [e_i, e_i+1), the last bin closed. */
export function histogramCounts(sorted: Float64Array, edges: Float64Array): Float64Array {
  const bins = edges.length - 1;
  const counts = new Float64Array(bins);
  let previous = searchSorted(sorted, edges[0], false);
  for (let i = 0; i < bins; i++) {
    const next = searchSorted(sorted, edges[i + 1], i === bins - 1);
    counts[i] = next - previous;
    previous = next;
  }
  return counts;
}

export interface Counts {
  /** Bin labels, in bin order. */
  labels: string[];
  reference: Float64Array;
  current: Float64Array;
}

/**
 * Occurrences of each distinct value of the union of two sorted samples, in ascending order; labels
 * (shortest round-trip strings) only when asked for.
 */
export function distinctValueCounts(reference: Float64Array, current: Float64Array, withLabels = true): Counts {
  const size = countDistinctUnion(reference, current);
  const referenceCounts = new Float64Array(size);
  const currentCounts = new Float64Array(size);
  const labels: string[] = [];
  let k = 0;
  mergeDistinct(reference, current, (value, inReference, inCurrent) => {
    referenceCounts[k] = inReference;
    currentCounts[k] = inCurrent;
    if (withLabels) labels.push(String(value));
    k++;
  });
  return { labels, reference: referenceCounts, current: currentCounts };
}

/** Number of distinct values of two sorted samples taken together (−0 and +0 count as one), counting no further than `limit`. */
export function countDistinctUnion(reference: Float64Array, current: Float64Array, limit = Infinity): number {
  return mergeDistinct(reference, current, () => undefined, limit);
}

/** Walks the distinct values of two sorted samples in ascending order with their multiplicities. */
function mergeDistinct(
  reference: Float64Array,
  current: Float64Array,
  visit: (value: number, inReference: number, inCurrent: number) => void,
  limit = Infinity,
): number {
  let i = 0;
  let j = 0;
  let distinct = 0;
  while ((i < reference.length || j < current.length) && distinct < limit) {
    const value =
      j >= current.length || (i < reference.length && reference[i] <= current[j]) ? reference[i] : current[j];
    const iStart = i;
    const jStart = j;
    while (i < reference.length && reference[i] === value) i++;
    while (j < current.length && current[j] === value) j++;
    visit(value, i - iStart, j - jStart);
    distinct++;
  }
  return distinct;
}

/** Sturges-binned counts of two sorted, non-empty samples. */
export function histogramBinCounts(reference: Float64Array, current: Float64Array): Counts {
  const min = Math.min(reference[0], current[0]);
  const max = Math.max(reference[reference.length - 1], current[current.length - 1]);
  const edges = sturgesEdges(min, max, reference.length + current.length);
  const labels: string[] = [];
  for (let k = 0; k + 1 < edges.length; k++) {
    labels.push(`[${String(edges[k])}, ${String(edges[k + 1])}${k + 2 === edges.length ? "]" : ")"}`);
  }
  return { labels, reference: histogramCounts(reference, edges), current: histogramCounts(current, edges) };
}

/** Python's str ordering: by Unicode code point. */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let k = 0; k < length; k++) {
    const x = a.charCodeAt(k);
    const y = b.charCodeAt(k);
    if (x === y) continue;
    const xSurrogate = x >= 0xd800 && x <= 0xdfff;
    const ySurrogate = y >= 0xd800 && y <= 0xdfff;
    if (xSurrogate !== ySurrogate) return xSurrogate ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

function codeCounts(column: CategoricalColumn): Float64Array {
  const counts = new Float64Array(column.dictionary.length);
  const codes = column.codes;
  for (let i = 0; i < codes.length; i++) counts[codes[i]]++;
  return counts;
}

/** Occurrences of each category present in either column, categories in code-point order. */
export function categoryCounts(reference: CategoricalColumn, current: CategoricalColumn): Counts {
  const referenceByCode = codeCounts(reference);
  const currentByCode = codeCounts(current);
  const totals = new Map<string, [number, number]>();
  const collect = (dictionary: string[], counts: Float64Array, side: 0 | 1): void => {
    for (let code = 0; code < dictionary.length; code++) {
      if (counts[code] === 0) continue;
      let entry = totals.get(dictionary[code]);
      if (!entry) {
        entry = [0, 0];
        totals.set(dictionary[code], entry);
      }
      entry[side] += counts[code];
    }
  };
  collect(reference.dictionary, referenceByCode, 0);
  collect(current.dictionary, currentByCode, 1);
  const labels = [...totals.keys()].sort(compareCodePoints);
  return {
    labels,
    reference: Float64Array.from(labels, (label) => totals.get(label)![0]),
    current: Float64Array.from(labels, (label) => totals.get(label)![1]),
  };
}

export function toShares(counts: Float64Array, total: number): Float64Array {
  return counts.map((count) => count / total);
}
