import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);

// shared/drift/stats/decimal-sort.ts
var POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9], MAX_DECIMALS = POWERS.length - 1, MAX_KEY_RANGE = 2 ** 32 - 1, MAX_KEY_MAGNITUDE = 2 ** 48, MAX_COUNTED_KEYS = 65536;
function sortDecimals(values) {
  let scan = scanDecimals(values);
  if (scan === void 0) return !1;
  let { power, negativeZeros } = scan, minKey = Math.round(scan.min * power), maxKey = Math.round(scan.max * power);
  if (Math.max(-minKey, maxKey) > MAX_KEY_MAGNITUDE || maxKey - minKey > MAX_KEY_RANGE) return !1;
  let range = maxKey - minKey + 1;
  return range <= MAX_COUNTED_KEYS ? countingSort(values, power, minKey, range) : radixSortKeys(values, power, minKey, range), negativeZeros > 0 && restoreNegativeZeros(values, negativeZeros), !0;
}
function scanDecimals(values) {
  let decimals = 0, power = 1, min = 1 / 0, max = -1 / 0, negativeZeros = 0;
  for (let i = 0; i < values.length; i++) {
    let value = values[i];
    if (value < min && (min = value), value > max && (max = value), Math.round(value * power) / power !== value)
      do {
        if (decimals === MAX_DECIMALS) return;
        power = POWERS[++decimals];
      } while (Math.round(value * power) / power !== value);
    else value === 0 && 1 / value < 0 && negativeZeros++;
  }
  return { power, min, max, negativeZeros };
}
function restoreNegativeZeros(values, count) {
  let low = 0, high = values.length;
  for (; low < high; ) {
    let middle = low + high >>> 1;
    values[middle] < 0 ? low = middle + 1 : high = middle;
  }
  values.fill(-0, low, low + count);
}
function countingSort(values, power, minKey, range) {
  let counts = new Uint32Array(range), n = values.length;
  for (let i = 0; i < n; i++) counts[Math.round(values[i] * power) - minKey]++;
  let at = 0;
  for (let key = 0; key < range; key++) {
    let end = at + counts[key];
    if (end === at) continue;
    let value = (key + minKey) / power;
    for (; at < end; ) values[at++] = value;
  }
}
function radixSortKeys(values, power, minKey, range) {
  let n = values.length, words = new Uint32Array(values.buffer, values.byteOffset, 2 * n), digitBits = Math.ceil(Math.ceil(Math.log2(range)) / 2), mask = (1 << digitBits) - 1, low = new Uint32Array(mask + 1), high = new Uint32Array(mask + 1);
  for (let i = 0; i < n; i++) {
    let key = Math.round(values[i] * power) - minKey;
    words[i] = key, low[key & mask]++, high[key >>> digitBits]++;
  }
  let keys = words.subarray(0, n), spare = words.subarray(n, 2 * n);
  toOffsets(low), toOffsets(high);
  for (let i = 0; i < n; i++) {
    let key = keys[i];
    spare[low[key & mask]++] = key;
  }
  for (let i = 0; i < n; i++) {
    let key = spare[i];
    keys[high[key >>> digitBits]++] = key;
  }
  for (let i = n - 1; i >= 0; i--) values[i] = (words[i] + minKey) / power;
}
function toOffsets(counts) {
  let total = 0;
  for (let digit = 0; digit < counts.length; digit++) {
    let count = counts[digit];
    counts[digit] = total, total += count;
  }
}

// shared/drift/stats/radix-sort.ts
var DIGIT_BITS = 16, BUCKETS = 1 << DIGIT_BITS, MASK = BUCKETS - 1, SMALL = 512, RadixScratch = class {
  buffer = new Uint32Array(0);
  words(length) {
    return this.buffer.length < length && (this.buffer = new Uint32Array(length)), this.buffer.subarray(0, length);
  }
};
function sortFloat64(values, scratch) {
  let n = values.length;
  if (n < SMALL) return values.sort();
  if (sortDecimals(values)) return values;
  let words = new Uint32Array(values.buffer, values.byteOffset, n * 2), spare = scratch ? scratch.words(n * 2) : new Uint32Array(n * 2);
  for (let i = 0; i < n; i++) {
    let hi = words[2 * i + 1];
    hi & 2147483648 ? (words[2 * i] = ~words[2 * i], words[2 * i + 1] = ~hi) : words[2 * i + 1] = hi | 2147483648;
  }
  let counts = new Uint32Array(BUCKETS);
  for (let pass = 0; pass < 4; pass++) {
    let word = pass >> 1, shift = (pass & 1) * DIGIT_BITS;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[words[2 * i + word] >>> shift & MASK]++;
    if (counts[words[word] >>> shift & MASK] === n) continue;
    let total = 0;
    for (let b = 0; b < BUCKETS; b++) {
      let c = counts[b];
      counts[b] = total, total += c;
    }
    for (let i = 0; i < n; i++) {
      let lo = words[2 * i], hi = words[2 * i + 1], at = 2 * counts[(word === 0 ? lo : hi) >>> shift & MASK]++;
      spare[at] = lo, spare[at + 1] = hi;
    }
    [words, spare] = [spare, words];
  }
  words.buffer !== values.buffer && new Uint32Array(values.buffer, values.byteOffset, n * 2).set(words);
  let out = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  for (let i = 0; i < n; i++) {
    let hi = out[2 * i + 1];
    hi & 2147483648 ? out[2 * i + 1] = hi & 2147483647 : (out[2 * i] = ~out[2 * i], out[2 * i + 1] = ~hi);
  }
  return values;
}
function sortNumericalColumns(columns) {
  let scratch = new RadixScratch();
  for (let column of columns)
    column.kind === "numerical" && (sortFloat64(column.values, scratch), column.sorted = !0);
}

export {
  RadixScratch,
  sortFloat64,
  sortNumericalColumns
};
