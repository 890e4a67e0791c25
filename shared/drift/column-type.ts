/**
 * How a column is drift-tested. By default Evidently's current typing (`infer_column_type` in
 * evidently/core/datasets.py), applied to the current data as Evidently's Report does: floats are
 * numerical; integers are categorical up to 10 distinct values, numerical past that; strings are text
 * when more than half of their values are distinct (IDs, free text), categorical otherwise; booleans
 * categorical. Text columns are not drift-tested here.
 */
import { ConfigurationError } from "../core/errors";
import type { CategoricalColumn, Column, NumericalColumn } from "./column";

export const COLUMN_TYPES = ["numerical", "categorical", "text", "ignore"] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

const INTEGER_CARDINALITY_LIMIT = 10;
const TEXT_DISTINCT_SHARE = 0.5;
const BOOLEAN_LABELS: ReadonlySet<string> = new Set(["true", "false"]);

export interface InferredType {
  type: Exclude<ColumnType, "ignore">;
  /** Why, in words, for a column that is not tested. */
  reason?: string;
}

export function inferColumnType(column: Column): InferredType {
  return column.kind === "numerical" ? inferNumerical(column) : inferLabels(column);
}

function inferNumerical(column: NumericalColumn): InferredType {
  if (!column.integer) return { type: "numerical" };
  return { type: countDistinctUpTo(column.values, INTEGER_CARDINALITY_LIMIT + 1) <= INTEGER_CARDINALITY_LIMIT ? "categorical" : "numerical" };
}

function inferLabels(column: CategoricalColumn): InferredType {
  const used = new Uint8Array(column.dictionary.length);
  for (let i = 0; i < column.codes.length; i++) used[column.codes[i]] = 1;
  const labels = new Set<string>();
  for (let code = 0; code < used.length; code++) if (used[code] === 1) labels.add(column.dictionary[code]);
  if ([...labels].every((label) => BOOLEAN_LABELS.has(label))) return { type: "categorical" };
  if (labels.size > column.codes.length * TEXT_DISTINCT_SHARE) {
    return {
      type: "text",
      reason: `text: ${labels.size} distinct values in ${column.codes.length} rows of the current data (more than half distinct, like an ID or free text)`,
    };
  }
  return { type: "categorical" };
}

function countDistinctUpTo(values: Float64Array, limit: number): number {
  const seen = new Set<number>();
  for (let i = 0; i < values.length && seen.size < limit; i++) seen.add(values[i]);
  return seen.size;
}

export function parseColumnType(text: string): ColumnType {
  const type = text.trim().toLowerCase();
  if ((COLUMN_TYPES as readonly string[]).includes(type)) return type as ColumnType;
  throw new ConfigurationError(`Unknown column type "${text}". Accepted: ${COLUMN_TYPES.join(", ")}.`);
}
