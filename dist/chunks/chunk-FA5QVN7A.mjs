import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);

// shared/drift/readers/worker/worker-script.ts
import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
var READ_WORKER_FILE = "drift-read-worker.mjs";
function bundledReadWorker() {
  let entry = process.argv[1];
  if (!entry) return;
  let resolved = path.resolve(entry), script = path.join(path.dirname(existsSync(resolved) ? realpathSync(resolved) : resolved), READ_WORKER_FILE);
  return existsSync(script) ? script : void 0;
}
var started;
function prestartReadWorker() {
  let script = bundledReadWorker();
  if (script === void 0 || started !== void 0) return;
  let worker = new Worker(script);
  worker.unref();
  let entry = { script, worker, exited: !1 };
  worker.once("error", () => entry.exited = !0), worker.once("exit", () => entry.exited = !0), started = entry;
}
function readWorker(script) {
  let ahead = started;
  return started = void 0, ahead !== void 0 && ahead.script === script && !ahead.exited ? (ahead.worker.ref(), ahead.worker) : (ahead !== void 0 && ahead.worker.terminate(), new Worker(script));
}

export {
  bundledReadWorker,
  prestartReadWorker,
  readWorker
};
