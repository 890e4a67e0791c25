import type { Column } from "../column";
import { ConfigurationError } from "../../core/errors";
import { LIMITS } from "../../core/limits";
import type { ReadOptions, Table } from "../table";
import { ColumnBuilder } from "./column-builder";
import { RowAdmission } from "./row-admission";
import type { CapacityHint } from "./row-store";

/**
 * Gathers the columns of one dataset across its files: which columns to materialise, where each
 * row goes, that every file has the same columns, and the final checks.
 */
export class TableBuilder implements CapacityHint {
  readonly admission: RowAdmission;
  private readonly builders = new Map<string, ColumnBuilder | null>();
  private readonly wanted: ReadonlySet<string> | undefined;
  private readonly excluded: ReadonlySet<string>;
  private readonly categorical: ReadonlySet<string>;
  private readonly files: string[] = [];
  private rowsHint = 0;
  private bytesRead = 0;
  /** Bytes of the whole dataset when every source knows its size. */
  totalBytes: number | undefined;

  constructor(
    private readonly label: string,
    options: ReadOptions = {},
  ) {
    this.admission = new RowAdmission(options.maxRows, options.sample);
    this.wanted = options.columns ? new Set(options.columns) : undefined;
    this.excluded = new Set(options.exclude ?? []);
    this.categorical = new Set(options.categorical ?? []);
  }

  get currentFile(): string {
    return this.files[this.files.length - 1] ?? this.label;
  }

  /** True once `maxRows` rows were read: later files need not be opened. */
  get done(): boolean {
    return this.admission.exhausted;
  }

  /** Sizes column storage: rows expected in the whole dataset (0 when unknown), capped by maxRows and the sample. */
  expectedRows(): number {
    return Math.min(this.rowsHint, this.admission.limit);
  }

  /** Text readers report each chunk they consumed: the first rows, scaled to `totalBytes`, estimate the row count. */
  noteBytes(bytes: number): void {
    this.bytesRead += bytes;
    if (this.rowsHint === 0 && this.totalBytes !== undefined && this.admission.seen > 0) {
      this.rowsHint = Math.ceil((this.admission.seen / this.bytesRead) * this.totalBytes);
    }
  }

  /** A reader that knows a file's row count up front (Parquet). */
  expectRows(rows: number, fileBytes: number | undefined): void {
    if (this.rowsHint !== 0) return;
    const scale = this.totalBytes !== undefined && fileBytes ? this.totalBytes / fileBytes : 1;
    this.rowsHint = this.admission.seen + Math.ceil(rows * scale);
  }

  beginFile(name: string): void {
    this.files.push(name);
  }

  /** The builder for a column of the current file, or null when the column is not materialised. */
  column(name: string): ColumnBuilder | null {
    let builder = this.builders.get(name);
    if (builder === undefined) {
      if (this.builders.size >= LIMITS.maxColumns) {
        throw new ConfigurationError(`${this.currentFile} has more than ${LIMITS.maxColumns} columns, the limit of a dataset; list the columns to compare in features.`);
      }
      const materialise = (this.wanted === undefined || this.wanted.has(name)) && !this.excluded.has(name);
      if (materialise && this.files.length > 1) {
        throw new ConfigurationError(`Column "${name}" is in ${this.currentFile} but not in ${this.files[0]}: all files of ${this.label} must have the same columns.`);
      }
      builder = materialise ? new ColumnBuilder(name, this.categorical.has(name), this) : null;
      this.builders.set(name, builder);
      if (builder !== null) this.materialised.push(builder);
    }
    if (builder !== null) builder.lastFile = this.files.length - 1;
    return builder;
  }

  /** Columns materialised so far, in order of first appearance. */
  readonly materialised: ColumnBuilder[] = [];

  /** Checks that the file just read had every materialised column. */
  endFile(): void {
    const fileIndex = this.files.length - 1;
    for (const builder of this.builders.values()) {
      if (builder !== null && builder.lastFile !== fileIndex) {
        throw new ConfigurationError(`Column "${builder.name}" is in ${this.files[0]} but missing from ${this.currentFile}: all files of ${this.label} must have the same columns.`);
      }
    }
  }

  finish(): Table {
    const names = [...this.builders.keys()];
    for (const name of this.wanted ?? []) {
      if (!this.builders.has(name)) {
        throw new ConfigurationError(`Column "${name}" is not in ${this.label}; its columns are: ${names.join(", ")}.`);
      }
    }
    if (this.admission.seen === 0) throw new ConfigurationError(`${this.label} has no data rows.`);
    const rowCount = this.admission.held;
    const columns = new Map<string, Column>();
    const missing = new Map<string, number>();
    for (const builder of this.builders.values()) {
      if (builder === null) continue;
      const finished = builder.finish(rowCount);
      if (finished === undefined) {
        throw new ConfigurationError(`Column "${builder.name}" of ${this.label} has no valid values in ${rowCount} rows (all empty, NaN or infinite); exclude it or fix the data.`);
      }
      columns.set(builder.name, finished.column);
      missing.set(builder.name, finished.missing);
    }
    if (columns.size === 0) throw new ConfigurationError(`No column of ${this.label} is left to read; its columns are: ${names.join(", ")}.`);
    return { columns, rowCount, sourceRowCount: this.admission.seen, missing, sources: [...this.files] };
  }
}
