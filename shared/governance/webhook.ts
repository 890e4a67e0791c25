import { lookup } from "node:dns/promises";
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { MAX_WEBHOOK_BODY } from "./webhook-payload";

export interface WebhookOptions {
  /** Lets the name resolve to a private or loopback address (never to link-local or metadata ones). */
  allowPrivate: boolean;
  /** Attempts in all (default 3). */
  attempts?: number;
  /** First pause between attempts, doubled each time (default 1000 ms). */
  backoffMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  signal?: AbortSignal;
}

/** The webhook refused or could not take the event; `attempts` tells how often it was tried. */
export class WebhookError extends Error {
  override name = "WebhookError";
  constructor(
    message: string,
    readonly attempts: number,
  ) {
    super(message);
  }
}

const MAX_RETRY_AFTER_MS = 30_000;

function ranges(entries: [string, number, "ipv4" | "ipv6"][]): BlockList {
  const list = new BlockList();
  for (const [network, prefix, family] of entries) list.addSubnet(network, prefix, family);
  return list;
}

/** Cloud instance metadata services: never a webhook. */
const METADATA = new Set(["169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254"]);
const LINK_LOCAL = ranges([
  ["169.254.0.0", 16, "ipv4"],
  ["fe80::", 10, "ipv6"],
]);
const PRIVATE = ranges([
  ["0.0.0.0", 8, "ipv4"],
  ["10.0.0.0", 8, "ipv4"],
  ["100.64.0.0", 10, "ipv4"],
  ["127.0.0.0", 8, "ipv4"],
  ["172.16.0.0", 12, "ipv4"],
  ["192.168.0.0", 16, "ipv4"],
  ["198.18.0.0", 15, "ipv4"],
  ["::", 128, "ipv6"],
  ["::1", 128, "ipv6"],
  ["fc00::", 7, "ipv6"],
]);

/** Why an address may not receive a webhook, or undefined when it may. */
export function refusedAddress(address: string, allowPrivate: boolean): string | undefined {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const ip = mapped ?? address;
  const family = isIP(ip) === 6 ? "ipv6" : "ipv4";
  if (METADATA.has(ip.toLowerCase())) return "a cloud metadata address";
  if (LINK_LOCAL.check(ip, family)) return "a link-local address";
  if (!allowPrivate && PRIVATE.check(ip, family)) return "a loopback or private address";
  return undefined;
}

/** The one address the request may go to: the URL's host resolved and vetted. */
async function vettedAddress(url: URL, allowPrivate: boolean): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true, verbatim: true });
  for (const entry of addresses) {
    const refused = refusedAddress(entry.address, allowPrivate);
    if (refused) throw new WebhookError(`the webhook host resolves to ${refused}${allowPrivate ? "" : " (allow private addresses explicitly to use one)"}`, 0);
  }
  if (addresses.length === 0) throw new WebhookError("the webhook host does not resolve", 0);
  return addresses[0];
}

interface Answer {
  status: number;
  retryAfterMs?: number;
}

function post(url: URL, body: string, pinned: { address: string; family: number }, timeoutMs: number, signal?: AbortSignal): Promise<Answer> {
  const pinnedLookup = ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  }) as unknown as LookupFunction;
  return new Promise((resolve, reject) => {
    const request = https.request(
      url,
      {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "user-agent": "amlops" },
        lookup: pinnedLookup,
        timeout: timeoutMs,
        signal,
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve({ status: response.statusCode ?? 0, retryAfterMs: retryAfter(response.headers["retry-after"]) }));
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on("error", reject);
    request.end(body);
  });
}

function retryAfter(header: string | undefined): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : new Date(header).getTime() - Date.now();
  return Number.isFinite(ms) && ms >= 0 ? Math.min(ms, MAX_RETRY_AFTER_MS) : undefined;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * POSTs the body to an https webhook: never to a loopback, private (unless allowed), link-local or metadata
 * address, never following a redirect; 429, 5xx and network errors are retried with backoff.
 */
export async function deliverWebhook(webhookUrl: string, body: string, options: WebhookOptions): Promise<{ attempts: number; status: number }> {
  if (!URL.canParse(webhookUrl)) throw new WebhookError("the webhook URL is not a URL", 0);
  const url = new URL(webhookUrl);
  if (url.protocol !== "https:") throw new WebhookError("the webhook URL must use https", 0);
  if (Buffer.byteLength(body) > MAX_WEBHOOK_BODY) throw new WebhookError(`the event takes ${Buffer.byteLength(body)} bytes; the limit is ${MAX_WEBHOOK_BODY}`, 0);
  const attempts = options.attempts ?? 3;
  const sleep = options.sleep ?? wait;
  let last = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let pause = (options.backoffMs ?? 1000) * 2 ** (attempt - 1);
    try {
      const answer = await post(url, body, await vettedAddress(url, options.allowPrivate), options.timeoutMs ?? 15_000, options.signal);
      if (answer.status >= 200 && answer.status < 300) return { attempts: attempt, status: answer.status };
      if (answer.status >= 300 && answer.status < 400) throw new WebhookError(`the webhook answered HTTP ${answer.status} (a redirect, not followed)`, attempt);
      last = `the webhook answered HTTP ${answer.status}`;
      if (answer.status !== 429 && answer.status !== 408 && answer.status < 500) throw new WebhookError(last, attempt);
      pause = answer.retryAfterMs ?? pause;
    } catch (error) {
      if (error instanceof WebhookError) throw new WebhookError(error.message, attempt);
      last = `the webhook could not be reached (${error instanceof Error ? error.message : String(error)})`;
      if (options.signal?.aborted) break;
    }
    if (attempt < attempts) await sleep(pause);
  }
  throw new WebhookError(last, attempts);
}
