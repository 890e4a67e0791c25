/**
 * Regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a) (Cephes igamc): a power series
 * for P = 1 − Q below x = a + 1, Legendre's continued fraction (modified Lentz) above it, with the
 * prefactor x^a·e^(−x)/Γ(a) taken through log1p(σ) − σ so that it keeps full precision for large a.
 */

const EPSILON = Number.EPSILON / 2;
const MAX_ITERATIONS = 10_000_000;
const TINY = 1e-300;
const STIRLING_MIN = 15;
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** log Γ(z) − ((z − ½)·log z − z + ½·log 2π) for z ≥ 15 (Stirling series, error below 1e-19). */
function stirlingCorrection(z: number): number {
  const r = 1 / z;
  const r2 = r * r;
  return (
    r *
    (1 / 12 +
      r2 * (-1 / 360 + r2 * (1 / 1260 + r2 * (-1 / 1680 + r2 * (1 / 1188 + r2 * (-691 / 360360 + r2 * (1 / 156)))))))
  );
}

/** log Γ(a) for a > 0. */
export function logGamma(a: number): number {
  let z = a;
  let product = 1;
  while (z < STIRLING_MIN) {
    product *= z;
    z += 1;
  }
  const stirling = (z - 0.5) * Math.log(z) - z + HALF_LOG_2PI + stirlingCorrection(z);
  return product === 1 ? stirling : stirling - Math.log(product);
}

/** log(1 + s) − s without cancellation near s = 0. */
export function log1pMinusX(s: number): number {
  if (Math.abs(s) > 0.5) return Math.log1p(s) - s;
  const u = s / (2 + s);
  const u2 = u * u;
  let power = u * u2;
  let series = 0;
  for (let k = 3; k < 200; k += 2) {
    const term = power / k;
    series += term;
    if (Math.abs(term) <= EPSILON * Math.abs(series)) break;
    power *= u2;
  }
  return (-s * s) / (2 + s) + 2 * series;
}

/** x^a · e^(−x) / Γ(a). */
function prefactor(a: number, x: number): number {
  if (a >= STIRLING_MIN) {
    const sigma = (x - a) / a;
    return Math.exp(a * log1pMinusX(sigma) + 0.5 * Math.log(a / (2 * Math.PI)) - stirlingCorrection(a));
  }
  return Math.exp(a * Math.log(x) - x - logGamma(a));
}

/** P(a, x) by its power series. */
function lowerSeries(a: number, x: number): number {
  const factor = prefactor(a, x);
  if (factor === 0) return 0;
  let r = a;
  let c = 1.0;
  let sum = 1.0;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    r += 1.0;
    c *= x / r;
    sum += c;
    if (c <= EPSILON * sum) break;
  }
  return (sum * factor) / a;
}

/** Q(a, x) by Legendre's continued fraction. */
function upperContinuedFraction(a: number, x: number): number {
  const factor = prefactor(a, x);
  if (factor === 0) return 0;
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= EPSILON) break;
  }
  return factor * h;
}

/** Q(a, x), the regularized upper incomplete gamma function (scipy.special.gammaincc). */
export function upperIncompleteGammaQ(a: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(x) || x < 0 || a <= 0) return NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  if (a === Infinity) return 1;
  if (x < a + 1) return 1 - lowerSeries(a, x);
  return upperContinuedFraction(a, x);
}

/** scipy.stats.chi2.sf(x, df). */
export function chi2Sf(x: number, df: number): number {
  if (Number.isNaN(x) || !(df > 0)) return NaN;
  if (x <= 0) return 1;
  return upperIncompleteGammaQ(df / 2, x / 2);
}

/** Two-sided tail of the standard normal distribution, 2·(1 − Φ(|z|)). */
export function normalTwoSidedP(z: number): number {
  if (Number.isNaN(z)) return NaN;
  return upperIncompleteGammaQ(0.5, (z * z) / 2);
}
