import type { BlobItem, ContainerClient } from "@azure/storage-blob";
import { openBlobDatastore, DEFAULT_DATASTORE } from "../../azure/datastore";
import type { Workspace } from "../../azure/workspace";
import { ConfigurationError, SettingError } from "../../core/errors";
import type { Log } from "../../core/log";
import type { ByteSource, Dataset } from "../readers/source";
import { blobByteSource, storageError } from "./blob-source";
import { recordRows, SKIP_REASON_TEXT, type SkipReason } from "./collector-records";
import type { TimeWindow } from "./window";

const COLLECTOR_ROOT = "modelDataCollector";
const DEFAULT_COLLECTION = "model_inputs";
const HOUR_MS = 3_600_000;
/** Hour folders listed at once. */
const LISTING_CONCURRENCY = 8;
/** Rows are handed to the reader in chunks of about this many characters. */
const FLUSH_CHARS = 256 * 1024;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface CollectorDataset extends Dataset {
  /** The blobs read, oldest hour first, as datastore URIs. */
  blobs: string[];
}

export interface CollectorRef {
  endpoint: string;
  /** Undefined: every deployment of the endpoint, whichever served. */
  deployment?: string;
  /** `model_inputs` unless a third segment names another collection. */
  collection: string;
}

/**
 * `<endpoint>/<deployment>[/<collection>]`, or `<endpoint>` / `<endpoint>/*[/<collection>]` for every
 * deployment of the endpoint; otherwise a SettingError on "collector".
 */
export function parseCollector(collector: string): CollectorRef {
  const parts = collector.trim().split("/");
  const [endpoint, deployment, collection] = parts;
  const named = (part: string | undefined) => part === undefined || NAME.test(part);
  if (parts.length <= 3 && NAME.test(endpoint) && (deployment === "*" || named(deployment)) && named(collection)) {
    return { endpoint, deployment: deployment === "*" ? undefined : deployment, collection: collection ?? DEFAULT_COLLECTION };
  }
  throw new SettingError(
    "collector",
    `"${collector}" is not a data collector; expected <endpoint>/<deployment>, or <endpoint> for every deployment of the endpoint (optionally /<collection> after the deployment or *, model_inputs by default).`,
  );
}

/** The UTC hour folders (`YYYY/MM/DD/HH/`) that overlap the window, oldest first. */
export function hourFolders(window: TimeWindow): string[] {
  const folders: string[] = [];
  const first = Math.floor(window.from.getTime() / HOUR_MS) * HOUR_MS;
  for (let hour = first; hour < window.to.getTime(); hour += HOUR_MS) {
    const iso = new Date(hour).toISOString();
    folders.push(`${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(11, 13)}/`);
  }
  return folders;
}

/**
 * The rows a deployment's data collector wrote in the window, as JSON Lines: the JSONL blobs of each
 * hour folder of the window under `modelDataCollector/<endpoint>/<deployment>/<collection>/` in the
 * workspace's default datastore, keeping records whose `time` is in the window, one line per row.
 */
export async function resolveCollectorDataset(collector: string, window: TimeWindow, workspace: Workspace, log: Log): Promise<CollectorDataset> {
  const ref = parseCollector(collector);
  const { container } = await openBlobDatastore(workspace, log, DEFAULT_DATASTORE);
  const endpointRoot = `${COLLECTOR_ROOT}/${ref.endpoint}/`;
  const shown = (path: string) => `azureml://datastores/${DEFAULT_DATASTORE}/paths/${path}`;
  const shownRoot = shown(`${endpointRoot}${ref.deployment ?? "*"}/${ref.collection}/`);
  const span = `from ${window.from.toISOString()} to ${window.to.toISOString()}`;
  const folders = hourFolders(window);
  const deployments = ref.deployment ? [ref.deployment] : await listDeployments(container, endpointRoot, shown(endpointRoot));
  const blobs: BlobItem[] = [];
  const blobNames: string[] = [];
  for (const deployment of deployments) {
    const root = `${endpointRoot}${deployment}/${ref.collection}/`;
    for (const item of await listHourBlobs(container, root, folders, shown(root))) {
      blobs.push(item);
      blobNames.push(shown(item.name));
    }
  }
  const what = ref.deployment
    ? `The data collector of deployment '${ref.deployment}' on endpoint '${ref.endpoint}'`
    : `The data collectors of endpoint '${ref.endpoint}' (${deployments.length} deployment(s)${deployments.length > 0 ? `: ${deployments.join(", ")}` : ""})`;
  const has = ref.deployment ? "has" : "have";
  if (blobs.length === 0) {
    throw new ConfigurationError(`${what} ${has} no ${ref.collection} data ${span}: no .jsonl blob in the ${folders.length} hour folder(s) under ${shownRoot}.`);
  }
  log.info(`${what} ${span}: ${blobs.length} blob(s).`);
  const source = collectorWindowSource(
    `${shownRoot} (${span}, ${blobs.length} blob(s))`,
    blobs.map((item, index) => blobByteSource(container.getBlobClient(item.name), blobNames[index], item.properties.contentLength)),
    window,
    (counts) => {
      if (counts.rows === 0) {
        throw new ConfigurationError(
          `${what} ${has} no ${ref.collection} rows ${span}: ${blobs.length} blob(s) under ${shownRoot} hold ${counts.inWindow} record(s) timed in the window` +
            `${counts.outside > 0 ? ` and ${counts.outside} outside it` : ""}${describeSkipped(counts.skipped)}.`,
        );
      }
      if (counts.skipped.size > 0) log.warning(`${what} ${span}: left out ${describeSkipped(counts.skipped).replace(/^; /, "")}.`);
    },
  );
  return { label: `${shownRoot} (${span})`, sources: [source], format: { kind: "jsonl" }, blobs: blobNames };
}

/** The deployments that have a collector folder under the endpoint's, by name. */
async function listDeployments(container: ContainerClient, endpointRoot: string, shownEndpointRoot: string): Promise<string[]> {
  const names: string[] = [];
  try {
    for await (const item of container.listBlobsByHierarchy("/", { prefix: endpointRoot })) {
      if (item.kind !== "prefix") continue;
      const name = item.name.slice(endpointRoot.length).replace(/\/$/, "");
      if (NAME.test(name)) names.push(name);
    }
  } catch (error) {
    throw storageError(error, `Listing ${shownEndpointRoot}`);
  }
  return names.sort();
}

async function listHourBlobs(container: ContainerClient, root: string, folders: string[], shownRoot: string): Promise<BlobItem[]> {
  const perFolder: BlobItem[][] = new Array(folders.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < folders.length) {
      const index = next++;
      const prefix = `${root}${folders[index]}`;
      const items: BlobItem[] = [];
      try {
        for await (const item of container.listBlobsFlat({ prefix })) {
          const rest = item.name.slice(prefix.length);
          if (!rest.includes("/") && rest.toLowerCase().endsWith(".jsonl")) items.push(item);
        }
      } catch (error) {
        throw storageError(error, `Listing ${shownRoot}${folders[index]}`);
      }
      perFolder[index] = items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
  };
  await Promise.all(Array.from({ length: Math.min(LISTING_CONCURRENCY, folders.length) }, worker));
  return perFolder.flat();
}

interface TallyCounts {
  rows: number;
  inWindow: number;
  outside: number;
  skipped: Map<SkipReason, number>;
}

/**
 * The window's blobs as one JSON Lines stream of their rows in the window, converted while they
 * stream (one source: a blob whose records all fall outside the window adds no row and no column).
 */
function collectorWindowSource(name: string, blobs: ByteSource[], window: TimeWindow, onComplete: (counts: TallyCounts) => void): ByteSource {
  return {
    name,
    async *open(): AsyncGenerator<Uint8Array> {
      const counts: TallyCounts = { rows: 0, inWindow: 0, outside: 0, skipped: new Map() };
      let output = "";
      for (const blob of blobs) {
        for await (const line of textLines(blob.open())) {
          if (line.trim() === "") continue;
          const outcome = recordRows(line, window);
          if (outcome.kind === "outside") counts.outside++;
          else if (outcome.kind === "skip") counts.skipped.set(outcome.reason, (counts.skipped.get(outcome.reason) ?? 0) + 1);
          else {
            counts.inWindow++;
            for (const row of outcome.rows) output += `${JSON.stringify(row)}\n`;
            counts.rows += outcome.rows.length;
            if (output.length >= FLUSH_CHARS) {
              yield Buffer.from(output, "utf8");
              output = "";
            }
          }
        }
      }
      if (output !== "") yield Buffer.from(output, "utf8");
      onComplete(counts);
    },
  };
}

/** Lines of UTF-8 text arriving in chunks. */
async function* textLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  let pending = "";
  for await (const chunk of chunks) {
    pending += decoder.decode(chunk, { stream: true });
    let start = 0;
    let newline: number;
    while ((newline = pending.indexOf("\n", start)) >= 0) {
      yield pending.slice(start, newline);
      start = newline + 1;
    }
    pending = pending.slice(start);
  }
  pending += decoder.decode();
  if (pending !== "") yield pending;
}

function describeSkipped(skipped: Map<SkipReason, number>): string {
  if (skipped.size === 0) return "";
  const parts = [...skipped].map(([reason, count]) => `${count} ${SKIP_REASON_TEXT[reason]}`);
  return `; ${parts.join(", ")}`;
}
