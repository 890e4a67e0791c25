import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Workspace } from "../azure/workspace";
import { compareTables, type DriftComparison } from "../drift/compare";
import { type ColumnType, parseColumnType } from "../drift/column-type";
import { isAzureLocation } from "../drift/azure/location";
import { parseWindow } from "../drift/azure/window";
import { parseFeatureMethods } from "../drift/feature-methods";
import { methodPerFeatureType } from "../drift/monitor/metrics";
// The readers' modules one by one, not their index: it would load the MLTable, Parquet and glob libraries up front.
import { readDatasetPair } from "../drift/readers/worker/read-in-worker";
import { resolveLocalDataset } from "../drift/readers/local";
import { sampleCdfErrorBound } from "../drift/readers/row-admission";
import type { Dataset } from "../drift/readers/source";
import type { ReadOptions, Table } from "../drift/table";
import { toReportJson } from "../drift/report";
import { driftMarkdown } from "../drift/report-markdown";
import { parseDriftMethod } from "../drift/stats";
import { CancelledError, ConfigurationError, errorMessage } from "../core/errors";
import { formatNumber } from "../core/markdown";
import { formatBytes, LIMITS } from "../core/limits";
import { createEvent } from "../governance/event";
import type { Host } from "../host/port";
import type { ParsedInputs } from "../inputs/parse";
import type { checkDriftInputs } from "./check-drift-inputs";
import type { CheckDriftServices } from "./check-drift-services";
import { withInputNames } from "./input-errors";
import { connectWorkspace } from "./workspace-inputs";

type CheckDriftInputs = ParsedInputs<typeof checkDriftInputs>;

export async function runCheckDrift(inputs: CheckDriftInputs, host: Host, services: CheckDriftServices): Promise<void> {
  if (inputs.current && inputs.collector) throw new ConfigurationError(`Set either input '${host.inputLabel("current")}' or '${host.inputLabel("collector")}', not both.`);
  if (!inputs.current && !inputs.collector) {
    throw new ConfigurationError(`Input '${host.inputLabel("current")}' is required unless '${host.inputLabel("collector")}' is set: expected a data path or URI.`);
  }
  if (inputs.engine === "azureml-monitor") return runOnAzureMonitoring(inputs, host, services);
  const method = inputs.method ? parseInputMethod(inputs.method, host) : undefined;
  const perFeature = await withInputNames(host, { featureMethods: "feature-methods" }, () => parseFeatureMethods(inputs["feature-methods"]));
  const columnTypes = parseColumnTypes(inputs["column-types"], inputs.categorical, host);
  const workspace = lazyWorkspace(inputs, host, services);

  const reference = await resolveDataset(inputs.reference!, "reference", workspace, host, services);
  const current = inputs.collector ? await resolveCollector(inputs, workspace, host, services) : await resolveDataset(inputs.current!, "current", workspace, host, services);
  if (inputs["dry-run"]) {
    host.info(`Dry run: would compare ${describe(reference)} with ${describe(current)}.`);
    return;
  }

  const readOptions: ReadOptions = {
    columns: inputs.features.length > 0 ? inputs.features : undefined,
    categorical: inputs.categorical,
    exclude: inputs.exclude,
    sample: sampleOption(inputs),
    signal: host.cancellation,
  };
  const started = Date.now();
  const currentInput = inputs.collector ? "collector" : "current";
  for (const dataset of [reference, current]) host.untrusted(`Reading ${dataset.label}…`);
  const { first: referenceTable, second: currentTable, secondOnWorker } = await withInputNames(host, { reference: "reference", [currentInput]: currentInput }, () =>
    readDatasetPair(reference, current, readOptions, ["reference", currentInput]),
  );
  for (const [dataset, table] of [[reference, referenceTable], [current, currentTable]] as const) host.untrusted(`Read ${table.rowCount} rows × ${table.columns.size} columns from ${dataset.label}.`);
  host.info(`Read both data sets in ${Date.now() - started} ms${secondOnWorker ? ", the current data on a worker thread" : ""}.`);
  const comparison = compareTables(referenceTable, currentTable, {
    features: inputs.features,
    exclude: inputs.exclude,
    method,
    threshold: inputs.threshold,
    perFeature,
    driftShare: inputs["drift-share"],
    columnTypes,
  });
  throwIfCancelled(host);

  await reportDrift(comparison, { reference: describeRead(reference, referenceTable), current: describeRead(current, currentTable) }, inputs, host, services);
}

/** Writes the report, sets the outputs, and publishes the verdict; fails when asked to on drift. */
async function reportDrift(comparison: DriftComparison, sources: Parameters<typeof toReportJson>[1], inputs: CheckDriftInputs, host: Host, services: CheckDriftServices): Promise<void> {
  const report = toReportJson(comparison, sources);
  const reportPath = path.resolve(inputs["report-path"] ?? path.join(host.tempDir, "amlops-drift-report.json"));
  await writeReport(reportPath, report, host);

  const driftedFeatures = comparison.features.filter((feature) => feature.drifted).map((feature) => feature.name);
  host.setOutput("drifted", String(comparison.drifted));
  host.setOutput("share-drifted", String(comparison.shareDrifted));
  host.setOutput("drifted-features", JSON.stringify(driftedFeatures));
  host.setOutput("report-path", reportPath);
  // Feature names come from the data: printed so that none can act as a CI command.
  host.untrusted(
    [
      ...comparison.features.map((feature) => `${feature.drifted ? "DRIFT" : "ok   "} ${feature.name}: ${feature.test} = ${formatNumber(feature.score)} (threshold ${feature.threshold}, ${feature.nReference} / ${feature.nCurrent} rows)`),
      ...(comparison.skipped ?? []).map((column) => `skip  ${column.name}: ${column.reason}`),
    ].join("\n"),
  );

  const headline = comparison.drifted
    ? `dataset drift: ${driftedFeatures.length} of ${comparison.features.length} features drifted`
    : `no dataset drift (${driftedFeatures.length} of ${comparison.features.length} features drifted)`;
  const failing = comparison.drifted && inputs["fail-on-drift"];
  const event = createEvent("check-drift", host.context, {
    outcome: failing ? "failed" : comparison.drifted ? "warning" : "succeeded",
    headline,
    subject: { reference: sources.reference.source, current: sources.current.source },
    evidence: { drift: report },
  });
  await services.publishEvent(host, event, driftMarkdown(comparison), inputs["webhook-url"]);
  if (failing) {
    throw new ConfigurationError(
      `Data drift detected in ${driftedFeatures.join(", ")} (share ${comparison.shareDrifted} ≥ ${comparison.driftShare}); failing because '${host.inputLabel("fail-on-drift")}' is true.`,
    );
  }
  if (comparison.drifted) host.warning(`Data drift detected in ${driftedFeatures.join(", ")}; see ${reportPath}.`);
}

const NOT_WITH_MONITORING = ["collector", "feature-methods", "sample-rows", "max-rows-in-memory"] as const;

/** Data too large for a CI runner: Azure ML model monitoring computes the same signal on Spark. */
async function runOnAzureMonitoring(inputs: CheckDriftInputs, host: Host, services: CheckDriftServices): Promise<void> {
  const engine = `'${host.inputLabel("engine")}: azureml-monitor'`;
  const refused = NOT_WITH_MONITORING.find((name) => {
    const value = inputs[name];
    return Array.isArray(value) ? value.length > 0 : value !== undefined;
  });
  if (refused) {
    throw new ConfigurationError(`Input '${host.inputLabel(refused)}' does not apply with ${engine}: model monitoring takes one test per feature type and reads whole data assets.`);
  }
  if (!inputs.current) {
    throw new ConfigurationError(`Input '${host.inputLabel("current")}' is required with ${engine}: expected an azureml: MLTable data asset or a datastore folder.`);
  }
  const method = inputs.method ? await withInputNames(host, { method: "method" }, () => methodPerFeatureType(inputs.method!)) : {};
  const threshold = inputs.threshold;
  const workspace = await connectWorkspace(inputs, host, services.connectWorkspace);
  const result = await services.runMonitorDrift(workspace, {
    reference: inputs.reference!,
    production: inputs.current,
    features: inputs.features.length > 0 ? inputs.features.filter((name) => !inputs.exclude.includes(name)) : undefined,
    categorical: inputs.categorical,
    method,
    thresholds: threshold === undefined ? undefined : { numerical: threshold, categorical: threshold },
    driftShare: inputs["drift-share"],
    timeoutMs: inputs["timeout-minutes"]! * 60_000,
    signal: host.cancellation,
    log: host,
  });
  host.info(`Model monitoring job ${result.jobName} of schedule ${result.scheduleName}${result.reusedSchedule ? " (reused)" : ""}.`);
  const rows = (side: "nReference" | "nCurrent") => Math.max(0, ...result.features.map((feature) => feature[side]));
  await reportDrift(result, { reference: { source: inputs.reference!, rows: rows("nReference") }, current: { source: inputs.current, rows: rows("nCurrent") } }, inputs, host, services);
}

/** The smaller of an explicit sample and the in-memory row budget: both keep a seeded uniform sample. */
function sampleOption(inputs: CheckDriftInputs): ReadOptions["sample"] {
  const limits = [inputs["sample-rows"], inputs["max-rows-in-memory"]].filter((limit): limit is number => limit !== undefined);
  return limits.length > 0 ? { rows: Math.min(...limits), seed: inputs.seed! } : undefined;
}

function describeRead(dataset: Dataset, table: Table) {
  const sampled = table.sourceRowCount > table.rowCount;
  return {
    source: dataset.label,
    rows: table.rowCount,
    ...(sampled ? { source_rows: table.sourceRowCount, sample_cdf_error_bound: sampleCdfErrorBound(table.rowCount) } : {}),
  };
}

function parseInputMethod(name: string, host: Host) {
  try {
    return parseDriftMethod(name);
  } catch (error) {
    throw new ConfigurationError(`Input '${host.inputLabel("method")}': ${(error as Error).message}`);
  }
}

/** `column=type` per line; columns named in the categorical input are categorical unless typed here. */
function parseColumnTypes(lines: string[], categorical: string[], host: Host): Map<string, ColumnType> {
  const types = new Map<string, ColumnType>(categorical.map((name) => [name, "categorical"]));
  for (const line of lines) {
    const match = /^([^=]+)=\s*(\S+)\s*$/.exec(line);
    try {
      if (!match) throw new ConfigurationError(`expected one 'column=type' per line, got '${line}'.`);
      types.set(match[1].trim(), parseColumnType(match[2]));
    } catch (error) {
      throw new ConfigurationError(`Input '${host.inputLabel("column-types")}': ${(error as Error).message}`);
    }
  }
  return types;
}

type LazyWorkspace = () => Promise<Workspace>;

/** Signs in only when a data source lives in Azure: local files need no credential. */
function lazyWorkspace(inputs: CheckDriftInputs, host: Host, services: CheckDriftServices): LazyWorkspace {
  let connecting: Promise<Workspace> | undefined;
  return () => {
    connecting ??= connectWorkspace(inputs, host, services.connectWorkspace);
    return connecting;
  };
}

async function resolveDataset(location: string, input: string, workspace: LazyWorkspace, host: Host, services: CheckDriftServices): Promise<Dataset> {
  if (isAzureLocation(location)) return services.resolveAzureDataset(location, workspace, host);
  try {
    return await resolveLocalDataset(location, { roots: host.workspaceRoots });
  } catch (error) {
    if (error instanceof ConfigurationError) throw new ConfigurationError(`Input '${host.inputLabel(input)}': ${error.message}`);
    throw error;
  }
}

async function resolveCollector(inputs: CheckDriftInputs, workspace: LazyWorkspace, host: Host, services: CheckDriftServices): Promise<Dataset> {
  return withInputNames(host, { window: "window", from: "from", to: "to", collector: "collector" }, async () => {
    const window = parseWindow(inputs.window, inputs.from, inputs.to, new Date());
    return services.resolveCollectorDataset(inputs.collector!, window, await workspace(), host);
  });
}

/** The run was cancelled: stop before any verdict is set. */
function throwIfCancelled(host: Host): void {
  if (host.cancellation.aborted) throw new CancelledError("Cancelled: no verdict was set.");
}

/** The report as written to disk, refused when over `maxBytes`; `featuresLabel` names the input that narrows it. */
export function reportText(report: unknown, featuresLabel: string, maxBytes: number = LIMITS.maxReportBytes): string {
  const text = `${JSON.stringify(report, null, 2)}\n`;
  if (Buffer.byteLength(text) > maxBytes) {
    throw new ConfigurationError(`The drift report would be ${formatBytes(Buffer.byteLength(text))}, over the limit of ${formatBytes(maxBytes)}; narrow '${featuresLabel}'.`);
  }
  return text;
}

async function writeReport(reportPath: string, report: unknown, host: Host): Promise<void> {
  const text = reportText(report, host.inputLabel("features"));
  const label = host.inputLabel("report-path");
  try {
    await mkdir(path.dirname(reportPath), { recursive: true });
    await writeFile(reportPath, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "EISDIR" ? "it is a folder; give a file path" : code === "EACCES" || code === "EPERM" ? "permission denied" : errorMessage(error);
    throw new ConfigurationError(`Input '${label}': cannot write the report to ${reportPath}: ${why}.`);
  }
}

function describe(dataset: Dataset): string {
  return `${dataset.label} (${dataset.sources.length} file${dataset.sources.length === 1 ? "" : "s"})`;
}
