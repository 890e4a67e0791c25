import { ConfigurationError } from "../core/errors";
import { formatNumber } from "../core/markdown";
import type { WorkspaceInputs } from "./workspace-inputs";
import { decideGate, type GateReport, type GateResult } from "../gate/decide";
import { gateMarkdown } from "../gate/report";
import { metricsOf, parseRules, type Rule } from "../gate/rule-syntax";
import { createEvent, type Outcome } from "../governance/event";
import { publishEvent } from "../governance/publish";
import type { Host } from "../host/port";
import type { ParsedInputs } from "../inputs/parse";
import type { ChampionLookup, ChampionSettings } from "../registry/champion";
import type { evaluateGateInputs } from "./evaluate-gate";
import { withInputNames } from "./input-errors";

type GateInputs = ParsedInputs<typeof evaluateGateInputs>;

/** What the gate reads from Azure ML. */
export interface GateWorkspace {
  /** MLflow metrics of a Completed job; SettingError on "jobName" or "metricsStep". */
  jobMetrics(jobName: string, metricsStep?: string): Promise<Record<string, number>>;
  findChampion(settings: ChampionSettings): Promise<ChampionLookup>;
}

export interface GateServices {
  connect(inputs: WorkspaceInputs, host: Host): Promise<GateWorkspace>;
}

const SETTING_INPUTS = {
  rules: "rules",
  jobName: "job-name",
  metricsStep: "metrics-step",
  endpointName: "endpoint-name",
  modelName: "model-name",
  championVersion: "champion-version",
};
const RESULTS: readonly GateResult[] = ["pass", "no-improvement", "fail"];

export async function runEvaluateGate(inputs: GateInputs, host: Host, services: GateServices): Promise<void> {
  const label = (name: string) => host.inputLabel(name);
  if (inputs.metrics && inputs["job-name"]) throw new ConfigurationError(`Set either input '${label("metrics")}' or '${label("job-name")}', not both.`);
  if (!inputs.metrics && !inputs["job-name"]) {
    throw new ConfigurationError(`Input '${label("metrics")}' is required unless '${label("job-name")}' is set: expected a JSON object of numbers, e.g. {"accuracy": 0.91}.`);
  }
  const rules = await withInputNames(host, SETTING_INPUTS, async () => parseRules(inputs.rules ?? ""));
  const failOn = parseFailOn(inputs["fail-on"] ?? "fail", host);
  const champion = championSettings(inputs, rules, host);
  if (rules.length === 0 && !inputs["primary-metric"]) host.warning(`No rules and no '${label("primary-metric")}' were given: the gate passes any candidate.`);

  const needsWorkspace = inputs["job-name"] !== undefined || champion !== undefined;
  const workspace = needsWorkspace ? await services.connect(inputs, host) : undefined;
  const candidate = inputs.metrics ?? (await withInputNames(host, SETTING_INPUTS, () => workspace!.jobMetrics(inputs["job-name"]!, inputs["metrics-step"])));
  const lookup = champion ? await withInputNames(host, SETTING_INPUTS, () => workspace!.findChampion(champion)) : undefined;

  const report = decideGate({
    rules,
    candidate,
    comparison: lookup && ("champion" in lookup ? lookup : { missing: lookup.missing, onMissing: inputs["on-missing-champion"]! }),
    primary: inputs["primary-metric"] ? { metric: inputs["primary-metric"], direction: inputs["primary-direction"], minImprovement: inputs["min-improvement"]! } : undefined,
  });
  const failing = failOn.has(report.result);
  printReport(report, host);
  host.setOutput("result", report.result);
  host.setOutput("passed", String(report.result === "pass"));
  host.setOutput("report", JSON.stringify(report));

  const dryRun = inputs["dry-run"];
  const outcome: Outcome = dryRun ? "planned" : report.result === "pass" ? "succeeded" : failing ? "failed" : "warning";
  const event = createEvent("evaluate-gate", host.context, {
    outcome,
    headline: `${dryRun ? "dry run: " : ""}${report.result} — ${report.summary}`,
    subject: {
      candidate: inputs["job-name"] ? `job ${inputs["job-name"]}` : "metrics input",
      ...(report.champion ? { champion: `${report.champion.model}:${report.champion.version}` } : {}),
    },
    evidence: { gate: report },
  });
  await publishEvent(host, event, gateMarkdown(report), inputs["webhook-url"]);
  if (dryRun) {
    host.info(`Dry run: the gate only reads; its result (${report.result}) does not fail the step.`);
    return;
  }
  if (failing) throw new ConfigurationError(`The gate's result is ${report.result}: ${report.summary}.`);
  if (report.result !== "pass") host.warning(`The gate's result is ${report.result}: ${report.summary}.`);
}

function parseFailOn(value: string, host: Host): Set<GateResult> {
  const entries = value.split(/[,\s]+/).filter(Boolean);
  if (entries.length === 1 && entries[0] === "none") return new Set();
  const unknown = entries.find((entry) => !(RESULTS as readonly string[]).includes(entry));
  if (unknown !== undefined || entries.length === 0) {
    throw new ConfigurationError(`Input '${host.inputLabel("fail-on")}' must be a comma-separated list of ${RESULTS.filter((r) => r !== "pass").join(", ")}, or none, got '${value}'.`);
  }
  return new Set(entries as GateResult[]);
}

function championSettings(inputs: GateInputs, rules: Rule[], host: Host): ChampionSettings | undefined {
  const label = (name: string) => host.inputLabel(name);
  const metricsStep = inputs["metrics-step"];
  switch (inputs["compare-to"]) {
    case "none": {
      const reading = rules.find((rule) => metricsOf(rule.left, "champion").length + metricsOf(rule.right, "champion").length > 0);
      if (reading) {
        throw new ConfigurationError(`Input '${label("rules")}': line ${reading.line} reads the champion ('${reading.text}') but '${label("compare-to")}' is none.`);
      }
      return undefined;
    }
    case "version": {
      if (!inputs["model-name"]) throw new ConfigurationError(`Input '${label("model-name")}' is required with '${label("compare-to")}: version': expected a registered model name.`);
      const version = (inputs["champion-version"] ?? "latest").replace(/^@/, "");
      return { kind: "version", modelName: inputs["model-name"], version, metricsStep };
    }
    default:
      if (!inputs["endpoint-name"]) throw new ConfigurationError(`Input '${label("endpoint-name")}' is required with '${label("compare-to")}: champion': expected an online endpoint name.`);
      return { kind: "endpoint", endpointName: inputs["endpoint-name"], metricsStep };
  }
}

function printReport(report: GateReport, host: Host): void {
  if (report.champion) host.untrusted(`Champion ${report.champion.model}:${report.champion.version}, ${report.champion.chosenBy}; metrics from ${report.champion.metricsFrom}.`);
  if (report.missingChampion) host.untrusted(`No champion: ${report.missingChampion.reason}; a missing champion is set to ${report.missingChampion.onMissing}.`);
  for (const rule of report.rules) {
    const values = `candidate ${shown(rule.candidate)}, champion ${shown(rule.champion)}, threshold ${shown(rule.threshold)}`;
    host.untrusted(`${rule.verdict.toUpperCase().padEnd(7)} line ${rule.line}: ${rule.rule} (${values})${rule.reason && rule.verdict !== "pass" ? ` — ${rule.reason}` : ""}`);
  }
  if (report.primary) {
    const primary = report.primary;
    host.untrusted(`Primary metric ${primary.metric} (${primary.direction} is better): candidate ${shown(primary.candidate)}, champion ${shown(primary.champion)}, improvement ${shown(primary.improvement)} (minimum ${shown(primary.minImprovement)}).`);
  }
  host.info(`Gate result: ${report.result} — ${report.summary}`);
}

function shown(value: number | null | undefined): string {
  return value === undefined || value === null ? "—" : formatNumber(value);
}
