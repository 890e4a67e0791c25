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
    let status;
    try {
      status = await watch.readStatus(deadline);
    } catch (error) {
      if (signal.aborted) continue;
      return giveUp(watch, timing.cancelOnTimeout, previous ?? "Unknown", error);
    }
    let terminal = TERMINAL_JOB_STATUSES.has(status);
    if (await watch.followLogs(terminal), status !== previous && (watch.onStatus(status), previous = status, interval = timing.initialIntervalMs), terminal) return { reason: "finished", status };
    let remaining = deadline - now();
    if (remaining <= 0)
      return timing.cancelOnTimeout && await watch.cancel(), { reason: "timeout", status, cancelled: timing.cancelOnTimeout };
    await abortableSleep(Math.min(interval, remaining), signal), interval = Math.min(timing.maxIntervalMs, Math.round(interval * 1.5));
  }
}
async function giveUp(watch, cancel, status, error) {
  if (!cancel) return { reason: "unreadable", status, error, cancelled: !1 };
  try {
    return await watch.cancel(), { reason: "unreadable", status, error, cancelled: !0 };
  } catch (cancelError) {
    return { reason: "unreadable", status, error, cancelled: !1, cancelError };
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
