/** Powers of ten up to 1e9 are exact doubles. */
const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];
const MAX_DECIMALS = POWERS.length - 1;
/** Keys are unsigned 32-bit offsets from the smallest key. */
const MAX_KEY_RANGE = 2 ** 32 - 1;
/** Keys stay far below 2^53, where rounding value × 10^decimals can no longer recover them. */
const MAX_KEY_MAGNITUDE = 2 ** 48;
/** Up to this many distinct keys are counted, in a table this small; more are radix-sorted. */
const MAX_COUNTED_KEYS = 1 << 16;

/**
 * Sorts doubles that are all short decimals (`52000.12`, `40`, `0.512345`: at most 9 digits after the
 * point) through integer keys: key = value × 10^d, kept only where key / 10^d gives back the very same
 * double, so writing key / 10^d back restores every value bit for bit, and key order is value order
 * (division by a positive constant keeps order). Few distinct keys are counted; others are sorted by
 * a two-pass radix sort over 32-bit keys held in the values' own buffer (keys in its first half, the
 * pass's output in its second), so no other memory is touched.
 * Returns false, leaving `values` untouched, when some value is not such a decimal.
 */
export function sortDecimals(values: Float64Array): boolean {
  const n = values.length;
  const decimals = commonDecimals(values);
  if (decimals < 0) return false;
  const power = POWERS[decimals];
  let min = Infinity;
  let max = -Infinity;
  let negativeZeros = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (value < min) min = value;
    if (value > max) max = value;
    if (value === 0 && 1 / value < 0) negativeZeros++;
  }
  const minKey = Math.round(min * power);
  const maxKey = Math.round(max * power);
  if (Math.max(-minKey, maxKey) > MAX_KEY_MAGNITUDE || maxKey - minKey > MAX_KEY_RANGE) return false;
  const range = maxKey - minKey + 1;
  if (range <= MAX_COUNTED_KEYS) countingSort(values, power, minKey, range);
  else radixSortKeys(values, power, minKey, range);
  if (negativeZeros > 0) restoreNegativeZeros(values, negativeZeros);
  return true;
}

/** Key 0 came back as +0: the first zeros become −0 again, ordered before +0 as the bit-pattern sort orders them. */
function restoreNegativeZeros(values: Float64Array, count: number): void {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] < 0) low = middle + 1;
    else high = middle;
  }
  values.fill(-0, low, low + count);
}

/** The fewest decimals that write every value exactly, or −1. */
function commonDecimals(values: Float64Array): number {
  let decimals = 0;
  let power = 1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (Math.round(value * power) / power === value) continue;
    do {
      if (decimals === MAX_DECIMALS) return -1;
      power = POWERS[++decimals];
    } while (Math.round(value * power) / power !== value);
  }
  return decimals;
}

function countingSort(values: Float64Array, power: number, minKey: number, range: number): void {
  const counts = new Uint32Array(range);
  const n = values.length;
  for (let i = 0; i < n; i++) counts[Math.round(values[i] * power) - minKey]++;
  let at = 0;
  for (let key = 0; key < range; key++) {
    const end = at + counts[key];
    if (end === at) continue;
    const value = (key + minKey) / power;
    while (at < end) values[at++] = value;
  }
}

function radixSortKeys(values: Float64Array, power: number, minKey: number, range: number): void {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  // Key i goes to word i, which holds part of value i / 2, already read.
  for (let i = 0; i < n; i++) words[i] = Math.round(values[i] * power) - minKey;
  let keys = words.subarray(0, n);
  let spare = words.subarray(n, 2 * n);
  const bits = Math.ceil(Math.log2(range));
  const digitBits = Math.ceil(bits / 2);
  const mask = (1 << digitBits) - 1;
  const counts = new Uint32Array(mask + 1);
  for (let shift = 0; shift < 2 * digitBits; shift += digitBits) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(keys[i] >>> shift) & mask]++;
    let total = 0;
    for (let digit = 0; digit <= mask; digit++) {
      const count = counts[digit];
      counts[digit] = total;
      total += count;
    }
    for (let i = 0; i < n; i++) {
      const key = keys[i];
      spare[counts[(key >>> shift) & mask]++] = key;
    }
    [keys, spare] = [spare, keys];
  }
  // After two passes the keys are back in the first half: from the last down, value i overwrites keys 2i and 2i + 1, already read.
  for (let i = n - 1; i >= 0; i--) values[i] = (words[i] + minKey) / power;
}
