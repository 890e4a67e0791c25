/**
 * Survival function of the one-sided one-sample Kolmogorov-Smirnov statistic D+_n (scipy.special.smirnov):
 * the Birnbaum-Tingey / Smirnov sum, evaluated in double-double with binomial coefficients and powers
 * kept as mantissa and exponent so that no term overflows or underflows.
 */
import {
  type DD,
  DD_ONE,
  DD_ZERO,
  div,
  floorDD,
  inverse,
  isZero,
  mulNumber,
  sub,
  twoProd,
  twoSum,
} from "./doubleDouble";

// Bound once: the summation loop calls them millions of times.
const { abs, floor, log2, max, pow } = Math;
const UNDERFLOW_LOG = -960 * Math.LN2;

const MAX_EXACT_N = 1000000;
const UPPER_SUM_MAX_TERMS = 3;
const UPPER_SUM_MIN_N = 10;
const MIN_LOG = -745.1332191019412; // log(2^-1075)
const MAX_EXPONENT = 960;
const EPSILON = Number.EPSILON;

/** a^m for a double-double base, from pow() of the high part corrected for the low part. */
function powDD(a: DD, m: number): DD {
  if (m <= 0) {
    if (m === 0) return DD_ONE;
    return inverse(powDD(a, -m));
  }
  if (isZero(a)) return DD_ZERO;
  const ans = Math.pow(a.hi, m);
  const r = a.lo / a.hi;
  let adjust = m * r;
  if (Math.abs(adjust) > 1e-8) {
    if (Math.abs(adjust) < 1e-4) {
      adjust += m * r * (((m - 1) / 2.0) * r);
    } else {
      adjust = Math.expm1(m * Math.log1p(r));
    }
  }
  return twoSum(ans, ans * adjust);
}

/** ((a + b) / (c + d))^m in double-double. */
function powRatio(a: number, b: number, c: number, d: number, m: number): DD {
  if (m <= 0) {
    if (m === 0) return DD_ONE;
    return powRatio(c, d, a, b, -m);
  }
  const numerator = twoSum(a, b);
  const denominator = twoSum(c, d);
  if (isZero(numerator)) return isZero(denominator) ? { hi: NaN, lo: NaN } : DD_ZERO;
  if (isZero(denominator)) return numerator.hi < 0 ? { hi: -Infinity, lo: 0 } : { hi: Infinity, lo: 0 };
  return powDD(div(numerator, denominator), m);
}

/** floor(n·x) and its fractional remainder, computed exactly. */
function splitNx(n: number, x: number): { floor: number; alpha: number } {
  const nxD = twoProd(n, x);
  const floorD = floorDD(nxD);
  let alpha = sub(nxD, floorD).hi;
  let floor = floorD.hi + floorD.lo;
  if (alpha === 1) {
    floor += 1;
    alpha = 0;
  }
  return { floor, alpha };
}

/**
 * Allocation-free pieces of the summation loop. Values are kept as mantissa · 2^exponent; the bases of
 * the powers are exact to double-double precision and the powers are corrected for the low part, so
 * every term carries only a few ulps of error however large n is.
 */
const POW2 = new Float64Array(2100);
for (let e = -1074; e <= 1023; e++) POW2[e + 1074] = pow(2, e);

function timesPowerOfTwo(x: number, exponent: number): number {
  if (exponent < -1074 - 3) return 0;
  if (exponent > 1023) return x * Infinity;
  return x * POW2[exponent + 1074];
}

const FRAME = new Float64Array(1);
const FRAME_BITS = new Uint32Array(FRAME.buffer);
let frexpMantissa = 0;
let frexpExponent = 0;

/** frexp for finite, non-zero x, into frexpMantissa / frexpExponent. */
function frexpInto(x: number): void {
  FRAME[0] = x;
  let high = FRAME_BITS[1];
  let biased = (high >>> 20) & 0x7ff;
  let adjust = 0;
  if (biased === 0) {
    FRAME[0] = x * 18446744073709551616;
    high = FRAME_BITS[1];
    biased = (high >>> 20) & 0x7ff;
    adjust = -64;
  }
  FRAME_BITS[1] = (high & 0x800fffff) | 0x3fe00000;
  frexpMantissa = FRAME[0];
  frexpExponent = biased - 1022 + adjust;
}

/** Error of the rounded product a·b (Dekker's two-product). */
function productError(a: number, b: number, p: number): number {
  const ta = 134217729 * a;
  const ah = ta - (ta - a);
  const al = a - ah;
  const tb = 134217729 * b;
  const bh = tb - (tb - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

let ddHi = 0;
let ddLo = 0;

/** a / b + c for integers a, b and a double c, to double-double precision, into ddHi / ddLo. */
function quotientPlus(a: number, b: number, c: number): void {
  const q1 = a / b;
  const p = q1 * b;
  const pErr = productError(q1, b, p);
  const q2 = (a - p - pErr) / b;
  const s = q1 + c;
  const bb = s - q1;
  const e = q1 - (s - bb) + (c - bb) + q2;
  ddHi = s + e;
  ddLo = e - (ddHi - s);
}

let powerMantissa = 0;
let powerExponent = 0;

/** (hi + lo)^m for hi > 0 and m ≥ 1, as powerMantissa · 2^powerExponent. */
function scaledPower(hi: number, lo: number, m: number): void {
  frexpInto(hi);
  const y = frexpMantissa;
  const yExponent = frexpExponent;
  const r = lo / hi;
  let adjust = m * r;
  if (abs(adjust) > 1e-8) {
    adjust = abs(adjust) < 1e-4 ? adjust + m * r * (((m - 1) / 2.0) * r) : Math.expm1(m * Math.log1p(r));
  }
  let mantissa: number;
  let exponent = m * yExponent;
  if ((m * (y - 1)) / y >= UNDERFLOW_LOG) {
    mantissa = pow(y, m);
  } else {
    const chunk = max(1, floor(-MAX_EXPONENT / log2(y)));
    let q = floor(m / chunk);
    frexpInto(pow(y, m - q * chunk));
    mantissa = frexpMantissa;
    exponent += frexpExponent;
    frexpInto(pow(y, chunk));
    let base = frexpMantissa;
    let baseExponent = frexpExponent;
    while (q > 0) {
      if (q & 1) {
        frexpInto(mantissa * base);
        mantissa = frexpMantissa;
        exponent += frexpExponent + baseExponent;
      }
      q = floor(q / 2);
      if (q > 0) {
        frexpInto(base * base);
        base = frexpMantissa;
        baseExponent = 2 * baseExponent + frexpExponent;
      }
    }
  }
  frexpInto(mantissa + mantissa * adjust);
  powerMantissa = frexpMantissa;
  powerExponent = exponent + frexpExponent;
}

function clip01(p: number): number {
  return p < 0 ? 0 : Math.min(p, 1);
}

/** P(D+_n ≥ x), as scipy.special.smirnov(n, x). */
export function smirnov(n: number, x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (!(n > 0 && x >= 0.0 && x <= 1.0)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0.0) return 1.0;
  if (x === 1.0) return 0.0;

  const { floor: nxFloor, alpha } = splitNx(n, x);
  let n1mxFloor = n - nxFloor - (alpha === 0 ? 0 : 1);
  let n1mxCeil = n - nxFloor;
  if (alpha === 0) {
    n1mxFloor -= 1;
    n1mxCeil += 1;
  }

  if (nxFloor === 0 || (nxFloor === 1 && alpha === 0)) {
    const t = powDD(twoSum(1, x), n - 1).hi;
    return clip01(1 - x * t);
  }
  if (-2 * n * x * x < MIN_LOG) return 0;
  if (nxFloor >= n - 1) return clip01(powDD(twoSum(1, -x), n).hi);
  if (n > MAX_EXACT_N) {
    const logp = -pow(6.0 * n * x + 1, 2) / 18.0 / n;
    const sf = logp < -Math.LN2 ? Math.exp(logp) : 1 - -Math.expm1(logp);
    return clip01(sf);
  }

  const nUpperTerms = n - n1mxCeil + 1;
  const useUpperSum =
    (nUpperTerms <= 1 && x < 0.5) ||
    (n >= UPPER_SUM_MIN_N && nUpperTerms <= UPPER_SUM_MAX_TERMS && x <= 0.5 / Math.sqrt(n));

  let start = 0;
  let step = 1;
  let nTerms = n1mxFloor + 1;
  let aj: DD;
  if (useUpperSum) {
    start = n;
    step = -1;
    nTerms = n - n1mxCeil + 1;
    aj = powRatio(1, x, 1, 0, n - 1);
  } else {
    aj = div(powRatio(1, -x, 1, 0, n), { hi: x, lo: 0 });
  }
  let sumHi = aj.hi;
  let sumLo = aj.lo;
  // C(n, v) as (cHi + cLo) · 2^cExponent, starting from C(n, 1) = n.
  frexpInto(n);
  let cHi = frexpMantissa;
  let cLo = 0;
  let cExponent = frexpExponent;
  const vMid = Math.trunc(n / 2);

  for (let j = 1; j < nTerms; j += 1) {
    const v = start + j * step;
    quotientPlus(n - v, n, -x);
    scaledPower(ddHi, ddLo, n - v);
    const t2Mantissa = powerMantissa;
    const t2Exponent = powerExponent;
    let t1Mantissa = 1;
    let t1Exponent = 0;
    if (v !== 1) {
      quotientPlus(v, n, x);
      scaledPower(ddHi, ddLo, v - 1);
      t1Mantissa = powerMantissa;
      t1Exponent = powerExponent;
    }
    const termValue = timesPowerOfTwo(cHi * t1Mantissa * t2Mantissa, cExponent + t1Exponent + t2Exponent);
    if (Number.isFinite(termValue) && termValue !== 0) {
      const t = sumHi + termValue;
      const bb = t - sumHi;
      const e = sumHi - (t - bb) + (termValue - bb) + sumLo;
      sumHi = t + e;
      sumLo = e - (sumHi - t);
    }
    if (termValue !== 0) {
      if (4 * (nTerms - j) * abs(termValue) < EPSILON * sumHi && j !== nTerms - 1) break;
    } else if (j > vMid) {
      break;
    }
    // C(n, j + 1) = C(n, j) · (n − j) / (j + 1), in double-double.
    quotientPlus(n - j, j + 1, 0);
    const p = cHi * ddHi;
    const pErr = productError(cHi, ddHi, p) + (cHi * ddLo + cLo * ddHi);
    const hi = p + pErr;
    const lo = pErr - (hi - p);
    frexpInto(hi);
    cHi = frexpMantissa;
    cLo = timesPowerOfTwo(lo, -frexpExponent);
    cExponent += frexpExponent;
  }
  const prob = mulNumber({ hi: sumHi, lo: sumLo }, x).hi;
  return clip01(step < 0 ? 1 - prob : prob);
}
