import { ConfigurationError } from "../core/errors";
import { fieldPath, isMapping, type Mapping } from "./spec-fields";

/** The data type each end of a built-in data transfer holds, by the kind of store on the other side (as the SDK checks). */
const DATA_TYPE_FOR: Record<string, string> = { database: "", file_system: "uri_folder" };
const IMPORT_TYPE: Record<string, string> = { ...DATA_TYPE_FOR, database: "mltable" };
const EXPORT_TYPE: Record<string, string> = { ...DATA_TYPE_FOR, database: "uri_file" };

function writtenType(io: unknown, name: string): string | undefined {
  const item = isMapping(io) ? io[name] : undefined;
  return isMapping(item) && typeof item.type === "string" ? item.type : undefined;
}

/** import_data writes `outputs.sink`, export_data reads `inputs.source`: each of the type its store kind holds. */
export function checkDataTransferTask(spec: Mapping, where: string): void {
  const [store, io, name, expected] =
    spec.task === "import_data" ? [spec.source, spec.outputs, "sink", IMPORT_TYPE] : spec.task === "export_data" ? [spec.sink, spec.inputs, "source", EXPORT_TYPE] : [];
  if (!expected || !isMapping(store) || typeof store.type !== "string" || !(store.type in expected)) return;
  const type = writtenType(io, name);
  const wanted = expected[store.type];
  if (type === undefined || type === wanted) return;
  const side = spec.task === "import_data" ? "outputs" : "inputs";
  throw new ConfigurationError(
    `${fieldPath(fieldPath(fieldPath(where, side), name), "type")}: ${JSON.stringify(type)} is not accepted for a ${store.type} ${spec.task === "import_data" ? "source" : "sink"}; accepted: ${wanted} (${side} of ${String(spec.task)} are ${expected.database} for database and uri_folder for file_system).`,
  );
}
