/**
 * Distances between binned distributions: Jensen-Shannon (scipy.spatial.distance.jensenshannon, natural
 * log), PSI and Kullback-Leibler (scipy.stats.entropy) on Evidently's zero-replaced shares, and Hellinger.
 */
import { CompensatedSum } from "./samples";

const SMALL_SHARE = 1e-4;

function total(values: ArrayLike<number>): number {
  const sum = new CompensatedSum();
  for (let i = 0; i < values.length; i++) sum.add(values[i]);
  return sum.value;
}

function checkLengths(p: ArrayLike<number>, q: ArrayLike<number>): void {
  if (p.length !== q.length) throw new RangeError("both distributions need the same bins");
}

/** x·log(x/y) with scipy.special.rel_entr's conventions for zeros. */
function relativeEntropyTerm(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Infinity;
}

/**
 * Evidently's zero replacement: empty bins get a millionth of the smallest non-empty share when that
 * share is at most 1e-4, else 1e-4; the shares are not renormalised.
 */
export function replaceZeroShares(shares: ArrayLike<number>): Float64Array {
  const result = Float64Array.from(shares);
  let smallest = Infinity;
  for (const share of result) if (share !== 0 && share < smallest) smallest = share;
  if (smallest === Infinity) return result;
  const replacement = smallest <= SMALL_SHARE ? smallest / 1000000 : SMALL_SHARE;
  for (let i = 0; i < result.length; i++) if (result[i] === 0) result[i] = replacement;
  return result;
}

export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  checkLengths(p, q);
  const pTotal = total(p);
  const qTotal = total(q);
  const left = new CompensatedSum();
  const right = new CompensatedSum();
  for (let i = 0; i < p.length; i++) {
    const pi = p[i] / pTotal;
    const qi = q[i] / qTotal;
    const mi = (pi + qi) / 2.0;
    left.add(relativeEntropyTerm(pi, mi));
    right.add(relativeEntropyTerm(qi, mi));
  }
  const js = left.value + right.value;
  return Math.sqrt(Math.max(js / 2.0, 0));
}

/** Population stability index Σ (r − c)·ln(r / c) on zero-replaced shares. */
export function psi(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  checkLengths(reference, current);
  const r = replaceZeroShares(reference);
  const c = replaceZeroShares(current);
  const sum = new CompensatedSum();
  for (let i = 0; i < r.length; i++) sum.add((r[i] - c[i]) * Math.log(r[i] / c[i]));
  return sum.value;
}

/** Kullback-Leibler divergence of current from reference: scipy.stats.entropy(r, c) on zero-replaced shares. */
export function kl(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  checkLengths(reference, current);
  const r = replaceZeroShares(reference);
  const c = replaceZeroShares(current);
  const rTotal = total(r);
  const cTotal = total(c);
  const sum = new CompensatedSum();
  for (let i = 0; i < r.length; i++) sum.add(relativeEntropyTerm(r[i] / rTotal, c[i] / cTotal));
  return sum.value;
}

/** Hellinger distance √(1 − Σ √(r·c)), evaluated as √(½ Σ (√r − √c)²) so equal shares give exactly 0. */
export function hellinger(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  checkLengths(reference, current);
  const sum = new CompensatedSum();
  for (let i = 0; i < reference.length; i++) {
    const difference = Math.sqrt(reference[i]) - Math.sqrt(current[i]);
    sum.add(difference * difference);
  }
  return Math.sqrt(Math.min(Math.max(sum.value / 2, 0), 1));
}
