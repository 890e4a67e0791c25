import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  resolveLocalDataset
} from "./chunk-HVVHXHUG.mjs";
import {
  datasetDrift,
  isPValueMethod,
  methodPerFeatureType,
  parseDriftMethod,
  testFeature
} from "./chunk-VOTUESHL.mjs";
import {
  isAzureLocation
} from "./chunk-CXPDZK3O.mjs";
import {
  createEvent
} from "./chunk-46YEMDDU.mjs";
import {
  escapeMarkdown,
  formatNumber,
  table
} from "./chunk-3P5YZ26R.mjs";
import "./chunk-BVD3ISGW.mjs";
import {
  connectWorkspace
} from "./chunk-N7CHOFWV.mjs";
import {
  withInputNames
} from "./chunk-ERGP5LOC.mjs";
import "./chunk-NXQHRRSQ.mjs";
import {
  bundledReadWorker,
  readWorker
} from "./chunk-FA5QVN7A.mjs";
import {
  cancellableSource,
  deserializeError,
  readTable,
  serializeError,
  throwIfCancelled
} from "./chunk-4ENM54TG.mjs";
import {
  numberToText
} from "./chunk-AFLVRGMB.mjs";
import {
  sampleCdfErrorBound
} from "./chunk-7KGASND5.mjs";
import "./chunk-WV3VKLXE.mjs";
import {
  RadixScratch,
  sortFloat64,
  sortNumericalColumns
} from "./chunk-4PKE6JFM.mjs";
import "./chunk-RN6D2NHL.mjs";
import {
  LIMITS,
  formatBytes
} from "./chunk-H45GLWZJ.mjs";
import {
  CancelledError,
  ConfigurationError,
  SettingError,
  errorMessage
} from "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/steps/check-drift-run.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

// shared/drift/column-type.ts
var COLUMN_TYPES = ["numerical", "categorical", "text", "ignore"], INTEGER_CARDINALITY_LIMIT = 10, TEXT_DISTINCT_SHARE = 0.5, BOOLEAN_LABELS = /* @__PURE__ */ new Set(["true", "false"]);
function inferColumnType(column) {
  return column.kind === "numerical" ? inferNumerical(column) : inferLabels(column);
}
function inferNumerical(column) {
  return column.integer ? { type: countDistinctUpTo(column.values, INTEGER_CARDINALITY_LIMIT + 1) <= INTEGER_CARDINALITY_LIMIT ? "categorical" : "numerical" } : { type: "numerical" };
}
function inferLabels(column) {
  let used = new Uint8Array(column.dictionary.length);
  for (let i = 0; i < column.codes.length; i++) used[column.codes[i]] = 1;
  let labels = /* @__PURE__ */ new Set();
  for (let code = 0; code < used.length; code++) used[code] === 1 && labels.add(column.dictionary[code]);
  return [...labels].every((label) => BOOLEAN_LABELS.has(label)) ? { type: "categorical" } : labels.size > column.codes.length * TEXT_DISTINCT_SHARE ? {
    type: "text",
    reason: `text: ${labels.size} distinct values in ${column.codes.length} rows of the current data (more than half distinct, like an ID or free text)`
  } : { type: "categorical" };
}
function countDistinctUpTo(values, limit) {
  let seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < values.length && seen.size < limit; i++) seen.add(values[i]);
  return seen.size;
}
function parseColumnType(text) {
  let type = text.trim().toLowerCase();
  if (COLUMN_TYPES.includes(type)) return type;
  throw new ConfigurationError(`Unknown column type "${text}". Accepted: ${COLUMN_TYPES.join(", ")}.`);
}

// shared/drift/compare.ts
function compareTables(reference, current, options = {}) {
  let features = chooseFeatures(reference, current, options);
  for (let name of options.perFeature?.keys() ?? [])
    if (!features.includes(name)) throw new ConfigurationError(`A per-feature test names '${name}', which is not among the compared features (${features.join(", ")}).`);
  let results = [], skipped = [], scratch = new RadixScratch();
  for (let name of features) {
    let [ref, cur] = alignKinds(reference.columns.get(name), current.columns.get(name)), choice = options.perFeature?.get(name) ?? {}, type = driftType(name, cur, options.columnTypes?.get(name), choice);
    if ("reason" in type) {
      skipped.push(type);
      continue;
    }
    for (let column of [ref, cur]) column.kind === "numerical" && !column.sorted && !isSorted(column.values) && sortFloat64(column.values, scratch);
    let result = testFeature(ref, cur, { method: choice.method ?? options.method, threshold: choice.threshold ?? options.threshold, type: type.test, feature: name });
    results.push({ name, ...result });
  }
  return { ...datasetDrift(results, options.driftShare), features: results, ...skipped.length > 0 ? { skipped } : {} };
}
function driftType(name, current, given, choice) {
  if (given === "ignore") return { name, type: "ignore", reason: "column-types says ignore" };
  if (given === "text") return { name, type: "text", reason: "column-types says text; text columns are not drift-tested" };
  if (given !== void 0) return { test: given };
  let inferred = inferColumnType(current);
  return inferred.type !== "text" ? { test: inferred.type } : choice.method !== void 0 ? { test: "categorical" } : { name, type: "text", reason: `${inferred.reason}; not drift-tested (set column-types to categorical to test it)` };
}
function isSorted(values) {
  for (let i = 1; i < values.length; i++) if (!(values[i - 1] <= values[i])) return !1;
  return !0;
}
function chooseFeatures(reference, current, options) {
  let excluded = new Set(options.exclude ?? []);
  if (options.features && options.features.length > 0) {
    for (let name of options.features) {
      if (!reference.columns.has(name)) throw new ConfigurationError(`Feature '${name}' is missing from the reference data (columns: ${[...reference.columns.keys()].join(", ")}).`);
      if (!current.columns.has(name)) throw new ConfigurationError(`Feature '${name}' is missing from the current data (columns: ${[...current.columns.keys()].join(", ")}).`);
    }
    return options.features.filter((name) => !excluded.has(name));
  }
  let shared = [...reference.columns.keys()].filter((name) => current.columns.has(name) && !excluded.has(name));
  if (shared.length === 0) throw new ConfigurationError("The reference and current data have no column in common to compare.");
  return shared;
}
function alignKinds(reference, current) {
  return reference.kind === current.kind ? [reference, current] : [asCategorical(reference), asCategorical(current)];
}
function asCategorical(column) {
  if (column.kind === "categorical") return column;
  let dictionary = [], index = /* @__PURE__ */ new Map(), codes = new Uint32Array(column.values.length);
  return column.values.forEach((value, i) => {
    let code = index.get(value);
    code === void 0 && (code = dictionary.push(numberToText(value)) - 1, index.set(value, code)), codes[i] = code;
  }), { kind: "categorical", codes, dictionary };
}

// shared/drift/azure/window.ts
var UNIT_MS = { m: 6e4, h: 36e5, d: 864e5, w: 6048e5 }, DURATION = /^(\d+(?:\.\d+)?)\s*(m|min|mins|minutes?|h|hours?|d|days?|w|weeks?)$/i, ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
function parseWindow(window, from, to, now = /* @__PURE__ */ new Date()) {
  let duration = window === void 0 || window.trim() === "" ? void 0 : parseDuration(window), start = from === void 0 || from.trim() === "" ? void 0 : parseInstant(from, "from"), end = to === void 0 || to.trim() === "" ? void 0 : parseInstant(to, "to"), result;
  if (start !== void 0) result = { from: start, to: end ?? now };
  else if (duration !== void 0) {
    let until = end ?? now;
    result = { from: new Date(until.getTime() - duration), to: until };
  } else throw end !== void 0 ? new SettingError("to", (name) => `Input '${name("to")}' needs '${name("from")}' or '${name("window")}' (e.g. 24h) to say where the window starts.`) : new SettingError(
    "window",
    (name) => `A time window is required: set '${name("window")}' (e.g. 90m, 24h, 7d) or '${name("from")}' (ISO 8601, e.g. 2024-05-01T00:00:00Z) and optionally '${name("to")}'.`
  );
  if (result.from.getTime() >= result.to.getTime())
    throw new SettingError("from", `${result.from.toISOString()} is not earlier than the window's end (${result.to.toISOString()}).`);
  return result;
}
function parseDuration(value) {
  let match = DURATION.exec(value.trim()), amount = match ? Number(match[1]) : NaN;
  if (!match || !(amount > 0))
    throw new SettingError("window", `"${value}" is not a positive duration; expected minutes, hours, days or weeks, e.g. 90m, 24h, 7d, 2w.`);
  return Math.round(amount * UNIT_MS[match[2][0].toLowerCase()]);
}
function parseInstant(value, setting) {
  let text = value.trim(), match = ISO_DATE_TIME.exec(text);
  if (match) {
    let [, year, month, day, hour = "00", minute = "00", second = "00", fraction = "", zone = "Z"] = match, offset = zone.toUpperCase() === "Z" ? "Z" : `${zone.slice(0, 3)}:${zone.slice(-2)}`, millis = fraction === "" ? "" : fraction.slice(0, 4).padEnd(4, "0"), date = /* @__PURE__ */ new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${millis}${offset}`);
    if (!Number.isNaN(date.getTime()) && isCalendarValid(Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second))) return date;
  }
  throw new SettingError(setting, `"${value}" is not a date; expected an ISO 8601 date or date-time, e.g. 2024-05-01 or 2024-05-01T13:30:00Z (UTC unless an offset is given).`);
}
function isCalendarValid(year, month, day, hour, minute, second) {
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return !1;
  let daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

// shared/drift/feature-methods.ts
function parseFeatureMethods(lines) {
  let choices = /* @__PURE__ */ new Map();
  for (let line of lines) {
    let match = /^([^=]+)=\s*([A-Za-z_]+)?\s*(?::\s*(\S+))?$/.exec(line), threshold = match?.[3] !== void 0 ? Number(match[3]) : void 0;
    if (!match || !match[2] && threshold === void 0 || threshold !== void 0 && !Number.isFinite(threshold))
      throw new SettingError("featureMethods", `must be one 'feature=method' or 'feature=method:threshold' per line, got '${line}'.`);
    choices.set(match[1].trim(), { method: match[2] ? featureMethod(match[2]) : void 0, threshold });
  }
  return choices;
}
function featureMethod(name) {
  try {
    return parseDriftMethod(name);
  } catch (error) {
    throw new SettingError("featureMethods", errorMessage(error));
  }
}

// shared/drift/readers/worker/read-in-worker.ts
async function readTableInWorker(dataset, options, script) {
  let { signal, ...workerOptions } = options;
  throwIfCancelled(signal, `Reading ${dataset.label}`);
  let sources = dataset.sources.map((source) => cancellableSource(source, signal)), streams = /* @__PURE__ */ new Map(), buffers = /* @__PURE__ */ new Map(), worker = readWorker(script), post = (message, transfer = []) => worker.postMessage(message, transfer), closeStreams = () => {
    for (let stream of streams.values()) stream.iterator.return?.().catch(() => {
    });
    streams.clear();
  }, serveChunk = async (streamId, file) => {
    try {
      let stream = streams.get(streamId);
      stream === void 0 && (stream = { iterator: sources[file].open()[Symbol.asyncIterator]() }, streams.set(streamId, stream));
      let next = await (stream.ahead ?? stream.iterator.next());
      if (stream.ahead = void 0, next.done) {
        streams.delete(streamId), post({ type: "chunk", stream: streamId });
        return;
      }
      let bytes = new Uint8Array(next.value);
      post({ type: "chunk", stream: streamId, bytes }, [bytes.buffer]), stream.ahead = stream.iterator.next(), stream.ahead.catch(() => {
      });
    } catch (error) {
      streams.delete(streamId), post({ type: "streamFailed", stream: streamId, error: serializeError(error) });
    }
  }, randomAccess = (file) => {
    let buffer = buffers.get(file);
    return buffer === void 0 && (buffer = sources[file].randomAccess(), buffers.set(file, buffer)), buffer;
  }, serveSlice = async (request, file, range) => {
    try {
      let buffer = await randomAccess(file);
      if (range === void 0) {
        post({ type: "sliced", request, byteLength: buffer.byteLength });
        return;
      }
      let bytes = (await buffer.slice(range.start, range.end)).slice(0);
      post({ type: "sliced", request, buffer: bytes }, [bytes]);
    } catch (error) {
      post({ type: "sliceFailed", request, error: serializeError(error) });
    }
  };
  return new Promise((resolve, reject) => {
    let settled = !1, finish = (error, table2) => {
      settled || (settled = !0, signal?.removeEventListener("abort", cancel), closeStreams(), worker.terminate(), error ? reject(error) : resolve(table2));
    }, cancel = () => finish(new CancelledError(`Reading ${dataset.label} was cancelled.`));
    signal?.addEventListener("abort", cancel, { once: !0 }), worker.on("error", (error) => finish(error)), worker.on("exit", (code) => finish(new Error(`The thread reading ${dataset.label} stopped (exit code ${code}).`))), worker.on("message", (message) => {
      switch (message.type) {
        case "next":
          serveChunk(message.stream, message.file);
          return;
        case "close":
          streams.get(message.stream)?.iterator.return?.(), streams.delete(message.stream);
          return;
        case "byteLength":
          serveSlice(message.request, message.file);
          return;
        case "slice":
          serveSlice(message.request, message.file, { start: message.start, end: message.end });
          return;
        case "done":
          finish(void 0, message.table);
          return;
        case "failed":
          finish(deserializeError(message.error));
      }
    });
    let request = {
      type: "read",
      label: dataset.label,
      sources: sources.map((source) => ({ name: source.name, size: source.size, randomAccess: source.randomAccess !== void 0, localPath: source.localPath })),
      format: dataset.format,
      options: workerOptions
    };
    post(request);
  });
}
function naming(setting, reading) {
  return reading.catch((error) => {
    throw error instanceof ConfigurationError && !(error instanceof SettingError) ? new SettingError(setting, error.message) : error;
  });
}
async function readDatasetPair(first, second, options, settings = ["first", "second"]) {
  let script = bundledReadWorker();
  if (script === void 0)
    return { first: await naming(settings[0], readTable(first, options)), second: await naming(settings[1], readTable(second, options)), secondOnWorker: !1 };
  let stopSecond = new AbortController(), signal = options.signal ? AbortSignal.any([options.signal, stopSecond.signal]) : stopSecond.signal, reading = naming(settings[1], readTableInWorker(second, { ...options, signal }, script));
  reading.catch(() => {
  });
  try {
    let firstTable = await naming(settings[0], readTable(first, options));
    return sortNumericalColumns(firstTable.columns.values()), { first: firstTable, second: await reading, secondOnWorker: !0 };
  } finally {
    stopSecond.abort();
  }
}

// shared/drift/report.ts
function toReportJson(comparison, sources, now = /* @__PURE__ */ new Date()) {
  return {
    dataset_drift: comparison.drifted,
    share_drifted: comparison.shareDrifted,
    drift_share: comparison.driftShare,
    features: comparison.features.map((feature) => ({
      name: feature.name,
      kind: feature.kind,
      test: feature.test,
      score: feature.score,
      threshold: feature.threshold,
      drifted: feature.drifted,
      n_reference: feature.nReference,
      n_current: feature.nCurrent,
      ...feature.shares && feature.shares.bins.length <= 100 ? { bins: { labels: feature.shares.bins, reference: feature.shares.reference, current: feature.shares.current } } : {}
    })),
    ...comparison.skipped ? { skipped: comparison.skipped.map(({ name, type, reason }) => ({ name, type, reason })) } : {},
    reference: sources.reference,
    current: sources.current,
    generated_at: now.toISOString()
  };
}

// shared/drift/report-markdown.ts
var CHARTED_FEATURES = 3, MAX_CHART_BINS = 20;
function byDrift(features) {
  let closeness = (feature) => isPValueMethod(feature.test) ? feature.threshold / Math.max(feature.score, 1e-300) : feature.score / feature.threshold;
  return [...features].sort((a, b) => Number(b.drifted) - Number(a.drifted) || closeness(b) - closeness(a) || a.name.localeCompare(b.name));
}
function driftMarkdown(comparison) {
  let sorted = byDrift(comparison.features), drifted = sorted.filter((feature) => feature.drifted).length, verdict = comparison.drifted ? `**Dataset drift detected:** ${drifted} of ${sorted.length} features drifted (share ${formatNumber(comparison.shareDrifted)} \u2265 ${formatNumber(comparison.driftShare)}).` : `No dataset drift: ${drifted} of ${sorted.length} features drifted (share ${formatNumber(comparison.shareDrifted)} < ${formatNumber(comparison.driftShare)}).`, rows = sorted.map((feature) => [
    escapeMarkdown(feature.name),
    feature.kind,
    feature.test,
    formatNumber(feature.score),
    `${isPValueMethod(feature.test) ? feature.test === "ks" ? "\u2264" : "<" : "\u2265"} ${formatNumber(feature.threshold)}`,
    feature.drifted ? "\u{1F534} drift" : "\u{1F7E2} ok",
    `${feature.nReference} / ${feature.nCurrent}`
  ]), charts = sorted.filter((feature) => feature.drifted && feature.shares && feature.shares.bins.length > 0).slice(0, CHARTED_FEATURES).map(sharesChart), skipped = (comparison.skipped ?? []).map((column) => `- ${escapeMarkdown(column.name)}: ${escapeMarkdown(column.reason)}`), skippedList = skipped.length > 0 ? [`Not drift-tested:
${skipped.join(`
`)}`] : [];
  return [verdict, table(["feature", "type", "test", "score", "drift when", "result", "rows ref / cur"], rows), ...skippedList, ...charts].join(`

`);
}
function sharesChart(feature) {
  let shares = feature.shares, count = Math.min(shares.bins.length, MAX_CHART_BINS), labels = shares.bins.slice(0, count).map((label) => JSON.stringify(chartLabel(shortenNumbers(label)))), values = (list) => list.slice(0, count).map((value) => value.toFixed(4)).join(", "), top = Math.max(...shares.reference.slice(0, count), ...shares.current.slice(0, count), 0.01), title = JSON.stringify(chartLabel(feature.name)), more = shares.bins.length > count ? `

_${shares.bins.length - count} more bins not shown._` : "";
  return [
    `**${escapeMarkdown(feature.name)}**: reference shares as bars, current shares as a line.`,
    "",
    "```mermaid",
    "xychart-beta",
    `  title ${title}`,
    `  x-axis [${labels.join(", ")}]`,
    `  y-axis "share" 0 --> ${Math.min(1, top * 1.1).toFixed(4)}`,
    `  bar [${values(shares.reference)}]`,
    `  line [${values(shares.current)}]`,
    "```"
  ].join(`
`) + more;
}
function shortenNumbers(label) {
  return label.replace(/-?\d+\.\d+(e[-+]?\d+)?/gi, (number) => String(Number(Number(number).toPrecision(4))));
}
function chartLabel(text) {
  return text.replace(/["`\\\n\r]/g, "'").slice(0, 40);
}

// shared/steps/check-drift-run.ts
async function runCheckDrift(inputs, host, services) {
  if (inputs.current && inputs.collector) throw new ConfigurationError(`Set either input '${host.inputLabel("current")}' or '${host.inputLabel("collector")}', not both.`);
  if (!inputs.current && !inputs.collector)
    throw new ConfigurationError(`Input '${host.inputLabel("current")}' is required unless '${host.inputLabel("collector")}' is set: expected a data path or URI.`);
  if (inputs.engine === "azureml-monitor") return runOnAzureMonitoring(inputs, host, services);
  let method = inputs.method ? parseInputMethod(inputs.method, host) : void 0, perFeature = await withInputNames(host, { featureMethods: "feature-methods" }, () => parseFeatureMethods(inputs["feature-methods"])), columnTypes = parseColumnTypes(inputs["column-types"], inputs.categorical, host), workspace = lazyWorkspace(inputs, host, services), reference = await resolveDataset(inputs.reference, "reference", workspace, host, services), current = inputs.collector ? await resolveCollector(inputs, workspace, host, services) : await resolveDataset(inputs.current, "current", workspace, host, services);
  if (inputs["dry-run"]) {
    host.info(`Dry run: would compare ${describe(reference)} with ${describe(current)}.`);
    return;
  }
  let readOptions = {
    columns: inputs.features.length > 0 ? inputs.features : void 0,
    categorical: inputs.categorical,
    exclude: inputs.exclude,
    sample: sampleOption(inputs),
    signal: host.cancellation
  }, started = Date.now(), currentInput = inputs.collector ? "collector" : "current";
  for (let dataset of [reference, current]) host.untrusted(`Reading ${dataset.label}\u2026`);
  let { first: referenceTable, second: currentTable, secondOnWorker } = await withInputNames(
    host,
    { reference: "reference", [currentInput]: currentInput },
    () => readDatasetPair(reference, current, readOptions, ["reference", currentInput])
  );
  for (let [dataset, table2] of [[reference, referenceTable], [current, currentTable]]) host.untrusted(`Read ${table2.rowCount} rows \xD7 ${table2.columns.size} columns from ${dataset.label}.`);
  host.info(`Read both data sets in ${Date.now() - started} ms${secondOnWorker ? ", the current data on a worker thread" : ""}.`);
  let comparison = compareTables(referenceTable, currentTable, {
    features: inputs.features,
    exclude: inputs.exclude,
    method,
    threshold: inputs.threshold,
    perFeature,
    driftShare: inputs["drift-share"],
    columnTypes
  });
  throwIfCancelled2(host), await reportDrift(comparison, { reference: describeRead(reference, referenceTable), current: describeRead(current, currentTable) }, inputs, host, services);
}
async function reportDrift(comparison, sources, inputs, host, services) {
  let report = toReportJson(comparison, sources), reportPath = path.resolve(inputs["report-path"] ?? path.join(host.tempDir, "amlops-drift-report.json"));
  await writeReport(reportPath, report, host);
  let driftedFeatures = comparison.features.filter((feature) => feature.drifted).map((feature) => feature.name);
  host.setOutput("drifted", String(comparison.drifted)), host.setOutput("share-drifted", String(comparison.shareDrifted)), host.setOutput("drifted-features", JSON.stringify(driftedFeatures)), host.setOutput("report-path", reportPath), host.untrusted(
    [
      ...comparison.features.map((feature) => `${feature.drifted ? "DRIFT" : "ok   "} ${feature.name}: ${feature.test} = ${formatNumber(feature.score)} (threshold ${feature.threshold}, ${feature.nReference} / ${feature.nCurrent} rows)`),
      ...(comparison.skipped ?? []).map((column) => `skip  ${column.name}: ${column.reason}`)
    ].join(`
`)
  );
  let headline = comparison.drifted ? `dataset drift: ${driftedFeatures.length} of ${comparison.features.length} features drifted` : `no dataset drift (${driftedFeatures.length} of ${comparison.features.length} features drifted)`, failing = comparison.drifted && inputs["fail-on-drift"], event = createEvent("check-drift", host.context, {
    outcome: failing ? "failed" : comparison.drifted ? "warning" : "succeeded",
    headline,
    subject: { reference: sources.reference.source, current: sources.current.source },
    evidence: { drift: report }
  });
  if (await services.publishEvent(host, event, driftMarkdown(comparison), inputs["webhook-url"]), failing)
    throw new ConfigurationError(
      `Data drift detected in ${driftedFeatures.join(", ")} (share ${comparison.shareDrifted} \u2265 ${comparison.driftShare}); failing because '${host.inputLabel("fail-on-drift")}' is true.`
    );
  comparison.drifted && host.warning(`Data drift detected in ${driftedFeatures.join(", ")}; see ${reportPath}.`);
}
var NOT_WITH_MONITORING = ["collector", "feature-methods", "sample-rows", "max-rows-in-memory"];
async function runOnAzureMonitoring(inputs, host, services) {
  let engine = `'${host.inputLabel("engine")}: azureml-monitor'`, refused = NOT_WITH_MONITORING.find((name) => {
    let value = inputs[name];
    return Array.isArray(value) ? value.length > 0 : value !== void 0;
  });
  if (refused)
    throw new ConfigurationError(`Input '${host.inputLabel(refused)}' does not apply with ${engine}: model monitoring takes one test per feature type and reads whole data assets.`);
  if (!inputs.current)
    throw new ConfigurationError(`Input '${host.inputLabel("current")}' is required with ${engine}: expected an azureml: MLTable data asset or a datastore folder.`);
  let method = inputs.method ? await withInputNames(host, { method: "method" }, () => methodPerFeatureType(inputs.method)) : {}, threshold = inputs.threshold, workspace = await connectWorkspace(inputs, host, services.connectWorkspace), result = await services.runMonitorDrift(workspace, {
    reference: inputs.reference,
    production: inputs.current,
    features: inputs.features.length > 0 ? inputs.features.filter((name) => !inputs.exclude.includes(name)) : void 0,
    categorical: inputs.categorical,
    method,
    thresholds: threshold === void 0 ? void 0 : { numerical: threshold, categorical: threshold },
    driftShare: inputs["drift-share"],
    timeoutMs: inputs["timeout-minutes"] * 6e4,
    signal: host.cancellation,
    log: host
  });
  host.info(`Model monitoring job ${result.jobName} of schedule ${result.scheduleName}${result.reusedSchedule ? " (reused)" : ""}.`);
  let rows = (side) => Math.max(0, ...result.features.map((feature) => feature[side]));
  await reportDrift(result, { reference: { source: inputs.reference, rows: rows("nReference") }, current: { source: inputs.current, rows: rows("nCurrent") } }, inputs, host, services);
}
function sampleOption(inputs) {
  let limits = [inputs["sample-rows"], inputs["max-rows-in-memory"]].filter((limit) => limit !== void 0);
  return limits.length > 0 ? { rows: Math.min(...limits), seed: inputs.seed } : void 0;
}
function describeRead(dataset, table2) {
  let sampled = table2.sourceRowCount > table2.rowCount;
  return {
    source: dataset.label,
    rows: table2.rowCount,
    ...sampled ? { source_rows: table2.sourceRowCount, sample_cdf_error_bound: sampleCdfErrorBound(table2.rowCount) } : {}
  };
}
function parseInputMethod(name, host) {
  try {
    return parseDriftMethod(name);
  } catch (error) {
    throw new ConfigurationError(`Input '${host.inputLabel("method")}': ${error.message}`);
  }
}
function parseColumnTypes(lines, categorical, host) {
  let types = new Map(categorical.map((name) => [name, "categorical"]));
  for (let line of lines) {
    let match = /^([^=]+)=\s*(\S+)\s*$/.exec(line);
    try {
      if (!match) throw new ConfigurationError(`expected one 'column=type' per line, got '${line}'.`);
      types.set(match[1].trim(), parseColumnType(match[2]));
    } catch (error) {
      throw new ConfigurationError(`Input '${host.inputLabel("column-types")}': ${error.message}`);
    }
  }
  return types;
}
function lazyWorkspace(inputs, host, services) {
  let connecting;
  return () => (connecting ??= connectWorkspace(inputs, host, services.connectWorkspace), connecting);
}
async function resolveDataset(location, input, workspace, host, services) {
  if (isAzureLocation(location)) return services.resolveAzureDataset(location, workspace, host);
  try {
    return await resolveLocalDataset(location, { roots: host.workspaceRoots });
  } catch (error) {
    throw error instanceof ConfigurationError ? new ConfigurationError(`Input '${host.inputLabel(input)}': ${error.message}`) : error;
  }
}
async function resolveCollector(inputs, workspace, host, services) {
  return withInputNames(host, { window: "window", from: "from", to: "to", collector: "collector" }, async () => {
    let window = parseWindow(inputs.window, inputs.from, inputs.to, /* @__PURE__ */ new Date());
    return services.resolveCollectorDataset(inputs.collector, window, await workspace(), host);
  });
}
function throwIfCancelled2(host) {
  if (host.cancellation.aborted) throw new CancelledError("Cancelled: no verdict was set.");
}
function reportText(report, featuresLabel, maxBytes = LIMITS.maxReportBytes) {
  let text = `${JSON.stringify(report, null, 2)}
`;
  if (Buffer.byteLength(text) > maxBytes)
    throw new ConfigurationError(`The drift report would be ${formatBytes(Buffer.byteLength(text))}, over the limit of ${formatBytes(maxBytes)}; narrow '${featuresLabel}'.`);
  return text;
}
async function writeReport(reportPath, report, host) {
  let text = reportText(report, host.inputLabel("features")), label = host.inputLabel("report-path");
  try {
    await mkdir(path.dirname(reportPath), { recursive: !0 }), await writeFile(reportPath, text);
  } catch (error) {
    let code = error.code, why = code === "EISDIR" ? "it is a folder; give a file path" : code === "EACCES" || code === "EPERM" ? "permission denied" : errorMessage(error);
    throw new ConfigurationError(`Input '${label}': cannot write the report to ${reportPath}: ${why}.`);
  }
}
function describe(dataset) {
  return `${dataset.label} (${dataset.sources.length} file${dataset.sources.length === 1 ? "" : "s"})`;
}
export {
  reportText,
  runCheckDrift
};
