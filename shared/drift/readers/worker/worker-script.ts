/**
 * Where the bundled read worker is, and a worker started ahead of need: a worker thread takes a
 * tenth of a second to boot, which it can spend while this thread still loads the step and checks
 * its inputs instead of after.
 */
import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";

/** File name of the bundled worker entry, beside the step's own bundle. */
export const READ_WORKER_FILE = "drift-read-worker.mjs";

/** The bundled worker entry beside the running bundle; undefined when running from sources. */
export function bundledReadWorker(): string | undefined {
  const entry = process.argv[1];
  if (!entry) return undefined;
  const resolved = path.resolve(entry);
  // `npx amlops` runs the bundle through a symbolic link in node_modules/.bin.
  const script = path.join(path.dirname(existsSync(resolved) ? realpathSync(resolved) : resolved), READ_WORKER_FILE);
  return existsSync(script) ? script : undefined;
}

interface Started {
  script: string;
  worker: Worker;
  exited: boolean;
}

let started: Started | undefined;

/** Boots the bundled read worker now, when there is one; left unused, it does not keep the process alive. */
export function prestartReadWorker(): void {
  const script = bundledReadWorker();
  if (script === undefined || started !== undefined) return;
  const worker = new Worker(script);
  worker.unref();
  const entry: Started = { script, worker, exited: false };
  // A worker that failed before it was taken is not handed out: `readWorker` starts another.
  worker.once("error", () => (entry.exited = true));
  worker.once("exit", () => (entry.exited = true));
  started = entry;
}

/** A worker running `script`: the one started ahead when it is still alive, else a new one. */
export function readWorker(script: string): Worker {
  const ahead = started;
  started = undefined;
  if (ahead !== undefined && ahead.script === script && !ahead.exited) {
    ahead.worker.ref();
    return ahead.worker;
  }
  if (ahead !== undefined) void ahead.worker.terminate();
  return new Worker(script);
}
