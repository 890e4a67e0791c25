export { readTable } from "./read-table";
export { readDatasetPair, readTableInWorker, type TablePair } from "./worker/read-in-worker";
export { bundledReadWorker, prestartReadWorker, READ_WORKER_FILE } from "./worker/worker-script";
export { sampleCdfErrorBound } from "./row-admission";
export { resolveLocalDataset, resolveLocalMLTable } from "./local";
export { localFileSource } from "./local-file";
export { parseMLTable, type MLTablePath, type MLTableSpec } from "./mltable";
export { formatFromName, hasAcceptedExtension, isGzipName, ACCEPTED_EXTENSIONS, type ByteSource, type CsvFormat, type Dataset, type FormatSpec, type HeaderMode, type JsonLinesFormat, type ParquetFormat, type TextEncoding } from "./source";
export type { ReadOptions, Table } from "../table";
