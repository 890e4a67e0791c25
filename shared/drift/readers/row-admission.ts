import { ConfigurationError } from "../../core/errors";

/** Returned by `RowAdmission.next` for a row the sample leaves out. */
export const SKIP_ROW = -1;
/** Returned by `RowAdmission.next` once `maxRows` rows were seen. */
export const STOP_READING = -2;

/**
 * Decides where each incoming row goes: its own slot, a reservoir slot (Algorithm R with a
 * seeded generator, so one seed always keeps the same rows), nowhere, or stop.
 */
export class RowAdmission {
  /** Rows seen so far. */
  seen = 0;
  private readonly maxRows: number;
  private readonly reservoir: number;
  private readonly random: () => number;

  constructor(maxRows?: number, sample?: { rows: number; seed: number }) {
    if (maxRows !== undefined && !(Number.isInteger(maxRows) && maxRows > 0)) {
      throw new ConfigurationError(`maxRows must be a positive integer, got ${maxRows}.`);
    }
    if (sample !== undefined) {
      if (!(Number.isInteger(sample.rows) && sample.rows > 0)) {
        throw new ConfigurationError(`sample.rows must be a positive integer, got ${sample.rows}.`);
      }
      if (!Number.isInteger(sample.seed)) throw new ConfigurationError(`sample.seed must be an integer, got ${sample.seed}.`);
    }
    this.maxRows = maxRows ?? Infinity;
    this.reservoir = sample?.rows ?? Infinity;
    this.random = seededUniform(sample?.seed ?? 0);
  }

  /** Rows held: every row seen, or the reservoir once it is full. */
  get held(): number {
    return Math.min(this.seen, this.reservoir);
  }

  /** The most rows that can be held. */
  get limit(): number {
    return Math.min(this.maxRows, this.reservoir);
  }

  get exhausted(): boolean {
    return this.seen >= this.maxRows;
  }

  /** The slot for the next row, SKIP_ROW or STOP_READING. */
  next(): number {
    const index = this.seen;
    if (index >= this.maxRows) return STOP_READING;
    this.seen = index + 1;
    if (index < this.reservoir) return index;
    const slot = Math.floor(this.random() * (index + 1));
    return slot < this.reservoir ? slot : SKIP_ROW;
  }
}

/**
 * The Dvoretzky–Kiefer–Wolfowitz bound for a uniform sample of `sampleRows` rows: with probability
 * `confidence`, no value's empirical CDF in the sample is farther than this from its CDF in the
 * full data (so a KS statistic moves by at most twice this, one bound per side compared).
 */
export function sampleCdfErrorBound(sampleRows: number, confidence = 0.99): number {
  return Math.sqrt(Math.log(2 / (1 - confidence)) / (2 * sampleRows));
}

/** Uniform doubles in [0, 1) with 53 random bits, from two mulberry32 draws. */
function seededUniform(seed: number): () => number {
  let state = (seed ^ Math.floor(seed / 4294967296) ^ 0x9e3779b9) >>> 0;
  const next32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return () => ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992;
}
