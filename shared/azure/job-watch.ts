export const TERMINAL_JOB_STATUSES: ReadonlySet<string> = new Set(["Completed", "Failed", "Canceled"]);

export interface JobWatch {
  /** One status read; may ride out throttling until `deadline` (epoch ms) and throws when it cannot. */
  readStatus(deadline: number): Promise<string>;
  /** Prints new log lines; called after each status read. `final`: the job has ended, print what is left too. */
  followLogs(final: boolean): Promise<void>;
  /** Called after the log lines that came before the change. */
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
  | { reason: "cancelled"; status: string }
  /** A status read failed for good; the job was cancelled when `cancelOnTimeout` asked for it and the cancel went through. */
  | { reason: "unreadable"; status: string; error: unknown; cancelled: boolean; cancelError?: unknown };

/**
 * Polls a job until it ends, backing off while nothing changes (one status read per interval),
 * and cancels it when the run is cancelled, or, if asked, when the wait times out or the job can no longer be read.
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
    let status: string;
    try {
      status = await watch.readStatus(deadline);
    } catch (error) {
      if (signal.aborted) continue;
      return giveUp(watch, timing.cancelOnTimeout, previous ?? "Unknown", error);
    }
    const terminal = TERMINAL_JOB_STATUSES.has(status);
    await watch.followLogs(terminal);
    if (status !== previous) {
      watch.onStatus(status);
      previous = status;
      interval = timing.initialIntervalMs;
    }
    if (terminal) return { reason: "finished", status };
    const remaining = deadline - now();
    if (remaining <= 0) {
      if (timing.cancelOnTimeout) await watch.cancel();
      return { reason: "timeout", status, cancelled: timing.cancelOnTimeout };
    }
    await abortableSleep(Math.min(interval, remaining), signal);
    interval = Math.min(timing.maxIntervalMs, Math.round(interval * 1.5));
  }
}

async function giveUp(watch: JobWatch, cancel: boolean, status: string, error: unknown): Promise<WatchEnd> {
  if (!cancel) return { reason: "unreadable", status, error, cancelled: false };
  try {
    await watch.cancel();
    return { reason: "unreadable", status, error, cancelled: true };
  } catch (cancelError) {
    return { reason: "unreadable", status, error, cancelled: false, cancelError };
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
