import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  sortFloat64
} from "./chunk-4PKE6JFM.mjs";
import {
  ConfigurationError,
  SettingError
} from "./chunk-44J6QWGP.mjs";

// shared/drift/stats/methods.ts
var DRIFT_METHODS = [
  "ks",
  "wasserstein",
  "psi",
  "jensenshannon",
  "chisquare",
  "z",
  "kl",
  "hellinger"
], ALIASES = {
  jensen_shannon_distance: "jensenshannon",
  normalized_wasserstein_distance: "wasserstein",
  population_stability_index: "psi",
  two_sample_kolmogorov_smirnov_test: "ks",
  pearsons_chi_squared_test: "chisquare",
  kl_div: "kl"
}, P_VALUE_METHODS = /* @__PURE__ */ new Set(["ks", "chisquare", "z"]);
function isPValueMethod(method) {
  return P_VALUE_METHODS.has(method);
}
function defaultThreshold(method) {
  return isPValueMethod(method) ? 0.05 : 0.1;
}
function isDrift(method, score, threshold) {
  return method === "ks" ? score <= threshold : isPValueMethod(method) ? score < threshold : score >= threshold;
}
function parseDriftMethod(name) {
  let key = name.trim().toLowerCase();
  if (DRIFT_METHODS.includes(key)) return key;
  let alias = ALIASES[key];
  if (alias) return alias;
  throw new ConfigurationError(
    `Unknown drift method "${name}". Accepted: ${[...DRIFT_METHODS, ...Object.keys(ALIASES)].join(", ")}.`
  );
}

// shared/drift/stats/samples.ts
function sortedFinite(values) {
  if (values instanceof Float64Array && isSortedFinite(values)) return values;
  let finite = 0;
  for (let i = 0; i < values.length; i++) Number.isFinite(values[i]) && finite++;
  let copy;
  if (finite === values.length)
    copy = values instanceof Float64Array ? values.slice() : Float64Array.from(values);
  else {
    copy = new Float64Array(finite);
    let k = 0;
    for (let i = 0; i < values.length; i++) {
      let v = values[i];
      Number.isFinite(v) && (copy[k++] = v);
    }
  }
  return sortFloat64(copy);
}
function sortedValues(column) {
  return column.sorted ? column.values : sortedFinite(column.values);
}
function isSortedFinite(values) {
  for (let i = 0; i < values.length; i++)
    if (!Number.isFinite(values[i]) || i > 0 && values[i] < values[i - 1]) return !1;
  return !0;
}
function countDistinctSorted(sorted) {
  if (sorted.length === 0) return 0;
  let count = 1;
  for (let i = 1; i < sorted.length; i++) sorted[i] !== sorted[i - 1] && count++;
  return count;
}
var CompensatedSum = class {
  sum = 0;
  compensation = 0;
  add(value) {
    let t = this.sum + value;
    if (!Number.isFinite(t)) {
      this.sum = t;
      return;
    }
    Math.abs(this.sum) >= Math.abs(value) ? this.compensation += this.sum - t + value : this.compensation += value - t + this.sum, this.sum = t;
  }
  get value() {
    return Number.isFinite(this.sum) ? this.sum + this.compensation : this.sum;
  }
};

// shared/drift/stats/binning.ts
var HISTOGRAM_MIN_DISTINCT = 20;
function sturgesEdges(min, max2, size) {
  let first = min, last = max2, range = max2 - min;
  first === last && (first -= 0.5, last += 0.5);
  let binCount = 1;
  if (size > 0) {
    let width = range / (Math.log2(size) + 1);
    width && (binCount = Math.ceil((last - first) / width));
  }
  return linspace(first, last, binCount + 1);
}
function linspace(start, stop, num) {
  let edges = new Float64Array(num), div2 = num - 1, delta = stop - start, step = delta / div2;
  for (let i = 0; i < num; i++) edges[i] = step === 0 ? i / div2 * delta + start : i * step + start;
  return edges[num - 1] = stop, edges;
}
function searchSorted(sorted, value, right) {
  let lo = 0, hi = sorted.length;
  for (; lo < hi; ) {
    let mid = lo + hi >>> 1;
    (right ? sorted[mid] <= value : sorted[mid] < value) ? lo = mid + 1 : hi = mid;
  }
  return lo;
}
function histogramCounts(sorted, edges) {
  let bins = edges.length - 1, counts = new Float64Array(bins), previous = searchSorted(sorted, edges[0], !1);
  for (let i = 0; i < bins; i++) {
    let next = searchSorted(sorted, edges[i + 1], i === bins - 1);
    counts[i] = next - previous, previous = next;
  }
  return counts;
}
function distinctValueCounts(reference, current, withLabels = !0) {
  let size = countDistinctUnion(reference, current), referenceCounts = new Float64Array(size), currentCounts = new Float64Array(size), labels = [], k = 0;
  return mergeDistinct(reference, current, (value, inReference, inCurrent) => {
    referenceCounts[k] = inReference, currentCounts[k] = inCurrent, withLabels && labels.push(String(value)), k++;
  }), { labels, reference: referenceCounts, current: currentCounts };
}
function countDistinctUnion(reference, current, limit = 1 / 0) {
  return mergeDistinct(reference, current, () => {
  }, limit);
}
function mergeDistinct(reference, current, visit, limit = 1 / 0) {
  let i = 0, j = 0, distinct = 0;
  for (; (i < reference.length || j < current.length) && distinct < limit; ) {
    let value = j >= current.length || i < reference.length && reference[i] <= current[j] ? reference[i] : current[j], iStart = i, jStart = j;
    for (; i < reference.length && reference[i] === value; ) i++;
    for (; j < current.length && current[j] === value; ) j++;
    visit(value, i - iStart, j - jStart), distinct++;
  }
  return distinct;
}
function histogramBinCounts(reference, current) {
  let min = Math.min(reference[0], current[0]), max2 = Math.max(reference[reference.length - 1], current[current.length - 1]), edges = sturgesEdges(min, max2, reference.length + current.length), labels = [];
  for (let k = 0; k + 1 < edges.length; k++)
    labels.push(`[${String(edges[k])}, ${String(edges[k + 1])}${k + 2 === edges.length ? "]" : ")"}`);
  return { labels, reference: histogramCounts(reference, edges), current: histogramCounts(current, edges) };
}
function compareCodePoints(a, b) {
  let length = Math.min(a.length, b.length);
  for (let k = 0; k < length; k++) {
    let x = a.charCodeAt(k), y = b.charCodeAt(k);
    if (x === y) continue;
    let xSurrogate = x >= 55296 && x <= 57343, ySurrogate = y >= 55296 && y <= 57343;
    return xSurrogate !== ySurrogate ? xSurrogate ? 1 : -1 : x - y;
  }
  return a.length - b.length;
}
function codeCounts(column) {
  let counts = new Float64Array(column.dictionary.length), codes = column.codes;
  for (let i = 0; i < codes.length; i++) counts[codes[i]]++;
  return counts;
}
function categoryCounts(reference, current) {
  let referenceByCode = codeCounts(reference), currentByCode = codeCounts(current), totals = /* @__PURE__ */ new Map(), collect = (dictionary, counts, side) => {
    for (let code = 0; code < dictionary.length; code++) {
      if (counts[code] === 0) continue;
      let entry = totals.get(dictionary[code]);
      entry || (entry = [0, 0], totals.set(dictionary[code], entry)), entry[side] += counts[code];
    }
  };
  collect(reference.dictionary, referenceByCode, 0), collect(current.dictionary, currentByCode, 1);
  let labels = [...totals.keys()].sort(compareCodePoints);
  return {
    labels,
    reference: Float64Array.from(labels, (label) => totals.get(label)[0]),
    current: Float64Array.from(labels, (label) => totals.get(label)[1])
  };
}
function toShares(counts, total2) {
  return counts.map((count) => count / total2);
}

// shared/drift/stats/gamma.ts
var EPSILON = Number.EPSILON / 2, MAX_ITERATIONS = 1e7, TINY = 1e-300, STIRLING_MIN = 15, HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
function stirlingCorrection(z) {
  let r = 1 / z, r2 = r * r;
  return r * (1 / 12 + r2 * (-1 / 360 + r2 * (1 / 1260 + r2 * (-1 / 1680 + r2 * (1 / 1188 + r2 * (-691 / 360360 + r2 * (1 / 156)))))));
}
function logGamma(a) {
  let z = a, product = 1;
  for (; z < STIRLING_MIN; )
    product *= z, z += 1;
  let stirling = (z - 0.5) * Math.log(z) - z + HALF_LOG_2PI + stirlingCorrection(z);
  return product === 1 ? stirling : stirling - Math.log(product);
}
function log1pMinusX(s) {
  if (Math.abs(s) > 0.5) return Math.log1p(s) - s;
  let u = s / (2 + s), u2 = u * u, power = u * u2, series = 0;
  for (let k = 3; k < 200; k += 2) {
    let term = power / k;
    if (series += term, Math.abs(term) <= EPSILON * Math.abs(series)) break;
    power *= u2;
  }
  return -s * s / (2 + s) + 2 * series;
}
function prefactor(a, x) {
  if (a >= STIRLING_MIN) {
    let sigma = (x - a) / a;
    return Math.exp(a * log1pMinusX(sigma) + 0.5 * Math.log(a / (2 * Math.PI)) - stirlingCorrection(a));
  }
  return Math.exp(a * Math.log(x) - x - logGamma(a));
}
function lowerSeries(a, x) {
  let factor = prefactor(a, x);
  if (factor === 0) return 0;
  let r = a, c = 1, sum = 1;
  for (let i = 0; i < MAX_ITERATIONS && (r += 1, c *= x / r, sum += c, !(c <= EPSILON * sum)); i++)
    ;
  return sum * factor / a;
}
function upperContinuedFraction(a, x) {
  let factor = prefactor(a, x);
  if (factor === 0) return 0;
  let b = x + 1 - a, c = 1 / TINY, d = 1 / b, h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    let an = -i * (i - a);
    b += 2, d = an * d + b, Math.abs(d) < TINY && (d = TINY), c = b + an / c, Math.abs(c) < TINY && (c = TINY), d = 1 / d;
    let delta = d * c;
    if (h *= delta, Math.abs(delta - 1) <= EPSILON) break;
  }
  return factor * h;
}
function upperIncompleteGammaQ(a, x) {
  return Number.isNaN(a) || Number.isNaN(x) || x < 0 || a <= 0 ? NaN : x === 0 ? 1 : x === 1 / 0 ? 0 : a === 1 / 0 ? 1 : x < a + 1 ? 1 - lowerSeries(a, x) : upperContinuedFraction(a, x);
}
function chi2Sf(x, df) {
  return Number.isNaN(x) || !(df > 0) ? NaN : x <= 0 ? 1 : upperIncompleteGammaQ(df / 2, x / 2);
}
function normalTwoSidedP(z) {
  return Number.isNaN(z) ? NaN : upperIncompleteGammaQ(0.5, z * z / 2);
}

// shared/drift/stats/chisquare.ts
var SUM_TOLERANCE = 1e-8;
function chisquare(observed, expected) {
  if (observed.length !== expected.length) throw new RangeError("observed and expected frequencies differ in length");
  let observedSum = new CompensatedSum(), expectedSum = new CompensatedSum(), statistic = new CompensatedSum();
  for (let i = 0; i < observed.length; i++) {
    observedSum.add(observed[i]), expectedSum.add(expected[i]);
    let difference = observed[i] - expected[i];
    statistic.add(difference * difference / expected[i]);
  }
  if (Math.abs(observedSum.value - expectedSum.value) / Math.min(observedSum.value, expectedSum.value) > SUM_TOLERANCE)
    throw new RangeError("the observed and expected frequencies must have the same total");
  return { statistic: statistic.value, pvalue: chi2Sf(statistic.value, observed.length - 1) };
}

// shared/drift/stats/distances.ts
var SMALL_SHARE = 1e-4;
function total(values) {
  let sum = new CompensatedSum();
  for (let i = 0; i < values.length; i++) sum.add(values[i]);
  return sum.value;
}
function checkLengths(p, q) {
  if (p.length !== q.length) throw new RangeError("both distributions need the same bins");
}
function relativeEntropyTerm(x, y) {
  return x > 0 && y > 0 ? x * Math.log(x / y) : x === 0 && y >= 0 ? 0 : 1 / 0;
}
function replaceZeroShares(shares) {
  let result = Float64Array.from(shares), smallest = 1 / 0;
  for (let share of result) share !== 0 && share < smallest && (smallest = share);
  if (smallest === 1 / 0) return result;
  let replacement = smallest <= SMALL_SHARE ? smallest / 1e6 : SMALL_SHARE;
  for (let i = 0; i < result.length; i++) result[i] === 0 && (result[i] = replacement);
  return result;
}
function jensenShannonDistance(p, q) {
  checkLengths(p, q);
  let pTotal = total(p), qTotal = total(q), left = new CompensatedSum(), right = new CompensatedSum();
  for (let i = 0; i < p.length; i++) {
    let pi = p[i] / pTotal, qi = q[i] / qTotal, mi = (pi + qi) / 2;
    left.add(relativeEntropyTerm(pi, mi)), right.add(relativeEntropyTerm(qi, mi));
  }
  let js = left.value + right.value;
  return Math.sqrt(Math.max(js / 2, 0));
}
function psi(reference, current) {
  checkLengths(reference, current);
  let r = replaceZeroShares(reference), c = replaceZeroShares(current), sum = new CompensatedSum();
  for (let i = 0; i < r.length; i++) sum.add((r[i] - c[i]) * Math.log(r[i] / c[i]));
  return sum.value;
}
function kl(reference, current) {
  checkLengths(reference, current);
  let r = replaceZeroShares(reference), c = replaceZeroShares(current), rTotal = total(r), cTotal = total(c), sum = new CompensatedSum();
  for (let i = 0; i < r.length; i++) sum.add(relativeEntropyTerm(r[i] / rTotal, c[i] / cTotal));
  return sum.value;
}
function hellinger(reference, current) {
  checkLengths(reference, current);
  let sum = new CompensatedSum();
  for (let i = 0; i < reference.length; i++) {
    let difference = Math.sqrt(reference[i]) - Math.sqrt(current[i]);
    sum.add(difference * difference);
  }
  return Math.sqrt(Math.min(Math.max(sum.value / 2, 0), 1));
}

// shared/drift/stats/doubleDouble.ts
var DD_ONE = { hi: 1, lo: 0 }, DD_ZERO = { hi: 0, lo: 0 }, SPLITTER = 134217729, SPLIT_THRESHOLD = 669692879491417e285;
function dd(hi, lo) {
  return { hi, lo };
}
function twoSum(a, b) {
  let s = a + b, bb = s - a;
  return dd(s, a - (s - bb) + (b - bb));
}
function quickTwoSum(a, b) {
  let s = a + b;
  return dd(s, b - (s - a));
}
function split(a) {
  if (a > SPLIT_THRESHOLD || a < -SPLIT_THRESHOLD) {
    let scaled = a * 3725290298461914e-24, t2 = SPLITTER * scaled, hi2 = t2 - (t2 - scaled);
    return [hi2 * 268435456, (scaled - hi2) * 268435456];
  }
  let t = SPLITTER * a, hi = t - (t - a);
  return [hi, a - hi];
}
function twoProd(a, b) {
  let p = a * b, [ah, al] = split(a), [bh, bl] = split(b);
  return dd(p, ah * bh - p + ah * bl + al * bh + al * bl);
}
function add(a, b) {
  let s = twoSum(a.hi, b.hi), t = twoSum(a.lo, b.lo), r = quickTwoSum(s.hi, s.lo + t.hi);
  return r = quickTwoSum(r.hi, r.lo + t.lo), r;
}
function addNumber(a, b) {
  let s = twoSum(a.hi, b);
  return quickTwoSum(s.hi, s.lo + a.lo);
}
function negate(a) {
  return dd(-a.hi, -a.lo);
}
function sub(a, b) {
  return add(a, negate(b));
}
function mulNumber(a, b) {
  let p = twoProd(a.hi, b);
  return quickTwoSum(p.hi, p.lo + a.lo * b);
}
function div(a, b) {
  let q1 = a.hi / b.hi, r = sub(a, mulNumber(b, q1)), q2 = r.hi / b.hi;
  r = sub(r, mulNumber(b, q2));
  let q3 = r.hi / b.hi;
  return addNumber(quickTwoSum(q1, q2), q3);
}
function inverse(a) {
  return div(DD_ONE, a);
}
function floorDD(a) {
  let hi = Math.floor(a.hi);
  return hi !== a.hi ? dd(hi, 0) : quickTwoSum(hi, Math.floor(a.lo));
}
function isZero(a) {
  return a.hi === 0;
}
var scratch = new Float64Array(1), scratchBits = new Uint32Array(scratch.buffer), TWO_POW_64 = 18446744073709552e3;
function frexp(x) {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let adjust = 0;
  Math.abs(x) < 22250738585072014e-324 && (x *= TWO_POW_64, adjust = -64), scratch[0] = x;
  let biased = scratchBits[1] >>> 20 & 2047;
  return scratchBits[1] = scratchBits[1] & 2148532223 | 1022 << 20, [scratch[0], biased - 1022 + adjust];
}
function ldexp(x, exponent) {
  if (x === 0 || !Number.isFinite(x)) return x;
  for (; exponent > 1023; )
    if (x *= 898846567431158e293, exponent -= 1023, !Number.isFinite(x)) return x;
  for (; exponent < -1022; )
    if (exponent < -1075) {
      if (x *= 22250738585072014e-324, exponent += 1022, x === 0) return x;
    } else {
      let [m, e] = frexp(x);
      return m * Math.pow(2, e + exponent);
    }
  return x * Math.pow(2, exponent);
}

// shared/drift/stats/smirnov.ts
var { abs, floor, log2, max, pow } = Math, UNDERFLOW_LOG = -960 * Math.LN2, MAX_EXACT_N = 1e6, UPPER_SUM_MAX_TERMS = 3, UPPER_SUM_MIN_N = 10, MIN_LOG = -745.1332191019412, MAX_EXPONENT = 960, EPSILON2 = Number.EPSILON;
function powDD(a, m) {
  if (m <= 0)
    return m === 0 ? DD_ONE : inverse(powDD(a, -m));
  if (isZero(a)) return DD_ZERO;
  let ans = Math.pow(a.hi, m), r = a.lo / a.hi, adjust = m * r;
  return Math.abs(adjust) > 1e-8 && (Math.abs(adjust) < 1e-4 ? adjust += m * r * ((m - 1) / 2 * r) : adjust = Math.expm1(m * Math.log1p(r))), twoSum(ans, ans * adjust);
}
function powRatio(a, b, c, d, m) {
  if (m <= 0)
    return m === 0 ? DD_ONE : powRatio(c, d, a, b, -m);
  let numerator = twoSum(a, b), denominator = twoSum(c, d);
  return isZero(numerator) ? isZero(denominator) ? { hi: NaN, lo: NaN } : DD_ZERO : isZero(denominator) ? numerator.hi < 0 ? { hi: -1 / 0, lo: 0 } : { hi: 1 / 0, lo: 0 } : powDD(div(numerator, denominator), m);
}
function splitNx(n, x) {
  let nxD = twoProd(n, x), floorD = floorDD(nxD), alpha = sub(nxD, floorD).hi, floor2 = floorD.hi + floorD.lo;
  return alpha === 1 && (floor2 += 1, alpha = 0), { floor: floor2, alpha };
}
var POW2 = new Float64Array(2100);
for (let e = -1074; e <= 1023; e++) POW2[e + 1074] = pow(2, e);
function timesPowerOfTwo(x, exponent) {
  return exponent < -1077 ? 0 : exponent > 1023 ? x * (1 / 0) : x * POW2[exponent + 1074];
}
var FRAME = new Float64Array(1), FRAME_BITS = new Uint32Array(FRAME.buffer), frexpMantissa = 0, frexpExponent = 0;
function frexpInto(x) {
  FRAME[0] = x;
  let high = FRAME_BITS[1], biased = high >>> 20 & 2047, adjust = 0;
  biased === 0 && (FRAME[0] = x * 18446744073709552e3, high = FRAME_BITS[1], biased = high >>> 20 & 2047, adjust = -64), FRAME_BITS[1] = high & 2148532223 | 1071644672, frexpMantissa = FRAME[0], frexpExponent = biased - 1022 + adjust;
}
function productError(a, b, p) {
  let ta = 134217729 * a, ah = ta - (ta - a), al = a - ah, tb = 134217729 * b, bh = tb - (tb - b), bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}
var ddHi = 0, ddLo = 0;
function quotientPlus(a, b, c) {
  let q1 = a / b, p = q1 * b, pErr = productError(q1, b, p), q2 = (a - p - pErr) / b, s = q1 + c, bb = s - q1, e = q1 - (s - bb) + (c - bb) + q2;
  ddHi = s + e, ddLo = e - (ddHi - s);
}
var powerMantissa = 0, powerExponent = 0;
function scaledPower(hi, lo, m) {
  frexpInto(hi);
  let y = frexpMantissa, yExponent = frexpExponent, r = lo / hi, adjust = m * r;
  abs(adjust) > 1e-8 && (adjust = abs(adjust) < 1e-4 ? adjust + m * r * ((m - 1) / 2 * r) : Math.expm1(m * Math.log1p(r)));
  let mantissa, exponent = m * yExponent;
  if (m * (y - 1) / y >= UNDERFLOW_LOG)
    mantissa = pow(y, m);
  else {
    let chunk = max(1, floor(-MAX_EXPONENT / log2(y))), q = floor(m / chunk);
    frexpInto(pow(y, m - q * chunk)), mantissa = frexpMantissa, exponent += frexpExponent, frexpInto(pow(y, chunk));
    let base = frexpMantissa, baseExponent = frexpExponent;
    for (; q > 0; )
      q & 1 && (frexpInto(mantissa * base), mantissa = frexpMantissa, exponent += frexpExponent + baseExponent), q = floor(q / 2), q > 0 && (frexpInto(base * base), base = frexpMantissa, baseExponent = 2 * baseExponent + frexpExponent);
  }
  frexpInto(mantissa + mantissa * adjust), powerMantissa = frexpMantissa, powerExponent = exponent + frexpExponent;
}
function clip01(p) {
  return p < 0 ? 0 : Math.min(p, 1);
}
function smirnov(n, x) {
  if (Number.isNaN(x)) return NaN;
  if (!(n > 0 && x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  let { floor: nxFloor, alpha } = splitNx(n, x), n1mxFloor = n - nxFloor - (alpha === 0 ? 0 : 1), n1mxCeil = n - nxFloor;
  if (alpha === 0 && (n1mxFloor -= 1, n1mxCeil += 1), nxFloor === 0 || nxFloor === 1 && alpha === 0) {
    let t = powDD(twoSum(1, x), n - 1).hi;
    return clip01(1 - x * t);
  }
  if (-2 * n * x * x < MIN_LOG) return 0;
  if (nxFloor >= n - 1) return clip01(powDD(twoSum(1, -x), n).hi);
  if (n > MAX_EXACT_N) {
    let logp = -pow(6 * n * x + 1, 2) / 18 / n, sf = logp < -Math.LN2 ? Math.exp(logp) : 1 - -Math.expm1(logp);
    return clip01(sf);
  }
  let nUpperTerms = n - n1mxCeil + 1, useUpperSum = nUpperTerms <= 1 && x < 0.5 || n >= UPPER_SUM_MIN_N && nUpperTerms <= UPPER_SUM_MAX_TERMS && x <= 0.5 / Math.sqrt(n), start = 0, step = 1, nTerms = n1mxFloor + 1, aj;
  useUpperSum ? (start = n, step = -1, nTerms = n - n1mxCeil + 1, aj = powRatio(1, x, 1, 0, n - 1)) : aj = div(powRatio(1, -x, 1, 0, n), { hi: x, lo: 0 });
  let sumHi = aj.hi, sumLo = aj.lo;
  frexpInto(n);
  let cHi = frexpMantissa, cLo = 0, cExponent = frexpExponent, vMid = Math.trunc(n / 2);
  for (let j = 1; j < nTerms; j += 1) {
    let v = start + j * step;
    quotientPlus(n - v, n, -x), scaledPower(ddHi, ddLo, n - v);
    let t2Mantissa = powerMantissa, t2Exponent = powerExponent, t1Mantissa = 1, t1Exponent = 0;
    v !== 1 && (quotientPlus(v, n, x), scaledPower(ddHi, ddLo, v - 1), t1Mantissa = powerMantissa, t1Exponent = powerExponent);
    let termValue = timesPowerOfTwo(cHi * t1Mantissa * t2Mantissa, cExponent + t1Exponent + t2Exponent);
    if (Number.isFinite(termValue) && termValue !== 0) {
      let t = sumHi + termValue, bb = t - sumHi, e = sumHi - (t - bb) + (termValue - bb) + sumLo;
      sumHi = t + e, sumLo = e - (sumHi - t);
    }
    if (termValue !== 0) {
      if (4 * (nTerms - j) * abs(termValue) < EPSILON2 * sumHi && j !== nTerms - 1) break;
    } else if (j > vMid)
      break;
    quotientPlus(n - j, j + 1, 0);
    let p = cHi * ddHi, pErr = productError(cHi, ddHi, p) + (cHi * ddLo + cLo * ddHi), hi = p + pErr, lo = pErr - (hi - p);
    frexpInto(hi), cHi = frexpMantissa, cLo = timesPowerOfTwo(lo, -frexpExponent), cExponent += frexpExponent;
  }
  let prob = mulNumber({ hi: sumHi, lo: sumLo }, x).hi;
  return clip01(step < 0 ? 1 - prob : prob);
}

// shared/drift/stats/kolmogorov.ts
var E128 = 128, EP128 = Math.pow(2, E128), EM128 = Math.pow(2, -E128), SQRT2PI = Math.sqrt(2 * Math.PI), LOG_2PI = Math.log(2 * Math.PI), MIN_LOG2 = -708, SQRT3 = Math.sqrt(3), PI_SQUARED = Math.PI ** 2, PI_FOUR = Math.PI ** 4, PI_SIX = Math.PI ** 6, STIRLING_COEFFICIENTS = [
  -0.029550653594771242,
  0.00641025641025641,
  -0.0019175269175269176,
  8417508417508417e-19,
  -5952380952380953e-19,
  7936507936507937e-19,
  -0.002777777777777778,
  0.08333333333333333
];
function polyval(coefficients, x) {
  let result = 0;
  for (let c of coefficients) result = result * x + c;
  return result;
}
function logFactorialOverPower(n) {
  let rn = 1 / n;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * polyval(STIRLING_COEFFICIENTS, rn / n);
}
function clip012(p) {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}
function select(cdfProbability, sfProbability, cdf) {
  return clip012(cdf ? cdfProbability : sfProbability);
}
function matmul(a, b, m) {
  let c = new Float64Array(m * m);
  for (let i = 0; i < m; i++)
    for (let k = 0; k < m; k++) {
      let aik = a[i * m + k];
      if (aik === 0) continue;
      let rowB = k * m, rowC = i * m;
      for (let j = 0; j < m; j++) c[rowC + j] += aik * b[rowB + j];
    }
  return c;
}
function durbinMatrix(n, d, cdf) {
  if (d >= 1) return select(1, 0, cdf);
  let nd = n * d;
  if (nd <= 0.5) return select(0, 1, cdf);
  let k = Math.ceil(nd), h = k - nd, m = 2 * k - 1, v = new Float64Array(m), w = new Float64Array(m), fac = 1;
  for (let j = 1; j <= m; j++)
    v[j - 1] = 1 - Math.pow(h, j), w[j - 1] = fac, fac /= j, v[j - 1] *= fac;
  let tt = Math.pow(Math.max(2 * h - 1, 0), m) - 2 * Math.pow(h, m);
  v[m - 1] = (1 + tt) * fac;
  let hMatrix = new Float64Array(m * m);
  for (let i = 1; i < m; i++)
    for (let r = i - 1; r < m; r++) hMatrix[r * m + i] = w[r - (i - 1)];
  for (let r = 0; r < m; r++) hMatrix[r * m] = v[r];
  for (let c = 0; c < m; c++) hMatrix[(m - 1) * m + c] = v[m - 1 - c];
  let power = new Float64Array(m * m);
  for (let i = 0; i < m; i++) power[i * m + i] = 1;
  let nn = n, exponent = 0, hExponent = 0, diagonal = (k - 1) * m + (k - 1);
  for (; nn > 0; ) {
    if (nn % 2 && (power = matmul(power, hMatrix, m), exponent += hExponent), hMatrix = matmul(hMatrix, hMatrix, m), hExponent *= 2, Math.abs(hMatrix[diagonal]) > EP128) {
      for (let i = 0; i < hMatrix.length; i++) hMatrix[i] /= EP128;
      hExponent += E128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = power[diagonal];
  for (let i = 1; i <= n; i++)
    p = i * p / n, Math.abs(p) < EM128 && (p *= EP128, exponent -= E128);
  return exponent !== 0 && (p = ldexp(p, exponent)), select(p, 1 - p, cdf);
}
function pomeranzBounds(i, n, ll, ceilF, roundF) {
  let j1, j2;
  if (i === 0)
    j1 = -ll - ceilF - 1, j2 = ll + ceilF - 1;
  else {
    let half = Math.floor((i + 1) / 2);
    (i + 1) % 2 === 0 ? half === n + 1 ? (j1 = n - ll - ceilF - 1, j2 = n + ll + ceilF - 1) : (j1 = half - 1 - ll - roundF - 1, j2 = half + ll - 1 + ceilF - 1) : (j1 = half - 1 - ll - 1, j2 = half + ll + roundF - 1);
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
function sliceBounds(length, start, stop) {
  let s = start < 0 ? Math.max(length + start, 0) : Math.min(start, length), e = stop < 0 ? Math.max(length + stop, 0) : Math.min(stop, length);
  return [s, Math.max(s, e)];
}
function pomeranz(n, x, cdf) {
  let t = n * x, ll = Math.floor(t), f = 1 * (t - ll), g = Math.min(f, 1 - f), ceilF = f > 0 ? 1 : 0, roundF = f > 0.5 ? 1 : 0, nPowers = 2 * (ll + 1), gPower = new Float64Array(nPowers), twoGPower = new Float64Array(nPowers), oneMinusTwoGPower = new Float64Array(nPowers);
  gPower[0] = 1, twoGPower[0] = 1, oneMinusTwoGPower[0] = 1;
  let exponent = 0, gOverN = g / n, twoGOverN = 2 * g / n, oneMinusTwoGOverN = (1 - 2 * g) / n;
  for (let m = 1; m < nPowers; m++)
    gPower[m] = gPower[m - 1] * gOverN / m, twoGPower[m] = twoGPower[m - 1] * twoGOverN / m, oneMinusTwoGPower[m] = oneMinusTwoGPower[m - 1] * oneMinusTwoGOverN / m;
  let v0 = new Float64Array(nPowers), v1 = new Float64Array(nPowers);
  v1[0] = 1;
  let v0Start = 0, v1Start = 0, [j1, j2] = pomeranzBounds(0, n, ll, ceilF, roundF);
  for (let i = 1; i < 2 * n + 2; i++) {
    let k1 = j1;
    [v0, v1] = [v1, v0], [v0Start, v1Start] = [v1Start, v0Start], v1.fill(0), [j1, j2] = pomeranzBounds(i, n, ll, ceilF, roundF);
    let powers = i === 1 || i === 2 * n + 1 ? gPower : i % 2 ? twoGPower : oneMinusTwoGPower, ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      let [as, ae] = sliceBounds(nPowers, k1 - v0Start, k1 - v0Start + ln2), [, pe] = sliceBounds(nPowers, 0, ln2), aLength = ae - as, convolution = new Float64Array(aLength + pe - 1);
      for (let p = 0; p < aLength; p++) {
        let value = v0[as + p];
        if (value !== 0)
          for (let q = 0; q < pe; q++) convolution[p + q] += value * powers[q];
      }
      let convStart = j1 - k1, convLength = j2 - j1 + 1;
      for (let q = 0; q < convLength; q++) v1[q] = convolution[convStart + q];
      let max2 = -1 / 0;
      for (let q = 0; q < nPowers; q++) v1[q] > max2 && (max2 = v1[q]);
      if (max2 > 0 && max2 < EM128) {
        for (let q = 0; q < nPowers; q++) v1[q] *= EP128;
        exponent -= E128;
      }
      v1Start = v0Start + j1 - k1;
    }
  }
  let index = n - v1Start, answer = v1[index < 0 ? nPowers + index : index];
  for (let m = 1; m <= n; m++)
    Math.abs(answer) > EP128 && (answer *= EM128, exponent += E128), answer *= m;
  return exponent !== 0 && (answer = ldexp(answer, exponent)), select(answer, 1 - answer, cdf);
}
function pelzGood(n, x, cdf) {
  if (x <= 0) return select(0, 1, cdf);
  if (x >= 1) return select(1, 0, cdf);
  let z = Math.sqrt(n) * x, zSquared = z ** 2, zThree = z ** 3, zFour = z ** 4, zSix = z ** 6, qLog = -PI_SQUARED / 8 / zSquared;
  if (qLog < MIN_LOG2) return select(0, 1, cdf);
  let q = Math.exp(qLog), k1a = -zSquared, k1b = PI_SQUARED / 4, k2a = 6 * zSix + 2 * zFour, k2b = (2 * zFour - 5 * zSquared) * PI_SQUARED / 4, k2c = PI_FOUR * (1 - 2 * zSquared) / 16, k3d = PI_SIX * (5 - 30 * zSquared) / 64, k3c = PI_FOUR * (-60 * zSquared + 212 * zFour) / 16, k3b = PI_SQUARED * (135 * zFour - 96 * zSix) / 4, k3a = -30 * zSix - 90 * z ** 8, terms = [0, 0, 0, 0], maxK = Math.ceil(16 * z / Math.PI);
  for (let k = maxK; k > 0; k--) {
    let m = 2 * k - 1, mSquared = m ** 2, mFour = m ** 4, mSix = m ** 6, qPower = Math.pow(q, 8 * k), coefficients = [
      1,
      k1a + k1b * mSquared,
      k2a + k2b * mSquared + k2c * mFour,
      k3a + k3b * mSquared + k3c * mFour + k3d * mSix
    ];
    for (let i = 0; i < 4; i++) terms[i] = terms[i] * qPower + coefficients[i];
  }
  let divisors = [z, 6 * zFour, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) terms[i] = terms[i] * q * SQRT2PI / divisors[i];
  q = Math.exp(-PI_SQUARED / 2 / zSquared);
  let sqrt3z = SQRT3 * z, k2Extra = 0, k3Extra = 0;
  for (let k = maxK; k > 0; k--) {
    let kSquared = k ** 2, qPower = Math.pow(q, kSquared), kPi = Math.PI * k;
    k2Extra += kSquared * qPower, k3Extra += (sqrt3z + kPi) * (sqrt3z - kPi) * kSquared * qPower;
  }
  terms[2] += k2Extra * (PI_SQUARED * SQRT2PI / (-36 * zThree)), terms[3] += k3Extra * (PI_SQUARED * SQRT2PI / (216 * zSix));
  for (let i = 0; i < 4; i++) terms[i] /= Math.pow(n * 1, i / 2);
  if (!cdf) {
    for (let i = 0; i < 4; i++) terms[i] *= -1;
    terms[0] += 1;
  }
  return terms[0] + terms[1] + terms[2] + terms[3];
}
function kolmogorovN(n, x, cdf) {
  if (Number.isNaN(n) || Number.isNaN(x)) return NaN;
  if (!Number.isInteger(n) || n <= 0) return NaN;
  if (x >= 1) return select(1, 0, cdf);
  if (x <= 0) return select(0, 1, cdf);
  let t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return select(0, 1, cdf);
    let prob;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    } else
      prob = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    return select(prob, 1 - prob, cdf);
  }
  if (t >= n - 1) {
    let prob = 2 * Math.pow(1 - x, n);
    return select(1 - prob, prob, cdf);
  }
  if (x >= 0.5) {
    let prob = 2 * smirnov(n, x);
    return select(1 - prob, prob, cdf);
  }
  let nxSquared = t * x;
  if (n <= 140) {
    if (nxSquared <= 0.754693) {
      let prob2 = durbinMatrix(n, x, !0);
      return select(prob2, 1 - prob2, cdf);
    }
    if (nxSquared <= 4) {
      let prob2 = pomeranz(n, x, !0);
      return select(prob2, 1 - prob2, cdf);
    }
    let prob = 2 * smirnov(n, x);
    return select(1 - prob, prob, cdf);
  }
  if (!cdf) {
    if (nxSquared >= 370) return 0;
    if (nxSquared >= 2.2) return clip012(2 * smirnov(n, x));
  }
  let cdfProbability;
  return nxSquared >= 18 ? cdfProbability = 1 : n <= 1e5 && n * x ** 1.5 <= 1.4 ? cdfProbability = durbinMatrix(n, x, !0) : cdfProbability = pelzGood(n, x, !0), select(cdfProbability, 1 - cdfProbability, cdf);
}
function kstwoSf(d, n) {
  return Number.isNaN(d) || !(n >= 1) || !Number.isInteger(n) ? NaN : d <= 0.5 / n ? 1 : d >= 1 ? 0 : kolmogorovN(n, d, !1);
}

// shared/drift/stats/ks.ts
var MAX_AUTO_N = 1e4, INT32_MAX = 2147483647;
function gcd(a, b) {
  for (; b; ) [a, b] = [b, a % b];
  return a;
}
function ecdfDifferenceExtremes(a, b) {
  let n1 = a.length, n2 = b.length, i = 0, j = 0, max2 = -1 / 0, min = 1 / 0;
  for (; i < n1 || j < n2; ) {
    let value = j >= n2 || i < n1 && a[i] <= b[j] ? a[i] : b[j];
    for (; i < n1 && a[i] <= value; ) i++;
    for (; j < n2 && b[j] <= value; ) j++;
    let difference = i / n1 - j / n2;
    difference > max2 && (max2 = difference), difference < min && (min = difference);
  }
  return { max: max2, min };
}
function probabilityOutsideSquare(n, h) {
  let p = 0, k = Math.floor(n / h);
  for (; k >= 0; ) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
    p = p1 * (1 - p), k -= 1;
  }
  return 2 * p;
}
function probabilityOutsideBand(m, n, g, h) {
  m < n && ([m, n] = [n, m]);
  let mg = Math.trunc(m / g), ng = Math.trunc(n / g), minJ = 0, maxJ = Math.min(Math.ceil(h / mg), n + 1), currentLength = maxJ - minJ, lengthA = Math.min(2 * maxJ + 2, n + 1), a = new Float64Array(lengthA).fill(1);
  for (let q = minJ; q < Math.min(maxJ, lengthA); q++) a[q] = 0;
  for (let i = 1; i <= m; i++) {
    let lastMinJ = minJ, lastLength = currentLength;
    if (minJ = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n), maxJ = Math.min(Math.ceil((ng * i + h) / mg), n + 1), maxJ <= minJ) return 1;
    let value = minJ === 0 ? 0 : 1;
    for (let jj = 0; jj < maxJ - minJ; jj++) {
      let j = jj + minJ;
      value = (a[jj + minJ - lastMinJ] * i + value * j) / (i + j), a[jj] = value;
    }
    if (currentLength = maxJ - minJ, lastLength > currentLength) {
      let from = maxJ - minJ, to = Math.min(from + (lastLength - currentLength), lengthA);
      for (let q = from; q < to; q++) a[q] = 1;
    }
  }
  return a[maxJ - minJ - 1];
}
function exactProbability(n1, n2, g, d) {
  let lcm = Math.trunc(n1 / g) * n2, h = roundHalfEven(d * lcm), dRounded = h * 1 / lcm;
  if (h === 0) return { ok: !0, d: dRounded, p: 1 };
  let p = n1 === n2 ? probabilityOutsideSquare(n1, h) : probabilityOutsideBand(n1, n2, g, h);
  return { ok: p >= 0 && p <= 1, d: dRounded, p };
}
function roundHalfEven(x) {
  let r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
function ks2sampSorted(a, b, method = "auto") {
  let n1 = a.length, n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new RangeError("ks2samp needs two non-empty samples");
  let { max: max2, min } = ecdfDifferenceExtremes(a, b), minS = Math.min(Math.max(-min, 0), 1), d = minS > max2 ? minS : max2, g = gcd(n1, n2), n1g = Math.trunc(n1 / g), n2g = Math.trunc(n2 / g), mode;
  method === "auto" ? mode = Math.max(n1, n2) <= MAX_AUTO_N ? "exact" : "asymp" : method === "exact" ? mode = n1g >= INT32_MAX / n2g ? "asymp" : "exact" : mode = "asymp";
  let p = -1 / 0;
  if (mode === "exact") {
    let exact = exactProbability(n1, n2, g, d);
    d = exact.d, p = exact.p, exact.ok || (mode = "asymp");
  }
  if (mode === "asymp") {
    let big = Math.max(n1, n2), small = Math.min(n1, n2), en = big * small / (big + small);
    p = kstwoSf(d, roundHalfEven(en));
  }
  return { statistic: d, pvalue: Math.min(Math.max(p, 0), 1) };
}

// shared/drift/stats/select.ts
var SMALL_REFERENCE = 1e3, CONTINUOUS_MIN_DISTINCT = 5, SELECTION_DISTINCT_LIMIT = CONTINUOUS_MIN_DISTINCT + 1, BINARY_MAX_DISTINCT = 2;
function selectMethod(type, nReference, distinct) {
  let continuous = type === "numerical" && distinct > CONTINUOUS_MIN_DISTINCT;
  return nReference <= SMALL_REFERENCE ? continuous ? "ks" : distinct > BINARY_MAX_DISTINCT ? "chisquare" : "z" : continuous ? "wasserstein" : "jensenshannon";
}

// shared/drift/stats/wasserstein.ts
function wassersteinSorted(a, b) {
  let n1 = a.length, n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new RangeError("wassersteinDistance needs two non-empty samples");
  let sum = new CompensatedSum(), i = 0, j = 0, value = Math.min(a[0], b[0]);
  for (; ; ) {
    for (; i < n1 && a[i] <= value; ) i++;
    for (; j < n2 && b[j] <= value; ) j++;
    if (i === n1 && j === n2) break;
    let next = j >= n2 || i < n1 && a[i] < b[j] ? a[i] : b[j];
    sum.add(Math.abs(i / n1 - j / n2) * (next - value)), value = next;
  }
  return sum.value;
}
function populationStd(values) {
  let n = values.length, mean = compensatedTotal(values, 0, !1) / n;
  return Math.sqrt(compensatedTotal(values, mean, !0) / n);
}
function compensatedTotal(values, mean, squares) {
  let sum = 0, compensation = 0;
  for (let i = 0; i < values.length; i++) {
    let deviation = values[i] - mean, term = squares ? deviation * deviation : values[i], t = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum, sum = t;
  }
  return Number.isFinite(sum) ? sum + compensation : sum;
}

// shared/drift/stats/ztest.ts
function proportionsZStatistic(successes1, n1, successes2, n2) {
  let p1 = successes1 / n1, p2 = successes2 / n2, pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  return (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
}
function proportionsZTest(successes1, n1, successes2, n2) {
  return normalTwoSidedP(Math.abs(proportionsZStatistic(successes1, n1, successes2, n2)));
}

// shared/drift/stats/feature.ts
var MIN_STD = 1e-3, DEFAULT_DRIFT_SHARE = 0.5;
function subject(options) {
  return options.feature === void 0 ? "the feature" : `feature "${options.feature}"`;
}
function resolveThreshold(method, options) {
  let threshold = options.threshold ?? defaultThreshold(method), limit = isPValueMethod(method) ? 1 : 1 / 0;
  if (!Number.isFinite(threshold) || threshold <= 0 || threshold > limit)
    throw new ConfigurationError(
      `Drift threshold ${String(threshold)} for ${subject(options)} is not valid: ${method} accepts ` + (isPValueMethod(method) ? "a p-value threshold in (0, 1]." : "a distance threshold greater than 0.")
    );
  return threshold;
}
function chiSquarePValue(counts, nReference, nCurrent) {
  if (counts.reference.length === 1) return 1;
  let scale = nCurrent / nReference;
  return chisquare(
    counts.current,
    counts.reference.map((count) => count * scale)
  ).pvalue;
}
function zPValue(counts, nReference, nCurrent) {
  return counts.reference.length === 1 ? 1 : proportionsZTest(nReference - counts.reference[0], nReference, nCurrent - counts.current[0], nCurrent);
}
function distanceOnShares(method, reference, current) {
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
function requireValues(n, side, options) {
  if (n === 0)
    throw new ConfigurationError(
      `The ${side} data has no valid values for ${subject(options)} (all missing or not finite); drift cannot be tested.`
    );
}
function refuseNumericalOnly(method, options, numbers) {
  if (method === "ks" || method === "wasserstein")
    throw new ConfigurationError(
      `Drift method "${method}" needs numerical data, but ${subject(options)} is categorical` + (numbers ? " (whole numbers with few distinct values; type it numerical to test it as numbers)" : "") + ". Use one of: chisquare, z, jensenshannon, psi, kl, hellinger."
    );
}
function prepareNumerical(reference, current, type, options) {
  let ref = sortedValues(reference), cur = sortedValues(current);
  requireValues(ref.length, "reference", options), requireValues(cur.length, "current", options);
  let method = options.method ?? selectMethod(type, ref.length, countDistinctUnion(ref, cur, SELECTION_DISTINCT_LIMIT));
  type === "categorical" && refuseNumericalOnly(method, options, !0);
  let histogram = type === "numerical" && countDistinctSorted(ref) > HISTOGRAM_MIN_DISTINCT, binned = histogram ? histogramBinCounts(ref, cur) : distinctValueCounts(ref, cur), shares = {
    labels: binned.labels,
    reference: toShares(binned.reference, ref.length),
    current: toShares(binned.current, cur.length)
  }, perValue = () => histogram ? distinctValueCounts(ref, cur, !1) : binned, score = () => {
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
function prepareCategorical(reference, current, options) {
  let nReference = reference.codes.length, nCurrent = current.codes.length;
  requireValues(nReference, "reference", options), requireValues(nCurrent, "current", options);
  let counts = categoryCounts(reference, current), method = options.method ?? selectMethod("categorical", nReference, counts.labels.length);
  refuseNumericalOnly(method, options, !1);
  let shares = {
    labels: counts.labels,
    reference: toShares(counts.reference, nReference),
    current: toShares(counts.current, nCurrent)
  };
  return { kind: "categorical", nReference, nCurrent, method, shares, score: () => {
    switch (method) {
      case "chisquare":
        return chiSquarePValue(counts, nReference, nCurrent);
      case "z":
        return zPValue(counts, nReference, nCurrent);
      default:
        return distanceOnShares(method, shares.reference, shares.current);
    }
  } };
}
function testFeature(reference, current, options = {}) {
  if (reference.kind !== current.kind)
    throw new ConfigurationError(
      `${subject(options)} is ${reference.kind} in the reference data but ${current.kind} in the current data; both must have the same type.`
    );
  let type = options.type ?? reference.kind;
  if (type === "numerical" && reference.kind === "categorical")
    throw new ConfigurationError(`The values of ${subject(options)} are not all numbers: it cannot be tested as numerical.`);
  let prepared = reference.kind === "numerical" ? prepareNumerical(reference, current, type, options) : prepareCategorical(reference, current, options), threshold = resolveThreshold(prepared.method, options), score = prepared.score();
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
      current: Array.from(prepared.shares.current)
    }
  };
}
function datasetDrift(results, driftShare = DEFAULT_DRIFT_SHARE) {
  if (!Number.isFinite(driftShare) || driftShare < 0 || driftShare > 1)
    throw new ConfigurationError(`Drift share ${String(driftShare)} is not valid: use a number between 0 and 1.`);
  if (results.length === 0) return { drifted: !1, shareDrifted: 0, driftShare };
  let shareDrifted = results.filter((result) => result.drifted).length / results.length;
  return { drifted: shareDrifted >= driftShare, shareDrifted, driftShare };
}

// shared/drift/monitor/metrics.ts
var FEATURE_TYPES = ["Numerical", "Categorical"], METRIC_OF_METHOD = {
  jensenshannon: "JensenShannonDistance",
  psi: "PopulationStabilityIndex",
  wasserstein: "NormalizedWassersteinDistance",
  ks: "TwoSampleKolmogorovSmirnovTest",
  chisquare: "PearsonsChiSquaredTest"
}, METHOD_OF_METRIC = Object.fromEntries(Object.entries(METRIC_OF_METHOD).map(([method, metric]) => [metric, method])), METRICS_BY_TYPE = {
  Numerical: ["JensenShannonDistance", "PopulationStabilityIndex", "NormalizedWassersteinDistance", "TwoSampleKolmogorovSmirnovTest"],
  Categorical: ["JensenShannonDistance", "PopulationStabilityIndex", "PearsonsChiSquaredTest"]
}, DEFAULT_METRICS = {
  Numerical: "NormalizedWassersteinDistance",
  Categorical: "JensenShannonDistance"
};
function methodOfMetric(metric) {
  return METHOD_OF_METRIC[metric];
}
function parseMonitorMetric(name, type, input) {
  let checked = checkMetric(name, type);
  if (typeof checked != "string") throw new ConfigurationError(`${input}: ${checked.problem}`);
  return checked;
}
function methodPerFeatureType(name) {
  let numerical = checkMetric(name, "Numerical"), categorical = checkMetric(name, "Categorical");
  if (typeof numerical != "string" && typeof categorical != "string") throw new SettingError("method", numerical.problem);
  return { ...typeof numerical == "string" ? { numerical: name } : {}, ...typeof categorical == "string" ? { categorical: name } : {} };
}
function checkMetric(name, type) {
  let accepted = METRICS_BY_TYPE[type], exact = accepted.find((metric2) => metric2.toLowerCase() === name.trim().toLowerCase());
  if (exact) return exact;
  let method;
  try {
    method = parseDriftMethod(name);
  } catch {
    return { problem: `"${name}" is not a ${type.toLowerCase()} data drift metric of Azure ML model monitoring; accepted: ${accepted.join(", ")}.` };
  }
  let metric = METRIC_OF_METHOD[method];
  return !metric || !accepted.includes(metric) ? { problem: `"${name}" (${method}) is not computed by Azure ML model monitoring for ${type.toLowerCase()} features; accepted: ${accepted.join(", ")}.` } : metric;
}
function defaultMetricThreshold(metric) {
  return defaultThreshold(methodOfMetric(metric));
}

export {
  isPValueMethod,
  isDrift,
  parseDriftMethod,
  testFeature,
  datasetDrift,
  FEATURE_TYPES,
  METRICS_BY_TYPE,
  DEFAULT_METRICS,
  methodOfMetric,
  parseMonitorMetric,
  methodPerFeatureType,
  defaultMetricThreshold
};
