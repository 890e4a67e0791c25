export const TERMINAL_JOB_STATUSES: ReadonlySet<string> = new Set(["Completed", "Failed", "Canceled"]);

export interface JobWatch {
  /** One status read (one ARM call). */
  readStatus(): Promise<string>;
  /** Reads new log lines; called after each status read. */
  followLogs(): Promise<void>;
  onStatus(status: string): void;
  /** Cancels the job and waits until the service has taken the request. */
  cancel(): Promise<void>;
}

export interface WatchTiming {
  initialIntervalMs: number;
  maxIntervalMs: number;
  timeoutMs: number;
  cancelOnTimeout: boolean;
}

export type WatchEnd =
  | { reason: "finished"; status: string }
  | { reason: "timeout"; status: string; cancelled: boolean }
  | { reason: "cancelled"; status: string };

/**
 * Polls a job until it ends, backing off while nothing changes (one status read per interval),
 * and cancels it when the run is cancelled or, if asked, when the wait times out.
 */
export async function watchJob(watch: JobWatch, timing: WatchTiming, signal: AbortSignal, now: () => number = Date.now): Promise<WatchEnd> {
  const deadline = now() + timing.timeoutMs;
  let interval = timing.initialIntervalMs;
  let previous: string | undefined;
  for (;;) {
    if (signal.aborted) {
      await watch.cancel();
      return { reason: "cancelled", status: "Canceled" };
    }
    const status = await watch.readStatus();
    if (status !== previous) {
      watch.onStatus(status);
      previous = status;
      interval = timing.initialIntervalMs;
    }
    await watch.followLogs();
    if (TERMINAL_JOB_STATUSES.has(status)) return { reason: "finished", status };
    const remaining = deadline - now();
    if (remaining <= 0) {
      if (timing.cancelOnTimeout) await watch.cancel();
      return { reason: "timeout", status, cancelled: timing.cancelOnTimeout };
    }
    await abortableSleep(Math.min(interval, remaining), signal);
    interval = Math.min(timing.maxIntervalMs, Math.round(interval * 1.5));
  }
}

/** Resolves after `ms`, or at once when the signal aborts. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });
}
