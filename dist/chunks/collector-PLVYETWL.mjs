import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  blobByteSource,
  storageError
} from "./chunk-NNWJAY5Z.mjs";
import {
  DEFAULT_DATASTORE,
  openBlobDatastore
} from "./chunk-RWHUQEFG.mjs";
import "./chunk-5LVE2LTV.mjs";
import {
  ConfigurationError,
  SettingError
} from "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/drift/azure/collector-records.ts
var SKIP_REASON_TEXT = {
  "not-json": "line(s) that are not a JSON object",
  "no-time": "record(s) without a valid `time`",
  "no-data": "record(s) without inline `data`",
  "unrecognised-data": "record(s) whose `data` is neither a list of row objects nor a {columns, data} table"
};
function recordRows(line, window) {
  let record;
  try {
    record = JSON.parse(line);
  } catch {
    return { kind: "skip", reason: "not-json" };
  }
  if (!isRecord(record)) return { kind: "skip", reason: "not-json" };
  let time = parseRecordTime(record.time);
  if (time === void 0) return { kind: "skip", reason: "no-time" };
  if (time < window.from.getTime() || time >= window.to.getTime()) return { kind: "outside" };
  if (record.data === void 0 || record.data === null) return { kind: "skip", reason: "no-data" };
  let rows = dataRows(record.data, !0);
  return rows === void 0 ? { kind: "skip", reason: "unrecognised-data" } : { kind: "rows", rows };
}
function dataRows(data, mayBeText) {
  if (Array.isArray(data)) return data.every(isRecord) ? data : void 0;
  if (isRecord(data))
    return Array.isArray(data.columns) && Array.isArray(data.data) ? splitTableRows(data.columns, data.data) : [data];
  if (mayBeText && typeof data == "string")
    try {
      return dataRows(JSON.parse(data), !1);
    } catch {
      return;
    }
}
function splitTableRows(columns, data) {
  if (!columns.every((column) => typeof column == "string" || typeof column == "number")) return;
  let names = columns.map(String), rows = [];
  for (let values of data) {
    if (!Array.isArray(values) || values.length !== names.length) return;
    let row = {};
    for (let index = 0; index < names.length; index++) row[names[index]] = values[index];
    rows.push(row);
  }
  return rows;
}
function parseRecordTime(value) {
  if (typeof value != "string" || !/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(value)) return;
  let withZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`, millis = Date.parse(withZone);
  return Number.isNaN(millis) ? void 0 : millis;
}
function isRecord(value) {
  return value !== null && typeof value == "object" && !Array.isArray(value);
}

// shared/drift/azure/collector.ts
var COLLECTOR_ROOT = "modelDataCollector", DEFAULT_COLLECTION = "model_inputs", HOUR_MS = 36e5, LISTING_CONCURRENCY = 8, FLUSH_CHARS = 256 * 1024, NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function parseCollector(collector) {
  let parts = collector.trim().split("/"), [endpoint, deployment, collection] = parts, named = (part) => part === void 0 || NAME.test(part);
  if (parts.length <= 3 && NAME.test(endpoint) && (deployment === "*" || named(deployment)) && named(collection))
    return { endpoint, deployment: deployment === "*" ? void 0 : deployment, collection: collection ?? DEFAULT_COLLECTION };
  throw new SettingError(
    "collector",
    `"${collector}" is not a data collector; expected <endpoint>/<deployment>, or <endpoint> for every deployment of the endpoint (optionally /<collection> after the deployment or *, model_inputs by default).`
  );
}
function hourFolders(window) {
  let folders = [], first = Math.floor(window.from.getTime() / HOUR_MS) * HOUR_MS;
  for (let hour = first; hour < window.to.getTime(); hour += HOUR_MS) {
    let iso = new Date(hour).toISOString();
    folders.push(`${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(11, 13)}/`);
  }
  return folders;
}
async function resolveCollectorDataset(collector, window, workspace, log) {
  let ref = parseCollector(collector), { container } = await openBlobDatastore(workspace, log, DEFAULT_DATASTORE), endpointRoot = `${COLLECTOR_ROOT}/${ref.endpoint}/`, shown = (path) => `azureml://datastores/${DEFAULT_DATASTORE}/paths/${path}`, shownRoot = shown(`${endpointRoot}${ref.deployment ?? "*"}/${ref.collection}/`), span = `from ${window.from.toISOString()} to ${window.to.toISOString()}`, folders = hourFolders(window), deployments = ref.deployment ? [ref.deployment] : await listDeployments(container, endpointRoot, shown(endpointRoot)), blobs = [], blobNames = [];
  for (let deployment of deployments) {
    let root = `${endpointRoot}${deployment}/${ref.collection}/`;
    for (let item of await listHourBlobs(container, root, folders, shown(root)))
      blobs.push(item), blobNames.push(shown(item.name));
  }
  let what = ref.deployment ? `The data collector of deployment '${ref.deployment}' on endpoint '${ref.endpoint}'` : `The data collectors of endpoint '${ref.endpoint}' (${deployments.length} deployment(s)${deployments.length > 0 ? `: ${deployments.join(", ")}` : ""})`, has = ref.deployment ? "has" : "have";
  if (blobs.length === 0)
    throw new ConfigurationError(`${what} ${has} no ${ref.collection} data ${span}: no .jsonl blob in the ${folders.length} hour folder(s) under ${shownRoot}.`);
  log.info(`${what} ${span}: ${blobs.length} blob(s).`);
  let source = collectorWindowSource(
    `${shownRoot} (${span}, ${blobs.length} blob(s))`,
    blobs.map((item, index) => blobByteSource(container.getBlobClient(item.name), blobNames[index], item.properties.contentLength)),
    window,
    (counts) => {
      if (counts.rows === 0)
        throw new ConfigurationError(
          `${what} ${has} no ${ref.collection} rows ${span}: ${blobs.length} blob(s) under ${shownRoot} hold ${counts.inWindow} record(s) timed in the window${counts.outside > 0 ? ` and ${counts.outside} outside it` : ""}${describeSkipped(counts.skipped)}.`
        );
      counts.skipped.size > 0 && log.warning(`${what} ${span}: left out ${describeSkipped(counts.skipped).replace(/^; /, "")}.`);
    }
  );
  return { label: `${shownRoot} (${span})`, sources: [source], format: { kind: "jsonl" }, blobs: blobNames };
}
async function listDeployments(container, endpointRoot, shownEndpointRoot) {
  let names = [];
  try {
    for await (let item of container.listBlobsByHierarchy("/", { prefix: endpointRoot })) {
      if (item.kind !== "prefix") continue;
      let name = item.name.slice(endpointRoot.length).replace(/\/$/, "");
      NAME.test(name) && names.push(name);
    }
  } catch (error) {
    throw storageError(error, `Listing ${shownEndpointRoot}`);
  }
  return names.sort();
}
async function listHourBlobs(container, root, folders, shownRoot) {
  let perFolder = new Array(folders.length), next = 0, worker = async () => {
    for (; next < folders.length; ) {
      let index = next++, prefix = `${root}${folders[index]}`, items = [];
      try {
        for await (let item of container.listBlobsFlat({ prefix })) {
          let rest = item.name.slice(prefix.length);
          !rest.includes("/") && rest.toLowerCase().endsWith(".jsonl") && items.push(item);
        }
      } catch (error) {
        throw storageError(error, `Listing ${shownRoot}${folders[index]}`);
      }
      perFolder[index] = items.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    }
  };
  return await Promise.all(Array.from({ length: Math.min(LISTING_CONCURRENCY, folders.length) }, worker)), perFolder.flat();
}
function collectorWindowSource(name, blobs, window, onComplete) {
  return {
    name,
    async *open() {
      let counts = { rows: 0, inWindow: 0, outside: 0, skipped: /* @__PURE__ */ new Map() }, output = "";
      for (let blob of blobs)
        for await (let line of textLines(blob.open())) {
          if (line.trim() === "") continue;
          let outcome = recordRows(line, window);
          if (outcome.kind === "outside") counts.outside++;
          else if (outcome.kind === "skip") counts.skipped.set(outcome.reason, (counts.skipped.get(outcome.reason) ?? 0) + 1);
          else {
            counts.inWindow++;
            for (let row of outcome.rows) output += `${JSON.stringify(row)}
`;
            counts.rows += outcome.rows.length, output.length >= FLUSH_CHARS && (yield Buffer.from(output, "utf8"), output = "");
          }
        }
      output !== "" && (yield Buffer.from(output, "utf8")), onComplete(counts);
    }
  };
}
async function* textLines(chunks) {
  let decoder = new TextDecoder("utf-8"), pending = "";
  for await (let chunk of chunks) {
    pending += decoder.decode(chunk, { stream: !0 });
    let start = 0, newline;
    for (; (newline = pending.indexOf(`
`, start)) >= 0; )
      yield pending.slice(start, newline), start = newline + 1;
    pending = pending.slice(start);
  }
  pending += decoder.decode(), pending !== "" && (yield pending);
}
function describeSkipped(skipped) {
  return skipped.size === 0 ? "" : `; ${[...skipped].map(([reason, count]) => `${count} ${SKIP_REASON_TEXT[reason]}`).join(", ")}`;
}
export {
  hourFolders,
  parseCollector,
  resolveCollectorDataset
};
