import { CancelledError } from "../core/errors";
import type { Log } from "../core/log";
import { abortableSleep } from "./job-watch";
import { toServiceError } from "./service-error";

const TRANSIENT_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const TRANSIENT_NETWORK = new Set(["ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "EPIPE", "EAI_AGAIN", "REQUEST_SEND_ERROR"]);

export interface Patience {
  log: Log;
  signal: AbortSignal;
  /** Epoch ms after which a failing call is given up (its last error is thrown). */
  deadline: number;
  /** First wait when the service gives no Retry-After; doubled per failure up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** At most one "waiting" line per this many ms; every wait is a debug line. */
  noticeEveryMs?: number;
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

interface FailureLike {
  statusCode?: number;
  code?: string;
  response?: { headers?: { get?(name: string): string | undefined | null } };
}

/** A failure worth another try: throttling, a 5xx the service may recover from, a dropped connection. */
export function isTransient(error: unknown): boolean {
  const failure = error as FailureLike | undefined;
  if (!failure || typeof failure !== "object") return false;
  if (failure.statusCode !== undefined) return TRANSIENT_STATUS.has(failure.statusCode);
  return failure.code !== undefined && TRANSIENT_NETWORK.has(failure.code);
}

/** Milliseconds the service asked to wait (`retry-after-ms`, `x-ms-retry-after-ms`, `Retry-After` seconds or date). */
export function retryAfterMs(error: unknown, now = Date.now()): number | undefined {
  const get = (error as FailureLike | undefined)?.response?.headers?.get?.bind((error as FailureLike).response!.headers);
  if (!get) return undefined;
  for (const name of ["retry-after-ms", "x-ms-retry-after-ms"]) {
    const value = Number(get(name));
    if (get(name) && Number.isFinite(value) && value >= 0) return value;
  }
  const header = get("retry-after");
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function describe(error: unknown): string {
  const failure = error as FailureLike;
  if (failure?.statusCode === 429) return "throttled (HTTP 429)";
  if (failure?.statusCode !== undefined) return `HTTP ${failure.statusCode}`;
  return failure?.code ?? "connection failed";
}

/**
 * Runs an Azure read until it answers, riding out throttling and transient faults until the deadline:
 * Retry-After is honoured, otherwise the wait doubles; each wait is announced ("throttled, waiting 4 s"),
 * at most once per `noticeEveryMs`. A lasting or non-transient failure is thrown as a ServiceError
 * saying what was being done; cancellation throws CancelledError.
 */
export async function patientRead<T>(doing: string, read: () => Promise<T>, patience: Patience): Promise<T> {
  const now = patience.now ?? Date.now;
  const sleep = patience.sleep ?? abortableSleep;
  const maxDelay = patience.maxDelayMs ?? 60_000;
  const noticeEvery = patience.noticeEveryMs ?? 15_000;
  let backoff = patience.initialDelayMs ?? 1_000;
  let lastNotice = -Infinity;
  let quietWaits = 0;
  for (let attempt = 1; ; attempt++) {
    if (patience.signal.aborted) throw new CancelledError(`${doing} was cancelled.`);
    try {
      return await read();
    } catch (error) {
      if (patience.signal.aborted) throw new CancelledError(`${doing} was cancelled.`);
      if (!isTransient(error)) throw toServiceError(error, doing);
      const remaining = patience.deadline - now();
      const asked = retryAfterMs(error, Date.now());
      const wait = Math.min(asked ?? backoff, maxDelay);
      if (wait >= remaining) throw toServiceError(error, `${doing} (${attempt} attempts)`);
      if (asked === undefined) backoff = Math.min(maxDelay, backoff * 2);
      const line = `${doing}: ${describe(error)}, waiting ${formatSeconds(wait)} before trying again`;
      if (now() - lastNotice >= noticeEvery) {
        patience.log.info(quietWaits > 0 ? `${line} (${quietWaits} more waits since the last note)` : line);
        lastNotice = now();
        quietWaits = 0;
      } else {
        patience.log.debug(line);
        quietWaits += 1;
      }
      await sleep(wait, patience.signal);
    }
  }
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}
