/** Messages between the thread that owns a dataset's bytes and the worker thread that parses them. */
import { CancelledError, ConfigurationError, ServiceError } from "../../../core/errors";
import type { Column } from "../../column";
import type { ReadOptions, Table } from "../../table";
import type { FormatSpec } from "../source";

/** A source as the worker sees it: its bytes stay with the thread that can fetch them. */
export interface RemoteSource {
  name: string;
  size?: number;
  randomAccess: boolean;
  /** A local file the worker reads itself. */
  localPath?: string;
}

export type ReadRequest = {
  type: "read";
  label: string;
  sources: RemoteSource[];
  format?: FormatSpec;
  options: Omit<ReadOptions, "signal">;
};

/** Worker → owner. */
export type WorkerMessage =
  | { type: "next"; stream: number; file: number }
  | { type: "close"; stream: number }
  | { type: "slice"; request: number; file: number; start: number; end?: number }
  | { type: "byteLength"; request: number; file: number }
  | { type: "done"; table: Table }
  | { type: "failed"; error: SerializedError };

/** Owner → worker. */
export type OwnerMessage =
  | ReadRequest
  | { type: "chunk"; stream: number; bytes?: Uint8Array }
  | { type: "sliced"; request: number; buffer?: ArrayBuffer; byteLength?: number }
  | { type: "streamFailed"; stream: number; error: SerializedError }
  | { type: "sliceFailed"; request: number; error: SerializedError };

export interface SerializedError {
  name: string;
  message: string;
}

export function serializeError(error: unknown): SerializedError {
  return error instanceof Error ? { name: error.name, message: error.message } : { name: "Error", message: String(error) };
}

/** The error as the other thread threw it, with its type kept for the kinds the steps tell apart. */
export function deserializeError(error: SerializedError): Error {
  switch (error.name) {
    case "ConfigurationError":
    case "SettingError":
      return new ConfigurationError(error.message);
    case "CancelledError":
      return new CancelledError(error.message);
    case "ServiceError":
      return new ServiceError(error.message);
    default:
      return new Error(error.message);
  }
}

/** The buffers behind a table's columns, to hand them over without copying. */
export function columnBuffers(columns: Iterable<Column>): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const column of columns) buffers.add((column.kind === "numerical" ? column.values : column.codes).buffer as ArrayBuffer);
  return [...buffers];
}
