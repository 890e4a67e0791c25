import { ConfigurationError } from "../core/errors";
import { fieldPath, isMapping, type Mapping } from "./spec-fields";

interface TaskEnds {
  /** The field naming the store (database or file system) the task reads or writes. */
  store: "source" | "sink";
  /** Where the data the task writes or reads is declared. */
  side: "outputs" | "inputs";
  port: string;
  /** The data type that port holds, by the kind of store. */
  types: Record<string, string>;
}

/** As the SDK checks a built-in data transfer: import_data writes `outputs.sink`, export_data reads `inputs.source`. */
const TASKS: Record<string, TaskEnds> = {
  import_data: { store: "source", side: "outputs", port: "sink", types: { database: "mltable", file_system: "uri_folder" } },
  export_data: { store: "sink", side: "inputs", port: "source", types: { database: "uri_file", file_system: "uri_folder" } },
};

/** Refuses a written data type that does not match the store kind of an import_data or export_data step. */
export function checkDataTransferTask(spec: Mapping, where: string): void {
  const task = typeof spec.task === "string" ? TASKS[spec.task] : undefined;
  const store = task ? spec[task.store] : undefined;
  if (!task || !isMapping(store) || typeof store.type !== "string" || !(store.type in task.types)) return;
  const ports = spec[task.side];
  const port = isMapping(ports) ? ports[task.port] : undefined;
  const type = isMapping(port) && typeof port.type === "string" ? port.type : undefined;
  const wanted = task.types[store.type];
  if (type === undefined || type === wanted) return;
  throw new ConfigurationError(
    `${fieldPath(fieldPath(fieldPath(where, task.side), task.port), "type")}: ${JSON.stringify(type)} is not accepted for a ${store.type} ${task.store}; accepted: ${wanted} (${task.side} of ${String(spec.task)} are ${task.types.database} for database and uri_folder for file_system).`,
  );
}
