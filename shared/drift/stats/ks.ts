/**
 * Two-sample Kolmogorov-Smirnov test, two-sided, with scipy.stats.ks_2samp's method choice: the exact
 * lattice-path probability when both samples have at most 10000 values, else the finite-n kstwo
 * distribution at n = round(n1·n2 / (n1 + n2)).
 */
import { kstwoSf } from "./kolmogorov";
import { sortedFinite } from "./samples";

export type KsMethod = "auto" | "exact" | "asymp";

export interface KsResult {
  statistic: number;
  pvalue: number;
}

const MAX_AUTO_N = 10000;
const INT32_MAX = 2147483647;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Largest and smallest difference of the empirical CDFs (F1 − F2), evaluated at every sample value. */
export function ecdfDifferenceExtremes(a: Float64Array, b: Float64Array): { max: number; min: number } {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let max = -Infinity;
  let min = Infinity;
  while (i < n1 || j < n2) {
    const value = j >= n2 || (i < n1 && a[i] <= b[j]) ? a[i] : b[j];
    while (i < n1 && a[i] <= value) i++;
    while (j < n2 && b[j] <= value) j++;
    const difference = i / n1 - j / n2;
    if (difference > max) max = difference;
    if (difference < min) min = difference;
  }
  return { max, min };
}

/** Pr(D_{n,n} ≥ h/n): the proportion of paths that leave the band |x − y| < h. */
export function probabilityOutsideSquare(n: number, h: number): number {
  let p = 0.0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1.0;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    p = p1 * (1.0 - p);
    k -= 1;
  }
  return 2 * p;
}

/**
 * The proportion of lattice paths from (0, 0) to (m, n) that do not stay strictly inside
 * |x/m − y/n| < h/lcm(m, n), by Hodges' inside method rearranged to yield 1 − p directly (Viehmann 2021).
 */
export function probabilityOutsideBand(m: number, n: number, g: number, h: number): number {
  if (m < n) [m, n] = [n, m];
  const mg = Math.trunc(m / g);
  const ng = Math.trunc(n / g);
  let minJ = 0;
  let maxJ = Math.min(Math.ceil(h / mg), n + 1);
  let currentLength = maxJ - minJ;
  const lengthA = Math.min(2 * maxJ + 2, n + 1);
  const a = new Float64Array(lengthA).fill(1);
  for (let q = minJ; q < Math.min(maxJ, lengthA); q++) a[q] = 0.0;
  for (let i = 1; i <= m; i++) {
    const lastMinJ = minJ;
    const lastLength = currentLength;
    minJ = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxJ = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxJ <= minJ) return 1.0;
    let value = minJ === 0 ? 0.0 : 1.0;
    for (let jj = 0; jj < maxJ - minJ; jj++) {
      const j = jj + minJ;
      value = (a[jj + minJ - lastMinJ] * i + value * j) / (i + j);
      a[jj] = value;
    }
    currentLength = maxJ - minJ;
    if (lastLength > currentLength) {
      const from = maxJ - minJ;
      const to = Math.min(from + (lastLength - currentLength), lengthA);
      for (let q = from; q < to; q++) a[q] = 1;
    }
  }
  return a[maxJ - minJ - 1];
}

function exactProbability(n1: number, n2: number, g: number, d: number): { ok: boolean; d: number; p: number } {
  const lcm = Math.trunc(n1 / g) * n2;
  const h = roundHalfEven(d * lcm);
  const dRounded = (h * 1.0) / lcm;
  if (h === 0) return { ok: true, d: dRounded, p: 1.0 };
  const p = n1 === n2 ? probabilityOutsideSquare(n1, h) : probabilityOutsideBand(n1, n2, g, h);
  return { ok: p >= 0 && p <= 1, d: dRounded, p };
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** ks_2samp on samples already sorted ascending and free of NaN. */
export function ks2sampSorted(a: Float64Array, b: Float64Array, method: KsMethod = "auto"): KsResult {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new RangeError("ks2samp needs two non-empty samples");
  const { max, min } = ecdfDifferenceExtremes(a, b);
  const minS = Math.min(Math.max(-min, 0), 1);
  let d = minS > max ? minS : max;
  const g = gcd(n1, n2);
  const n1g = Math.trunc(n1 / g);
  const n2g = Math.trunc(n2 / g);
  let mode: "exact" | "asymp";
  if (method === "auto") mode = Math.max(n1, n2) <= MAX_AUTO_N ? "exact" : "asymp";
  else if (method === "exact") mode = n1g >= INT32_MAX / n2g ? "asymp" : "exact";
  else mode = "asymp";

  let p = -Infinity;
  if (mode === "exact") {
    const exact = exactProbability(n1, n2, g, d);
    d = exact.d;
    p = exact.p;
    if (!exact.ok) mode = "asymp";
  }
  if (mode === "asymp") {
    const big = Math.max(n1, n2);
    const small = Math.min(n1, n2);
    const en = (big * small) / (big + small);
    p = kstwoSf(d, roundHalfEven(en));
  }
  return { statistic: d, pvalue: Math.min(Math.max(p, 0), 1) };
}

/** scipy.stats.ks_2samp(a, b), two-sided; non-finite values are dropped first. */
export function ks2samp(a: ArrayLike<number>, b: ArrayLike<number>, method: KsMethod = "auto"): KsResult {
  return ks2sampSorted(sortedFinite(a), sortedFinite(b), method);
}
