/** Code stored for a missing categorical value. */
export const MISSING_CODE = 0xffffffff;

const INITIAL_CAPACITY = 4096;

/** How many rows a column will probably hold, so storage grows once instead of doubling. */
export interface CapacityHint {
  expectedRows(): number;
}

/**
 * Capacity for a store that needs `needed` rows. Generous on purpose: reserved memory that is
 * never written costs nothing, whereas each copy made while doubling touches fresh pages — the
 * dominant cost of reading large data.
 */
function grownCapacity(current: number, needed: number, hint: CapacityHint): number {
  return Math.max(needed, current * 2, Math.ceil(hint.expectedRows() * 1.1) + INITIAL_CAPACITY);
}

/** Row-indexed float64 values in one typed array; rows skipped over read as NaN (missing). */
export class Float64Store {
  length = 0;
  private values = new Float64Array(INITIAL_CAPACITY);

  constructor(private readonly hint: CapacityHint) {}

  set(row: number, value: number): void {
    if (row >= this.length) {
      if (row >= this.values.length) {
        const grown = new Float64Array(grownCapacity(this.values.length, row + 1, this.hint));
        grown.set(this.values.subarray(0, this.length));
        this.values = grown;
      }
      if (row > this.length) this.values.fill(NaN, this.length, row);
      this.length = row + 1;
    }
    this.values[row] = value;
  }

  get(row: number): number {
    return this.values[row];
  }

  /** The finite values in row order, compacted in place; the store is released. */
  takeFinite(): Float64Array {
    const values = this.values;
    const length = this.length;
    let written = 0;
    for (let i = 0; i < length; i++) {
      const value = values[i];
      if (value - value === 0) values[written++] = value;
    }
    this.values = new Float64Array(0);
    this.length = 0;
    return values.subarray(0, written);
  }
}

export type CodeArray = Uint8Array | Uint16Array | Uint32Array;

/**
 * Row-indexed dictionary codes in the narrowest typed array that holds them: 8 bits while there are
 * fewer than 255 codes, then 16, then 32 (most columns of labels never widen, and a quarter of the
 * memory is a quarter of the pages to touch). The width's largest value stands for a missing code
 * (MISSING_CODE stored into a narrower array becomes just that); rows skipped over read as missing.
 */
export class CodeStore {
  length = 0;
  private values: CodeArray = new Uint8Array(INITIAL_CAPACITY);
  /** The missing code at the current width; every smaller code fits. */
  private missing = 0xff;

  constructor(private readonly hint: CapacityHint) {}

  set(row: number, code: number): void {
    if (code >= this.missing && code !== MISSING_CODE) this.widen(code);
    if (row >= this.length) {
      if (row >= this.values.length) this.values = this.copy(this.values, grownCapacity(this.values.length, row + 1, this.hint));
      if (row > this.length) this.values.fill(this.missing, this.length, row);
      this.length = row + 1;
    }
    this.values[row] = code;
  }

  /** Marks which codes occur. */
  markUsed(used: Uint8Array): void {
    const values = this.values;
    const missing = this.missing;
    for (let i = 0; i < this.length; i++) {
      const code = values[i];
      if (code !== missing) used[code] = 1;
    }
  }

  /** The non-missing codes in row order, each replaced by `remap[code]`, compacted in place; the store is released. */
  takePresent(remap: Uint32Array): CodeArray {
    const values = this.values;
    const length = this.length;
    const missing = this.missing;
    let written = 0;
    for (let i = 0; i < length; i++) {
      const code = values[i];
      if (code !== missing) values[written++] = remap[code];
    }
    this.values = new Uint8Array(0);
    this.length = 0;
    return values.subarray(0, written);
  }

  private widen(code: number): void {
    const missing = code < 0xffff ? 0xffff : MISSING_CODE;
    const wider = missing === 0xffff ? new Uint16Array(this.values.length) : new Uint32Array(this.values.length);
    const values = this.values;
    for (let i = 0; i < this.length; i++) wider[i] = values[i] === this.missing ? missing : values[i];
    this.values = wider;
    this.missing = missing;
  }

  private copy(values: CodeArray, capacity: number): CodeArray {
    const grown = values instanceof Uint8Array ? new Uint8Array(capacity) : values instanceof Uint16Array ? new Uint16Array(capacity) : new Uint32Array(capacity);
    grown.set(values.subarray(0, this.length));
    return grown;
  }
}
