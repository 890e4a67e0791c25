/**
 * Survival function of the two-sided one-sample Kolmogorov-Smirnov statistic D_n for finite n
 * (scipy.stats.kstwo.sf), choosing among exact and asymptotic methods as Simard & L'Ecuyer (2011)
 * recommend: Ruben-Gambino closed forms at the ends, the Durbin matrix (Marsaglia-Tsang-Wang),
 * the Pomeranz recursion, 2·smirnov for the upper tail and the Pelz-Good expansion for large n.
 */
import { ldexp } from "./doubleDouble";
import { smirnov } from "./smirnov";

const E128 = 128;
const EP128 = Math.pow(2, E128);
const EM128 = Math.pow(2, -E128);
const SQRT2PI = Math.sqrt(2 * Math.PI);
const LOG_2PI = Math.log(2 * Math.PI);
const MIN_LOG = -708;
const SQRT3 = Math.sqrt(3);
const PI_SQUARED = Math.PI ** 2;
const PI_FOUR = Math.PI ** 4;
const PI_SIX = Math.PI ** 6;

/** Stirling-series coefficients B_2j / (2j(2j−1)) for j = 8 … 1. */
const STIRLING_COEFFICIENTS = [
  -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417, -0.0005952380952380953,
  0.0007936507936507937, -0.002777777777777778, 0.08333333333333333,
];

function polyval(coefficients: readonly number[], x: number): number {
  let result = 0;
  for (const c of coefficients) result = result * x + c;
  return result;
}

/** log(n! / n^n). */
function logFactorialOverPower(n: number): number {
  const rn = 1.0 / n;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * polyval(STIRLING_COEFFICIENTS, rn / n);
}

function clip01(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}

function select(cdfProbability: number, sfProbability: number, cdf: boolean): number {
  return clip01(cdf ? cdfProbability : sfProbability);
}

/** Row-major m×m matrix product. */
function matmul(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const c = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k];
      if (aik === 0) continue;
      const rowB = k * m;
      const rowC = i * m;
      for (let j = 0; j < m; j++) c[rowC + j] += aik * b[rowB + j];
    }
  }
  return c;
}

/** Pr(D_n ≤ d) by the Durbin matrix algorithm as arranged by Marsaglia, Tsang and Wang. */
function durbinMatrix(n: number, d: number, cdf: boolean): number {
  if (d >= 1.0) return select(1.0, 0.0, cdf);
  const nd = n * d;
  if (nd <= 0.5) return select(0.0, 1.0, cdf);
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;

  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1.0;
  for (let j = 1; j <= m; j++) {
    v[j - 1] = 1.0 - Math.pow(h, j);
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] *= fac;
  }
  const tt = Math.pow(Math.max(2 * h - 1.0, 0), m) - 2 * Math.pow(h, m);
  v[m - 1] = (1.0 + tt) * fac;

  let hMatrix: Float64Array = new Float64Array(m * m);
  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) hMatrix[r * m + i] = w[r - (i - 1)];
  }
  for (let r = 0; r < m; r++) hMatrix[r * m] = v[r];
  for (let c = 0; c < m; c++) hMatrix[(m - 1) * m + c] = v[m - 1 - c];

  let power: Float64Array = new Float64Array(m * m);
  for (let i = 0; i < m; i++) power[i * m + i] = 1;
  let nn = n;
  let exponent = 0;
  let hExponent = 0;
  const diagonal = (k - 1) * m + (k - 1);
  while (nn > 0) {
    if (nn % 2) {
      power = matmul(power, hMatrix, m);
      exponent += hExponent;
    }
    hMatrix = matmul(hMatrix, hMatrix, m);
    hExponent *= 2;
    if (Math.abs(hMatrix[diagonal]) > EP128) {
      for (let i = 0; i < hMatrix.length; i++) hMatrix[i] /= EP128;
      hExponent += E128;
    }
    nn = Math.floor(nn / 2);
  }

  let p = power[diagonal];
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < EM128) {
      p *= EP128;
      exponent -= E128;
    }
  }
  if (exponent !== 0) p = ldexp(p, exponent);
  return select(p, 1.0 - p, cdf);
}

function pomeranzBounds(i: number, n: number, ll: number, ceilF: number, roundF: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilF - 1;
    j2 = ll + ceilF - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    const odd = (i + 1) % 2;
    if (odd === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilF - 1;
        j2 = n + ll + ceilF - 1;
      } else {
        j1 = half - 1 - ll - roundF - 1;
        j2 = half + ll - 1 + ceilF - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundF - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** Python slice bounds for array[start:stop] on an array of the given length. */
function sliceBounds(length: number, start: number, stop: number): [number, number] {
  const s = start < 0 ? Math.max(length + start, 0) : Math.min(start, length);
  const e = stop < 0 ? Math.max(length + stop, 0) : Math.min(stop, length);
  return [s, Math.max(s, e)];
}

/** Pr(D_n ≤ x) by the Pomeranz recursion. */
function pomeranz(n: number, x: number, cdf: boolean): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = 1.0 * (t - ll);
  const g = Math.min(f, 1.0 - f);
  const ceilF = f > 0 ? 1 : 0;
  const roundF = f > 0.5 ? 1 : 0;
  const nPowers = 2 * (ll + 1);
  const gPower = new Float64Array(nPowers);
  const twoGPower = new Float64Array(nPowers);
  const oneMinusTwoGPower = new Float64Array(nPowers);
  gPower[0] = 1.0;
  twoGPower[0] = 1.0;
  oneMinusTwoGPower[0] = 1.0;
  let exponent = 0;
  const gOverN = g / n;
  const twoGOverN = (2 * g) / n;
  const oneMinusTwoGOverN = (1 - 2 * g) / n;
  for (let m = 1; m < nPowers; m++) {
    gPower[m] = (gPower[m - 1] * gOverN) / m;
    twoGPower[m] = (twoGPower[m - 1] * twoGOverN) / m;
    oneMinusTwoGPower[m] = (oneMinusTwoGPower[m - 1] * oneMinusTwoGOverN) / m;
  }

  let v0 = new Float64Array(nPowers);
  let v1 = new Float64Array(nPowers);
  v1[0] = 1;
  let v0Start = 0;
  let v1Start = 0;
  let [j1, j2] = pomeranzBounds(0, n, ll, ceilF, roundF);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [v0, v1] = [v1, v0];
    [v0Start, v1Start] = [v1Start, v0Start];
    v1.fill(0.0);
    [j1, j2] = pomeranzBounds(i, n, ll, ceilF, roundF);
    const powers = i === 1 || i === 2 * n + 1 ? gPower : i % 2 ? twoGPower : oneMinusTwoGPower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      const [as, ae] = sliceBounds(nPowers, k1 - v0Start, k1 - v0Start + ln2);
      const [, pe] = sliceBounds(nPowers, 0, ln2);
      const aLength = ae - as;
      const convolution = new Float64Array(aLength + pe - 1);
      for (let p = 0; p < aLength; p++) {
        const value = v0[as + p];
        if (value === 0) continue;
        for (let q = 0; q < pe; q++) convolution[p + q] += value * powers[q];
      }
      const convStart = j1 - k1;
      const convLength = j2 - j1 + 1;
      for (let q = 0; q < convLength; q++) v1[q] = convolution[convStart + q];
      let max = -Infinity;
      for (let q = 0; q < nPowers; q++) if (v1[q] > max) max = v1[q];
      if (max > 0 && max < EM128) {
        for (let q = 0; q < nPowers; q++) v1[q] *= EP128;
        exponent -= E128;
      }
      v1Start = v0Start + j1 - k1;
    }
  }

  const index = n - v1Start;
  let answer = v1[index < 0 ? nPowers + index : index];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(answer) > EP128) {
      answer *= EM128;
      exponent += E128;
    }
    answer *= m;
  }
  if (exponent !== 0) answer = ldexp(answer, exponent);
  return select(answer, 1.0 - answer, cdf);
}

/** Pelz-Good approximation of Pr(D_n ≤ x). */
function pelzGood(n: number, x: number, cdf: boolean): number {
  if (x <= 0.0) return select(0.0, 1.0, cdf);
  if (x >= 1.0) return select(1.0, 0.0, cdf);
  const z = Math.sqrt(n) * x;
  const zSquared = z ** 2;
  const zThree = z ** 3;
  const zFour = z ** 4;
  const zSix = z ** 6;

  const qLog = -PI_SQUARED / 8 / zSquared;
  if (qLog < MIN_LOG) return select(0.0, 1.0, cdf);
  let q = Math.exp(qLog);

  const k1a = -zSquared;
  const k1b = PI_SQUARED / 4;
  const k2a = 6 * zSix + 2 * zFour;
  const k2b = ((2 * zFour - 5 * zSquared) * PI_SQUARED) / 4;
  const k2c = (PI_FOUR * (1 - 2 * zSquared)) / 16;
  const k3d = (PI_SIX * (5 - 30 * zSquared)) / 64;
  const k3c = (PI_FOUR * (-60 * zSquared + 212 * zFour)) / 16;
  const k3b = (PI_SQUARED * (135 * zFour - 96 * zSix)) / 4;
  const k3a = -30 * zSix - 90 * z ** 8;

  const terms = [0, 0, 0, 0];
  const maxK = Math.ceil((16 * z) / Math.PI);
  for (let k = maxK; k > 0; k--) {
    const m = 2 * k - 1;
    const mSquared = m ** 2;
    const mFour = m ** 4;
    const mSix = m ** 6;
    const qPower = Math.pow(q, 8 * k);
    const coefficients = [
      1.0,
      k1a + k1b * mSquared,
      k2a + k2b * mSquared + k2c * mFour,
      k3a + k3b * mSquared + k3c * mFour + k3d * mSix,
    ];
    for (let i = 0; i < 4; i++) terms[i] = terms[i] * qPower + coefficients[i];
  }
  const divisors = [z, 6 * zFour, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) terms[i] = (terms[i] * q * SQRT2PI) / divisors[i];

  q = Math.exp(-PI_SQUARED / 2 / zSquared);
  const sqrt3z = SQRT3 * z;
  let k2Extra = 0;
  let k3Extra = 0;
  for (let k = maxK; k > 0; k--) {
    const kSquared = k ** 2;
    const qPower = Math.pow(q, kSquared);
    const kPi = Math.PI * k;
    k2Extra += kSquared * qPower;
    k3Extra += (sqrt3z + kPi) * (sqrt3z - kPi) * kSquared * qPower;
  }
  terms[2] += k2Extra * ((PI_SQUARED * SQRT2PI) / (-36 * zThree));
  terms[3] += k3Extra * ((PI_SQUARED * SQRT2PI) / (216 * zSix));
  for (let i = 0; i < 4; i++) terms[i] /= Math.pow(n * 1.0, i / 2.0);

  if (!cdf) {
    for (let i = 0; i < 4; i++) terms[i] *= -1;
    terms[0] += 1;
  }
  return terms[0] + terms[1] + terms[2] + terms[3];
}

/** CDF (or SF) of the two-sided statistic D_n at x. */
export function kolmogorovN(n: number, x: number, cdf: boolean): number {
  if (Number.isNaN(n) || Number.isNaN(x)) return NaN;
  if (!Number.isInteger(n) || n <= 0) return NaN;
  if (x >= 1.0) return select(1.0, 0.0, cdf);
  if (x <= 0.0) return select(0.0, 1.0, cdf);
  const t = n * x;
  if (t <= 1.0) {
    if (t <= 0.5) return select(0.0, 1.0, cdf);
    let prob: number;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1.0 / n) * (2 * t - 1);
    } else {
      prob = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return select(prob, 1.0 - prob, cdf);
  }
  if (t >= n - 1) {
    const prob = 2 * Math.pow(1.0 - x, n);
    return select(1 - prob, prob, cdf);
  }
  if (x >= 0.5) {
    const prob = 2 * smirnov(n, x);
    return select(1.0 - prob, prob, cdf);
  }
  const nxSquared = t * x;
  if (n <= 140) {
    if (nxSquared <= 0.754693) {
      const prob = durbinMatrix(n, x, true);
      return select(prob, 1.0 - prob, cdf);
    }
    if (nxSquared <= 4) {
      const prob = pomeranz(n, x, true);
      return select(prob, 1.0 - prob, cdf);
    }
    const prob = 2 * smirnov(n, x);
    return select(1.0 - prob, prob, cdf);
  }
  if (!cdf) {
    if (nxSquared >= 370.0) return 0.0;
    if (nxSquared >= 2.2) return clip01(2 * smirnov(n, x));
  }
  let cdfProbability: number;
  if (nxSquared >= 18.0) {
    cdfProbability = 1.0;
  } else if (n <= 100000 && n * x ** 1.5 <= 1.4) {
    cdfProbability = durbinMatrix(n, x, true);
  } else {
    cdfProbability = pelzGood(n, x, true);
  }
  return select(cdfProbability, 1.0 - cdfProbability, cdf);
}

/** scipy.stats.kstwo.sf(d, n): P(D_n ≥ d). */
export function kstwoSf(d: number, n: number): number {
  if (Number.isNaN(d) || !(n >= 1) || !Number.isInteger(n)) return NaN;
  if (d <= 0.5 / n) return 1.0;
  if (d >= 1.0) return 0.0;
  return kolmogorovN(n, d, false);
}

