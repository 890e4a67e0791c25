import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);

// shared/drift/stats/radix-sort.ts
var RadixScratch = class {
  buffer = new Uint32Array(0);
  words(length) {
    return this.buffer.length < length && (this.buffer = new Uint32Array(length)), this.buffer.subarray(0, length);
  }
};
function sortFloat64(values, scratch) {
  let n = values.length;
  if (n < 512) return values.sort();
  let words = new Uint32Array(values.buffer, values.byteOffset, n * 2), spare = scratch ? scratch.words(n * 2) : new Uint32Array(n * 2);
  for (let i = 0; i < n; i++) {
    let hi = words[2 * i + 1];
    hi & 2147483648 ? (words[2 * i] = ~words[2 * i], words[2 * i + 1] = ~hi) : words[2 * i + 1] = hi | 2147483648;
  }
  let counts = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    let word = pass >> 1, shift = (pass & 1) * 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[words[2 * i + word] >>> shift & 65535]++;
    if (counts[words[word] >>> shift & 65535] === n) continue;
    let total = 0;
    for (let b = 0; b < 65536; b++) {
      let c = counts[b];
      counts[b] = total, total += c;
    }
    for (let i = 0; i < n; i++) {
      let lo = words[2 * i], hi = words[2 * i + 1], at = 2 * counts[(word === 0 ? lo : hi) >>> shift & 65535]++;
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
  for (let column of columns) column.kind === "numerical" && sortFloat64(column.values, scratch);
}

export {
  RadixScratch,
  sortFloat64,
  sortNumericalColumns
};
