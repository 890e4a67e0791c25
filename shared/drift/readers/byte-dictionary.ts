const MAX_ENTRIES = 1 << 16;
const MAX_POOL_BYTES = 1 << 22;

/**
 * Maps the bytes of a cell to its dictionary code without making a string: a low-cardinality
 * column then costs one hash and one byte comparison per cell. Stops accepting entries past
 * MAX_ENTRIES or MAX_POOL_BYTES (a column of mostly unique values gains nothing from it).
 */
export class ByteDictionary {
  private slots = new Int32Array(1024);
  private starts = new Int32Array(256);
  private lengths = new Int32Array(256);
  private hashes = new Int32Array(256);
  private codes = new Uint32Array(256);
  private pool = Buffer.allocUnsafe(1 << 14);
  private poolUsed = 0;
  private count = 0;

  /** The code stored for these bytes, or -1. */
  find(buf: Uint8Array, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot] - 1;
      if (entry < 0) return -1;
      if (this.hashes[entry] === hash && this.lengths[entry] === length && this.equals(entry, buf, start, length)) return this.codes[entry];
    }
  }

  add(buf: Uint8Array, start: number, end: number, hash: number, code: number): void {
    const length = end - start;
    if (this.count >= MAX_ENTRIES || this.poolUsed + length > MAX_POOL_BYTES) return;
    if (this.count === this.starts.length) this.growEntries();
    if (this.poolUsed + length > this.pool.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.pool.length * 2, this.poolUsed + length));
      this.pool.copy(grown, 0, 0, this.poolUsed);
      this.pool = grown;
    }
    const entry = this.count++;
    this.pool.set(buf.subarray(start, end), this.poolUsed);
    this.starts[entry] = this.poolUsed;
    this.lengths[entry] = length;
    this.hashes[entry] = hash;
    this.codes[entry] = code;
    this.poolUsed += length;
    if (this.count * 2 > this.slots.length) this.rehash();
    else this.place(entry);
  }

  private equals(entry: number, buf: Uint8Array, start: number, length: number): boolean {
    const pool = this.pool;
    const at = this.starts[entry];
    for (let i = 0; i < length; i++) if (pool[at + i] !== buf[start + i]) return false;
    return true;
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[entry] & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let entry = 0; entry < this.count; entry++) this.place(entry);
  }

  private growEntries(): void {
    const size = this.starts.length * 2;
    this.starts = grow(this.starts, size);
    this.lengths = grow(this.lengths, size);
    this.hashes = grow(this.hashes, size);
    const codes = new Uint32Array(size);
    codes.set(this.codes);
    this.codes = codes;
  }
}

/** FNV-1a over `buf[start, end)`. */
export function hashBytes(buf: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ buf[i], 0x01000193);
  return hash;
}

function grow(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(size);
  grown.set(array);
  return grown;
}
