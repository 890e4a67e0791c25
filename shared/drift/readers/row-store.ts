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

/** Row-indexed dictionary codes in one typed array; rows skipped over read as MISSING_CODE. */
export class Uint32Store {
  length = 0;
  private values = new Uint32Array(INITIAL_CAPACITY);

  constructor(private readonly hint: CapacityHint) {}

  set(row: number, code: number): void {
    if (row >= this.length) {
      if (row >= this.values.length) {
        const grown = new Uint32Array(grownCapacity(this.values.length, row + 1, this.hint));
        grown.set(this.values.subarray(0, this.length));
        this.values = grown;
      }
      if (row > this.length) this.values.fill(MISSING_CODE, this.length, row);
      this.length = row + 1;
    }
    this.values[row] = code;
  }

  /** Marks which codes occur. */
  markUsed(used: Uint8Array): void {
    const values = this.values;
    for (let i = 0; i < this.length; i++) {
      const code = values[i];
      if (code !== MISSING_CODE) used[code] = 1;
    }
  }

  /** The non-missing codes in row order, each replaced by `remap[code]`, compacted in place; the store is released. */
  takePresent(remap: Uint32Array): Uint32Array {
    const values = this.values;
    const length = this.length;
    let written = 0;
    for (let i = 0; i < length; i++) {
      const code = values[i];
      if (code !== MISSING_CODE) values[written++] = remap[code];
    }
    this.values = new Uint32Array(0);
    this.length = 0;
    return values.subarray(0, written);
  }
}
