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
  const scan = scanDecimals(values);
  if (scan === undefined) return false;
  const { power, negativeZeros } = scan;
  const minKey = Math.round(scan.min * power);
  const maxKey = Math.round(scan.max * power);
  if (Math.max(-minKey, maxKey) > MAX_KEY_MAGNITUDE || maxKey - minKey > MAX_KEY_RANGE) return false;
  const range = maxKey - minKey + 1;
  if (range <= MAX_COUNTED_KEYS) countingSort(values, power, minKey, range);
  else radixSortKeys(values, power, minKey, range);
  if (negativeZeros > 0) restoreNegativeZeros(values, negativeZeros);
  return true;
}

/** In one pass: the fewest decimals that write every value exactly (as 10^decimals), the extremes and the count of −0; undefined when no decimals do. */
function scanDecimals(values: Float64Array): { power: number; min: number; max: number; negativeZeros: number } | undefined {
  let decimals = 0;
  let power = 1;
  let min = Infinity;
  let max = -Infinity;
  let negativeZeros = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value < min) min = value;
    if (value > max) max = value;
    if (Math.round(value * power) / power !== value) {
      do {
        if (decimals === MAX_DECIMALS) return undefined;
        power = POWERS[++decimals];
      } while (Math.round(value * power) / power !== value);
    } else if (value === 0 && 1 / value < 0) {
      negativeZeros++;
    }
  }
  return { power, min, max, negativeZeros };
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
  const digitBits = Math.ceil(Math.ceil(Math.log2(range)) / 2);
  const mask = (1 << digitBits) - 1;
  const low = new Uint32Array(mask + 1);
  const high = new Uint32Array(mask + 1);
  // Key i goes to word i, which holds part of value i / 2, already read; both digits are counted on the way.
  for (let i = 0; i < n; i++) {
    const key = Math.round(values[i] * power) - minKey;
    words[i] = key;
    low[key & mask]++;
    high[key >>> digitBits]++;
  }
  const keys = words.subarray(0, n);
  const spare = words.subarray(n, 2 * n);
  toOffsets(low);
  toOffsets(high);
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    spare[low[key & mask]++] = key;
  }
  for (let i = 0; i < n; i++) {
    const key = spare[i];
    keys[high[key >>> digitBits]++] = key;
  }
  // From the last down, value i overwrites keys 2i and 2i + 1, already read.
  for (let i = n - 1; i >= 0; i--) values[i] = (words[i] + minKey) / power;
}

/** Counts per digit become each digit's first output position. */
function toOffsets(counts: Uint32Array): void {
  let total = 0;
  for (let digit = 0; digit < counts.length; digit++) {
    const count = counts[digit];
    counts[digit] = total;
    total += count;
  }
}
