import type { Column } from "./column";

/** A dataset read into typed-array columns. */
export interface Table {
  /** Materialised columns by name, in the order they appear in the data. */
  columns: Map<string, Column>;
  /** Rows held (after `maxRows` and sampling). */
  rowCount: number;
  /** Rows seen in the source before sampling (up to `maxRows`). */
  sourceRowCount: number;
  /** Per column: rows without a valid value (empty, null, NaN, ±inf, NA tokens) among the rows held. */
  missing: Map<string, number>;
  /** Names of the files (or blobs) read, in order. */
  sources: string[];
}

export interface ReadOptions {
  /** Materialise only these columns (each must exist); every other column is skipped without allocation. */
  columns?: readonly string[];
  /** Treat these columns as categorical even when every value is a number (names absent from the data are ignored: one option set serves reference and current data). */
  categorical?: readonly string[];
  /** Skip these columns. */
  exclude?: readonly string[];
  /** Read at most this many rows (the first ones, across files in order). */
  maxRows?: number;
  /** Keep a uniform random sample of this many rows; the same seed gives the same rows. */
  sample?: { rows: number; seed: number };
  /** Stops the read (downloads included) with a CancelledError. */
  signal?: AbortSignal;
}
