import { watchJob, type JobWatch } from "../../shared/azure/job-watch";

function scriptedJob(statuses: (string | Error)[]) {
  const calls = { reads: 0, logs: 0, cancels: 0, seen: [] as string[], events: [] as string[] };
  const watch: JobWatch = {
    async readStatus() {
      const status = statuses[Math.min(calls.reads, statuses.length - 1)];
      calls.reads += 1;
      if (status instanceof Error) throw status;
      return status;
    },
    async followLogs(final) {
      calls.logs += 1;
      calls.events.push(final ? "logs (final)" : "logs");
    },
    onStatus(status) {
      calls.seen.push(status);
      calls.events.push(status);
    },
    async cancel() {
      calls.cancels += 1;
    },
  };
  return { watch, calls };
}

const fast = { initialIntervalMs: 1, maxIntervalMs: 4, timeoutMs: 60_000, cancelOnTimeout: true };

describe("watchJob", () => {
  it("reports each status change once and stops at a terminal status", async () => {
    const { watch, calls } = scriptedJob(["Queued", "Queued", "Running", "Running", "Completed", "Running"]);
    const end = await watchJob(watch, fast, new AbortController().signal);
    expect(end).toEqual({ reason: "finished", status: "Completed" });
    expect(calls.seen).toEqual(["Queued", "Running", "Completed"]);
    expect(calls.reads).toBe(5);
    expect(calls.logs).toBe(5);
    expect(calls.cancels).toBe(0);
  });

  it("prints a status change after the log lines read with it, and the final lines before the end status", async () => {
    const { watch, calls } = scriptedJob(["Running", "Failed"]);
    await watchJob(watch, fast, new AbortController().signal);
    expect(calls.events).toEqual(["logs", "Running", "logs (final)", "Failed"]);
  });

  it("cancels the job when a status read fails for good, and says so", async () => {
    const lasting = new Error("Reading job 'x' failed (HTTP 429 TooManyRequests)");
    const { watch, calls } = scriptedJob(["Running", lasting]);
    expect(await watchJob(watch, fast, new AbortController().signal)).toEqual({ reason: "unreadable", status: "Running", error: lasting, cancelled: true });
    expect(calls.cancels).toBe(1);
  });

  it("leaves the job running when a status read fails and cancel-on-timeout is off", async () => {
    const lasting = new Error("gone");
    const { watch, calls } = scriptedJob([lasting]);
    expect(await watchJob(watch, { ...fast, cancelOnTimeout: false }, new AbortController().signal)).toEqual({ reason: "unreadable", status: "Unknown", error: lasting, cancelled: false });
    expect(calls.cancels).toBe(0);
  });

  it("reports a cancel that fails after a lasting read failure instead of throwing", async () => {
    const { watch } = scriptedJob([new Error("gone")]);
    const refused = new Error("cancel refused");
    watch.cancel = async () => {
      throw refused;
    };
    expect(await watchJob(watch, fast, new AbortController().signal)).toMatchObject({ reason: "unreadable", cancelled: false, cancelError: refused });
  });

  it("cancels the job when the run is cancelled", async () => {
    const { watch, calls } = scriptedJob(["Running"]);
    const controller = new AbortController();
    const watching = watchJob(watch, { ...fast, initialIntervalMs: 50, maxIntervalMs: 50 }, controller.signal);
    setTimeout(() => controller.abort(), 20);
    expect(await watching).toEqual({ reason: "cancelled", status: "Canceled" });
    expect(calls.cancels).toBe(1);
  });

  it("cancels on timeout unless told not to", async () => {
    let clock = 0;
    const now = () => (clock += 10);
    const first = scriptedJob(["Running"]);
    expect(await watchJob(first.watch, { ...fast, timeoutMs: 25 }, new AbortController().signal, now)).toEqual({ reason: "timeout", status: "Running", cancelled: true });
    expect(first.calls.cancels).toBe(1);
    clock = 0;
    const second = scriptedJob(["Running"]);
    expect(await watchJob(second.watch, { ...fast, timeoutMs: 25, cancelOnTimeout: false }, new AbortController().signal, now)).toMatchObject({ cancelled: false });
    expect(second.calls.cancels).toBe(0);
  });

  it("backs off while nothing changes: fewer reads than a fixed interval would make", async () => {
    const { watch, calls } = scriptedJob(["Running"]);
    let clock = 0;
    const timing = { initialIntervalMs: 5, maxIntervalMs: 60, timeoutMs: 1000, cancelOnTimeout: false };
    // Virtual clock: each read advances time by the interval slept before it.
    const intervals: number[] = [];
    const originalSetTimeout = global.setTimeout;
    const spy = jest.spyOn(global, "setTimeout").mockImplementation(((fn: () => void, ms?: number) => {
      intervals.push(ms ?? 0);
      clock += ms ?? 0;
      return originalSetTimeout(fn, 0);
    }) as typeof setTimeout);
    try {
      await watchJob(watch, timing, new AbortController().signal, () => clock);
    } finally {
      spy.mockRestore();
    }
    expect(intervals.slice(0, 4)).toEqual([5, 8, 12, 18]);
    expect(Math.max(...intervals)).toBe(60);
    expect(calls.reads).toBeLessThan(1000 / 5);
  });
});
