import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);

// shared/azure/job-watch.ts
var TERMINAL_JOB_STATUSES = /* @__PURE__ */ new Set(["Completed", "Failed", "Canceled"]);
async function watchJob(watch, timing, signal, now = Date.now) {
  let deadline = now() + timing.timeoutMs, interval = timing.initialIntervalMs, previous;
  for (; ; ) {
    if (signal.aborted)
      return await watch.cancel(), { reason: "cancelled", status: "Canceled" };
    let status = await watch.readStatus();
    if (status !== previous && (watch.onStatus(status), previous = status, interval = timing.initialIntervalMs), await watch.followLogs(), TERMINAL_JOB_STATUSES.has(status)) return { reason: "finished", status };
    let remaining = deadline - now();
    if (remaining <= 0)
      return timing.cancelOnTimeout && await watch.cancel(), { reason: "timeout", status, cancelled: timing.cancelOnTimeout };
    await abortableSleep(Math.min(interval, remaining), signal), interval = Math.min(timing.maxIntervalMs, Math.round(interval * 1.5));
  }
}
function abortableSleep(ms, signal) {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    let timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: !0 });
    function done() {
      clearTimeout(timer), signal.removeEventListener("abort", done), resolve();
    }
  });
}

export {
  watchJob,
  abortableSleep
};
