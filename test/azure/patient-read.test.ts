import { RestError, createHttpHeaders, createPipelineRequest } from "@azure/core-rest-pipeline";
import { CancelledError, ServiceError } from "../../shared/core/errors";
import { isTransient, patientRead, retryAfterMs } from "../../shared/azure/patient-read";
import { MemoryHost } from "../support/memory-host";

function failure(statusCode: number, headers: Record<string, string> = {}): RestError {
  const request = createPipelineRequest({ url: "https://example.test/jobs/x" });
  return new RestError(`HTTP ${statusCode}`, { statusCode, request, response: { status: statusCode, headers: createHttpHeaders(headers), request } });
}

/** A virtual clock: sleeping advances it, and the waits are recorded. */
function clock() {
  let time = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => time,
    sleep: async (ms: number) => {
      waits.push(ms);
      time += ms;
    },
  };
}

function failingThen<T>(errors: unknown[], value: T) {
  let calls = 0;
  const read = async () => {
    calls += 1;
    if (calls <= errors.length) throw errors[calls - 1];
    return value;
  };
  return { read, calls: () => calls };
}

describe("patientRead", () => {
  it("waits as long as each Retry-After asks and announces the wait", async () => {
    const log = new MemoryHost();
    const time = clock();
    const { read, calls } = failingThen([failure(429, { "retry-after": "2" }), failure(429, { "retry-after": "7" })], "ok");
    const value = await patientRead("Reading job 'x'", read, { log, signal: new AbortController().signal, deadline: 60_000, ...time });
    expect(value).toBe("ok");
    expect(calls()).toBe(3);
    expect(time.waits).toEqual([2000, 7000]);
    expect(log.logs.filter((entry) => entry.level === "info").map((entry) => entry.message)).toEqual([
      "Reading job 'x': throttled (HTTP 429), waiting 2 s before trying again",
    ]);
    expect(log.logs.filter((entry) => entry.level === "debug").map((entry) => entry.message)).toEqual([
      "Reading job 'x': throttled (HTTP 429), waiting 7 s before trying again",
    ]);
  });

  it("announces again after the quiet period, counting the waits it did not announce", async () => {
    const log = new MemoryHost();
    const time = clock();
    const storm = Array.from({ length: 7 }, () => failure(503, { "retry-after": "5" }));
    await patientRead("Reading job 'x'", failingThen(storm, 1).read, { log, signal: new AbortController().signal, deadline: 600_000, noticeEveryMs: 15_000, ...time });
    expect(log.logs.filter((entry) => entry.level === "info").map((entry) => entry.message)).toEqual([
      "Reading job 'x': HTTP 503, waiting 5 s before trying again",
      "Reading job 'x': HTTP 503, waiting 5 s before trying again (2 more waits since the last note)",
      "Reading job 'x': HTTP 503, waiting 5 s before trying again (2 more waits since the last note)",
    ]);
  });

  it("backs off exponentially when the service gives no Retry-After, up to the maximum", async () => {
    const time = clock();
    const errors = Array.from({ length: 6 }, () => failure(500));
    await patientRead("Reading", failingThen(errors, 1).read, { log: new MemoryHost(), signal: new AbortController().signal, deadline: 600_000, initialDelayMs: 1000, maxDelayMs: 8000, ...time });
    expect(time.waits).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it("gives up with the service's error when the next wait would pass the deadline", async () => {
    const time = clock();
    const errors = Array.from({ length: 20 }, () => failure(429, { "retry-after": "4" }));
    const { read, calls } = failingThen(errors, 1);
    const attempt = patientRead("Reading job 'x'", read, { log: new MemoryHost(), signal: new AbortController().signal, deadline: 10_000, ...time });
    await expect(attempt).rejects.toBeInstanceOf(ServiceError);
    await expect(attempt).rejects.toMatchObject({ statusCode: 429, message: expect.stringMatching(/^Reading job 'x' \(3 attempts\) failed \(HTTP 429\)/) });
    expect(calls()).toBe(3);
    expect(time.waits).toEqual([4000, 4000]);
  });

  it("fails at once on an error that waiting cannot fix", async () => {
    const { read, calls } = failingThen([failure(403)], 1);
    await expect(patientRead("Reading", read, { log: new MemoryHost(), signal: new AbortController().signal, deadline: 600_000, ...clock() })).rejects.toMatchObject({ statusCode: 403 });
    expect(calls()).toBe(1);
  });

  it("stops waiting when the run is cancelled", async () => {
    const controller = new AbortController();
    const read = async () => {
      controller.abort();
      throw failure(429, { "retry-after": "30" });
    };
    await expect(patientRead("Reading", read, { log: new MemoryHost(), signal: controller.signal, deadline: 600_000 })).rejects.toBeInstanceOf(CancelledError);
  });

  it("tells transient failures from lasting ones", () => {
    expect([408, 429, 500, 502, 503, 504].map((status) => isTransient(failure(status)))).toEqual([true, true, true, true, true, true]);
    expect([400, 401, 403, 404, 409].map((status) => isTransient(failure(status)))).toEqual([false, false, false, false, false]);
    expect(isTransient(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }))).toBe(true);
    expect(isTransient(new Error("bug"))).toBe(false);
  });

  it("reads Retry-After in seconds, as a date, and the millisecond headers", () => {
    expect(retryAfterMs(failure(429, { "retry-after": "3" }))).toBe(3000);
    expect(retryAfterMs(failure(429, { "retry-after-ms": "250" }))).toBe(250);
    expect(retryAfterMs(failure(429, { "x-ms-retry-after-ms": "40" }))).toBe(40);
    expect(retryAfterMs(failure(429, { "retry-after": new Date(10_000).toUTCString() }), 4_000)).toBe(6000);
    expect(retryAfterMs(failure(429))).toBeUndefined();
  });
});
