/**
 * Double-double arithmetic (a value is hi + lo with |lo| ≤ ulp(hi)/2), used where a statistic must be
 * computed to more than 53 bits to reproduce reference results, plus exact frexp/ldexp.
 */
export interface DD {
  readonly hi: number;
  readonly lo: number;
}

export const DD_ONE: DD = { hi: 1, lo: 0 };
export const DD_ZERO: DD = { hi: 0, lo: 0 };

const SPLITTER = 134217729; // 2^27 + 1
const SPLIT_THRESHOLD = 6.69692879491417e299;

function dd(hi: number, lo: number): DD {
  return { hi, lo };
}

export function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return dd(s, a - (s - bb) + (b - bb));
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return dd(s, b - (s - a));
}

function split(a: number): [number, number] {
  if (a > SPLIT_THRESHOLD || a < -SPLIT_THRESHOLD) {
    const scaled = a * 3.7252902984619140625e-9; // 2^-28
    const t = SPLITTER * scaled;
    const hi = t - (t - scaled);
    return [hi * 268435456, (scaled - hi) * 268435456];
  }
  const t = SPLITTER * a;
  const hi = t - (t - a);
  return [hi, a - hi];
}

export function twoProd(a: number, b: number): DD {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return dd(p, ah * bh - p + ah * bl + al * bh + al * bl);
}

export function add(a: DD, b: DD): DD {
  const s = twoSum(a.hi, b.hi);
  const t = twoSum(a.lo, b.lo);
  let r = quickTwoSum(s.hi, s.lo + t.hi);
  r = quickTwoSum(r.hi, r.lo + t.lo);
  return r;
}

function addNumber(a: DD, b: number): DD {
  const s = twoSum(a.hi, b);
  return quickTwoSum(s.hi, s.lo + a.lo);
}

function negate(a: DD): DD {
  return dd(-a.hi, -a.lo);
}

export function sub(a: DD, b: DD): DD {
  return add(a, negate(b));
}

export function mulNumber(a: DD, b: number): DD {
  const p = twoProd(a.hi, b);
  return quickTwoSum(p.hi, p.lo + a.lo * b);
}

export function div(a: DD, b: DD): DD {
  const q1 = a.hi / b.hi;
  let r = sub(a, mulNumber(b, q1));
  const q2 = r.hi / b.hi;
  r = sub(r, mulNumber(b, q2));
  const q3 = r.hi / b.hi;
  return addNumber(quickTwoSum(q1, q2), q3);
}

export function inverse(a: DD): DD {
  return div(DD_ONE, a);
}

export function floorDD(a: DD): DD {
  const hi = Math.floor(a.hi);
  if (hi !== a.hi) return dd(hi, 0);
  return quickTwoSum(hi, Math.floor(a.lo));
}

export function isZero(a: DD): boolean {
  return a.hi === 0;
}

const scratch = new Float64Array(1);
const scratchBits = new Uint32Array(scratch.buffer);
const TWO_POW_64 = 18446744073709551616;

/** C frexp: x = mantissa · 2^exponent with 0.5 ≤ |mantissa| < 1 (mantissa 0 for 0, ±inf and NaN pass through). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let adjust = 0;
  if (Math.abs(x) < 2.2250738585072014e-308) {
    x *= TWO_POW_64;
    adjust = -64;
  }
  scratch[0] = x;
  const biased = (scratchBits[1] >>> 20) & 0x7ff;
  scratchBits[1] = (scratchBits[1] & 0x800fffff) | (1022 << 20);
  return [scratch[0], biased - 1022 + adjust];
}

/** C ldexp: x · 2^exponent, exact unless the result over- or underflows. */
export function ldexp(x: number, exponent: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  while (exponent > 1023) {
    x *= 8.98846567431158e307; // 2^1023
    exponent -= 1023;
    if (!Number.isFinite(x)) return x;
  }
  while (exponent < -1022) {
    if (exponent < -1022 - 53) {
      x *= 2.2250738585072014e-308; // 2^-1022
      exponent += 1022;
      if (x === 0) return x;
    } else {
      // One final scaling into the subnormal range so the result is rounded once.
      const [m, e] = frexp(x);
      return m * Math.pow(2, e + exponent);
    }
  }
  return x * Math.pow(2, exponent);
}
