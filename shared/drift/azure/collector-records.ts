import type { TimeWindow } from "./window";

/** Why a collector record contributed no row. */
export type SkipReason = "not-json" | "no-time" | "no-data" | "unrecognised-data";

export const SKIP_REASON_TEXT: Record<SkipReason, string> = {
  "not-json": "line(s) that are not a JSON object",
  "no-time": "record(s) without a valid `time`",
  "no-data": "record(s) without inline `data`",
  "unrecognised-data": "record(s) whose `data` is neither a list of row objects nor a {columns, data} table",
};

export type RecordOutcome = { kind: "rows"; rows: Record<string, unknown>[] } | { kind: "outside" } | { kind: "skip"; reason: SkipReason };

/**
 * The rows of one data-collector line: a CloudEvents-style record whose `time` falls in the window
 * and whose `data` is a list of row objects, a pandas split table (`{columns, data}` or
 * `{columns, index, data}`), one row object, or JSON text of one of these.
 */
export function recordRows(line: string, window: TimeWindow): RecordOutcome {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { kind: "skip", reason: "not-json" };
  }
  if (!isRecord(record)) return { kind: "skip", reason: "not-json" };
  const time = parseRecordTime(record.time);
  if (time === undefined) return { kind: "skip", reason: "no-time" };
  if (time < window.from.getTime() || time >= window.to.getTime()) return { kind: "outside" };
  if (record.data === undefined || record.data === null) return { kind: "skip", reason: "no-data" };
  const rows = dataRows(record.data, true);
  return rows === undefined ? { kind: "skip", reason: "unrecognised-data" } : { kind: "rows", rows };
}

function dataRows(data: unknown, mayBeText: boolean): Record<string, unknown>[] | undefined {
  if (Array.isArray(data)) return data.every(isRecord) ? data : undefined;
  if (isRecord(data)) {
    if (Array.isArray(data.columns) && Array.isArray(data.data)) return splitTableRows(data.columns, data.data);
    return [data];
  }
  if (mayBeText && typeof data === "string") {
    try {
      return dataRows(JSON.parse(data), false);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function splitTableRows(columns: unknown[], data: unknown[]): Record<string, unknown>[] | undefined {
  if (!columns.every((column) => typeof column === "string" || typeof column === "number")) return undefined;
  const names = columns.map(String);
  const rows: Record<string, unknown>[] = [];
  for (const values of data) {
    if (!Array.isArray(values) || values.length !== names.length) return undefined;
    const row: Record<string, unknown> = {};
    for (let index = 0; index < names.length; index++) row[names[index]] = values[index];
    rows.push(row);
  }
  return rows;
}

/** Milliseconds of an ISO 8601 `time`; without an offset it is UTC. */
export function parseRecordTime(value: unknown): number | undefined {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(value)) return undefined;
  const withZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`;
  const millis = Date.parse(withZone);
  return Number.isNaN(millis) ? undefined : millis;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
