import { readFile } from "node:fs/promises";
import path from "node:path";
import { ConfigurationError, ServiceError } from "../core/errors";
import { assetLineage } from "../governance/asset-lineage";
import { createEvent, type GovernanceEvent } from "../governance/event";
import { codeBlock, escapeMarkdown } from "../core/markdown";
import { publishEvent } from "../governance/publish";
import type { Host } from "../host/port";
import type { ParsedInputs } from "../inputs/parse";
import { parseYamlFile } from "../jobs/job-file";
import { isMapping, type Mapping } from "../jobs/spec-fields";
import type { RolloutBackend } from "../rollout/backend";
import { buildDeploymentBody, type DeploymentBody, type DeploymentOverrides } from "../rollout/deployment-spec";
import { resolveModel, type ModelRef } from "../rollout/model-ref";
import { checkName, deploymentNameFor } from "../rollout/names";
import { planRollout, type EndpointSnapshot, type RolloutSettings, type Stage } from "../rollout/plan";
import { runRollout, type RolloutReport } from "../rollout/rollout";
import { parseSmokeExpectation } from "../rollout/smoke";
import { formatTraffic, parseTrafficSteps } from "../rollout/traffic";
import { deployCanaryInputs } from "./deploy-canary-inputs";
import { rolloutMarkdown } from "./deploy-canary-report";
import type { CanaryServices, CanaryWorkspace } from "./deploy-canary-services";
import { withInputNames } from "./input-errors";

type Inputs = ParsedInputs<typeof deployCanaryInputs>;

const SETTING_INPUTS = {
  trafficSteps: "traffic-steps",
  smokeExpect: "smoke-expect",
  model: "model",
  deploymentName: "deployment-name",
  endpointName: "endpoint-name",
};
const POLL_INTERVAL_MS = 1000;
const MAX_POLL_INTERVAL_MS = 15_000;
const MAX_JSON_BYTES = 1024 * 1024;

export async function runDeployCanary(inputs: Inputs, host: Host, services: CanaryServices): Promise<void> {
  const named = <T>(call: () => T | Promise<T>) => withInputNames(host, SETTING_INPUTS, async () => call());
  const endpointName = await named(() => checkName("endpointName", inputs["endpoint-name"]));
  const explicitName = inputs["deployment-name"] ? await named(() => checkName("deploymentName", inputs["deployment-name"]!)) : undefined;
  // Hosts fill in manifest defaults; a run without them (the local host, tests) gets the same steps.
  const stepsText = inputs["traffic-steps"] ?? deployCanaryInputs["traffic-steps"].meta.default;
  const trafficSteps = /^\s*none\s*$/i.test(stepsText ?? "") ? [] : await named(() => parseTrafficSteps(stepsText));
  const smoke = inputs["smoke-request"]
    ? { body: await readJsonInput(inputs["smoke-request"], "smoke-request", host, true), expectation: await named(() => parseSmokeExpectation(inputs["smoke-expect-status"]!, inputs["smoke-expect"])) }
    : undefined;
  if (!smoke && inputs["smoke-expect"]) throw new ConfigurationError(`Input '${host.inputLabel("smoke-expect")}' needs '${host.inputLabel("smoke-request")}': there is no smoke request to check.`);
  const load = inputs["load-file"] ? { body: await readJsonInput(inputs["load-file"], "load-file", host, false), rps: inputs["load-rps"]! } : undefined;
  const overrides = deploymentOverrides(inputs, host);
  const file = inputs["deployment-file"] ? await readDeploymentFile(inputs["deployment-file"], endpointName, host) : undefined;

  const workspace = await services.open(inputs, host);
  const model = await named(() => resolveModel(inputs.model, workspace.scope, (name) => workspace.latestModelVersion(name)));
  const fileName = typeof file?.spec.name === "string" ? file.spec.name : undefined;
  const deployment = explicitName ?? (fileName ? await named(() => checkName("deploymentName", fileName)) : deploymentNameFor(model.name, model.version));
  host.setOutput("deployment-name", deployment);

  const settings: RolloutSettings = {
    endpoint: endpointName,
    deployment,
    trafficSteps,
    intervalMs: inputs["interval-seconds"]! * 1000,
    threshold: inputs.threshold!,
    thresholds: {
      minSuccessRate: inputs["min-success-rate"]!,
      maxLatencyMs: inputs["max-latency-ms"]!,
      minRequests: inputs["min-requests"]!,
      allowNoData: inputs["allow-no-data"],
    },
    mirror: inputs["mirror-percent"]! > 0 ? { percent: inputs["mirror-percent"]!, durationMs: inputs["mirror-minutes"]! * 60_000 } : undefined,
    smoke,
    load,
    deleteOld: inputs["delete-old"],
    deleteOnRollback: inputs["delete-on-rollback"],
    createEndpoint: inputs["create-endpoint-if-missing"] ? (inputs["auth-mode"] === "aml_token" ? "AMLToken" : "Key") : undefined,
    logTail: inputs["log-tail"]!,
  };
  const timeoutMs = inputs["timeout-minutes"]! * 60_000;
  const backend = workspace.backend({ endpoint: endpointName, metricsEndpoint: inputs["metrics-endpoint"], poll: { intervalMs: POLL_INTERVAL_MS, maxIntervalMs: MAX_POLL_INTERVAL_MS, timeoutMs } }, host);

  const found = await backend.readEndpoint(host.cancellation);
  if (!found && !settings.createEndpoint) {
    throw new ConfigurationError(`Input '${host.inputLabel("endpoint-name")}': there is no online endpoint '${endpointName}' in workspace '${workspace.scope.workspaceName}'; set '${host.inputLabel("create-endpoint-if-missing")}' to create it.`);
  }
  const endpoint: EndpointSnapshot = found ?? { exists: false, traffic: {}, mirror: {}, deployments: {} };
  host.setOutput("previous-traffic", JSON.stringify(endpoint.traffic));
  if (found?.scoringUri) host.setOutput("scoring-uri", found.scoringUri);
  const serving = endpoint.traffic[deployment] ?? 0;
  if (serving > 0) {
    if (serving === 100 && endpoint.deployments[deployment]?.toLowerCase() === model.id.toLowerCase()) {
      return alreadyServing(inputs, host, endpointName, deployment, model, endpoint);
    }
    throw new ConfigurationError(
      `Input '${host.inputLabel("deployment-name")}': deployment '${deployment}' already serves ${serving} % of endpoint '${endpointName}'; a canary needs a deployment without live traffic.`,
    );
  }

  const assets = await workspace.assetResolver(inputs["dry-run"]);
  const body = await buildDeploymentBody(file?.spec ?? {}, overrides, {
    scope: workspace.scope,
    baseDir: file?.dir ?? process.cwd(),
    resolver: assets.resolver,
    modelId: model.id,
    source: file?.path ?? "deployment",
  });
  // The deployment records who rolled it out, from which commit and run: the same lineage as the note.
  const started = createEvent("deploy-canary", host.context, { outcome: "planned", headline: `canary of ${model.name}:${model.version} on ${endpointName}`, subject: { endpoint: endpointName, deployment } });
  const { "amlops.outcome": _outcome, ...lineage } = assetLineage(started).tags;
  body.body.tags = { ...lineage, ...body.body.tags };

  if (inputs["dry-run"]) return planOnly(inputs, host, workspace, settings, endpoint, body, model, assets.actions ?? [], found?.scoringUri);

  const report = await runRollout(settings, body, endpoint, backend, host, host.cancellation);
  await finish(inputs, host, settings, model, report, backend);
}

async function finish(inputs: Inputs, host: Host, settings: RolloutSettings, model: ModelRef, report: RolloutReport, backend: RolloutBackend): Promise<void> {
  const result = report.result === "cancelled" || report.result === "provisioning-failed" ? "rolled-back" : report.result;
  host.setOutput("result", result);
  host.setOutput("promoted", String(report.result === "promoted"));
  // Read again: deleting an old deployment also drops it from the map.
  const after = await backend.readEndpoint(new AbortController().signal).catch(() => undefined);
  host.setOutput("traffic", JSON.stringify(after?.traffic ?? report.traffic));
  if (after?.scoringUri) host.setOutput("scoring-uri", after.scoringUri);
  if (report.logs !== undefined) {
    await host.group(`Logs of deployment ${settings.deployment}`, async () => host.untrusted(report.logs || "(empty)"));
  }

  const facts = { endpoint: settings.endpoint, deployment: settings.deployment, model: model.id };
  const outcome: GovernanceEvent["outcome"] = report.result === "cancelled" ? "cancelled" : report.reason ? "failed" : "succeeded";
  const headline = {
    promoted: `deployment ${settings.deployment} promoted to 100 % of endpoint ${settings.endpoint}`,
    "deployed-no-traffic": `deployment ${settings.deployment} deployed to endpoint ${settings.endpoint} without traffic`,
    "rolled-back": `deployment ${settings.deployment} rolled back on endpoint ${settings.endpoint}`,
    "provisioning-failed": `deployment ${settings.deployment} failed to provision on endpoint ${settings.endpoint}`,
    cancelled: `rollout of deployment ${settings.deployment} cancelled; endpoint ${settings.endpoint} restored`,
  }[report.result];
  const event = createEvent("deploy-canary", host.context, {
    outcome,
    headline,
    subject: { ...facts, model: `${model.name}:${model.version}`, modelId: model.id },
    evidence: {
      result,
      previousTraffic: report.previousTraffic,
      traffic: report.traffic,
      steps: report.stages.map((stage) => ({
        step: stage.label,
        traffic: stage.traffic,
        mirror: stage.mirror,
        ...(stage.analysis ? { figures: stage.analysis.figures, successRate: stage.analysis.successRate, checks: stage.analysis.checks } : {}),
      })),
      ...(report.reason ? { reason: report.reason } : {}),
      ...(report.logs !== undefined ? { logs: report.logs } : {}),
      ...(report.deletedDeployments.length > 0 ? { deletedDeployments: report.deletedDeployments } : {}),
    },
  });
  await publishEvent(host, event, rolloutMarkdown(facts, report), inputs["webhook-url"]);

  if (report.restoreError) {
    throw new ServiceError(`${report.reason} The previous traffic (${formatTraffic(report.previousTraffic)}) could not be restored: ${report.restoreError}`);
  }
  if (report.result === "cancelled") throw new ServiceError(`The run was cancelled; endpoint ${settings.endpoint} has its previous traffic again (${formatTraffic(report.traffic)}).`);
  if (report.reason) throw new ServiceError(`${report.reason} Endpoint ${settings.endpoint} has its previous traffic again (${formatTraffic(report.traffic)}).`);
}

async function alreadyServing(inputs: Inputs, host: Host, endpoint: string, deployment: string, model: ModelRef, snapshot: EndpointSnapshot): Promise<void> {
  host.info(`Deployment ${deployment} already serves all traffic of endpoint ${endpoint} with model ${model.id}; nothing to do.`);
  host.setOutput("result", "promoted");
  host.setOutput("promoted", "true");
  host.setOutput("traffic", JSON.stringify(snapshot.traffic));
  const event = createEvent("deploy-canary", host.context, {
    outcome: "succeeded",
    headline: `deployment ${deployment} already serves 100 % of endpoint ${endpoint}`,
    subject: { endpoint, deployment, model: `${model.name}:${model.version}`, modelId: model.id },
    evidence: { result: "promoted", previousTraffic: snapshot.traffic, traffic: snapshot.traffic, steps: [] },
  });
  await publishEvent(host, event, `Deployment ${escapeMarkdown(deployment)} already serves all traffic of endpoint ${escapeMarkdown(endpoint)}.`, inputs["webhook-url"]);
}

async function planOnly(
  inputs: Inputs,
  host: Host,
  workspace: CanaryWorkspace,
  settings: RolloutSettings,
  endpoint: EndpointSnapshot,
  body: DeploymentBody,
  model: ModelRef,
  actions: { action: string; source: string; target: string; files?: number }[],
  scoringUri: string | undefined,
): Promise<void> {
  const endpointUrl = workspace.endpointUrl(settings.endpoint);
  const lines = [
    ...actions.map((action) => `${action.action}: ${action.source} → ${action.target}${action.files !== undefined ? ` (${action.files} files)` : ""}`),
    ...planRollout(settings, endpoint).flatMap((stage) => describeStage(stage, settings, workspace, endpointUrl, body, scoringUri)),
    `On a failed check (${settings.threshold} allowed), an error or cancellation: PUT ${endpointUrl} with traffic ${JSON.stringify(endpoint.traffic)} and mirrorTraffic ${JSON.stringify(endpoint.mirror)}; fetch the deployment's last ${settings.logTail} log lines${settings.deleteOnRollback ? `; DELETE ${workspace.deploymentUrl(settings.endpoint, settings.deployment)}` : ""}.`,
  ];
  const text = lines.join("\n");
  host.info(`Dry run: nothing is deployed and no traffic moves.\n${text}`);
  host.setOutput("result", "dry-run");
  host.setOutput("promoted", "false");
  host.setOutput("traffic", JSON.stringify(endpoint.traffic));
  const event = createEvent("deploy-canary", host.context, {
    outcome: "planned",
    headline: `dry run of deployment ${settings.deployment} on endpoint ${settings.endpoint}`,
    subject: { endpoint: settings.endpoint, deployment: settings.deployment, model: `${model.name}:${model.version}`, modelId: model.id },
    evidence: { previousTraffic: endpoint.traffic, trafficSteps: settings.trafficSteps },
  });
  await publishEvent(host, event, codeBlock(text), inputs["webhook-url"]);
}

function describeStage(stage: Stage, settings: RolloutSettings, workspace: CanaryWorkspace, endpointUrl: string, body: DeploymentBody, scoringUri: string | undefined): string[] {
  const analysis = `analyse requests ≥ ${settings.thresholds.minRequests}, success rate ≥ ${settings.thresholds.minSuccessRate}, P99 latency ≤ ${settings.thresholds.maxLatencyMs} ms`;
  const load = settings.load ? ` with ${settings.load.rps} synthetic requests/s` : "";
  switch (stage.kind) {
    case "create-endpoint":
      return [`PUT ${endpointUrl} (create the endpoint, auth mode ${stage.authMode})`];
    case "deploy":
      return [`PUT ${workspace.deploymentUrl(settings.endpoint, settings.deployment)} and wait for provisioning:`, JSON.stringify(body.body, null, 2)];
    case "smoke":
      return [`POST ${scoringUri ?? "<scoring URI>"} with header azureml-model-deployment: ${settings.deployment}; expect status ${settings.smoke!.expectation.status}`];
    case "mirror":
      return [`PUT ${endpointUrl} with traffic ${JSON.stringify(stage.traffic)} and mirrorTraffic ${JSON.stringify(stage.mirror)}; wait ${stage.durationMs / 1000} s${load}; ${analysis}`];
    case "traffic":
      return [`PUT ${endpointUrl} with traffic ${JSON.stringify(stage.traffic)} and mirrorTraffic ${JSON.stringify(stage.mirror)}${stage.analyse ? `; wait ${settings.intervalMs / 1000} s${load}; ${analysis}` : " (promotion)"}`];
    case "restore-mirror":
      return [`PUT ${endpointUrl} with traffic ${JSON.stringify(stage.traffic)} and mirrorTraffic ${JSON.stringify(stage.mirror)}`];
    case "delete-old":
      return stage.deployments.map((name) => `DELETE ${workspace.deploymentUrl(settings.endpoint, name)}`);
  }
}

/** A JSON body from a file path or given inline; anything else is an error naming the input. */
async function readJsonInput(value: string, input: string, host: Host, inlineAllowed: boolean): Promise<string> {
  const trimmed = value.trim();
  let text = trimmed;
  if (!inlineAllowed || !/^[[{]/.test(trimmed)) {
    try {
      const buffer = await readFile(path.resolve(value));
      if (buffer.length > MAX_JSON_BYTES) throw new ConfigurationError(`Input '${host.inputLabel(input)}': ${value} is larger than ${MAX_JSON_BYTES} bytes.`);
      text = buffer.toString("utf8");
    } catch (error) {
      if (error instanceof ConfigurationError) throw error;
      throw new ConfigurationError(`Input '${host.inputLabel(input)}' must be ${inlineAllowed ? "a JSON request body or the path of a JSON file" : "the path of a JSON file"}; cannot read '${value}'.`);
    }
  }
  try {
    JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`Input '${host.inputLabel(input)}' must be a JSON request body: ${(error as Error).message}.`);
  }
  return text;
}

async function readDeploymentFile(file: string, endpoint: string, host: Host): Promise<{ spec: Mapping; path: string; dir: string }> {
  const absolute = path.resolve(file);
  const spec = await parseYamlFile(absolute);
  if (!isMapping(spec)) throw new ConfigurationError(`Input '${host.inputLabel("deployment-file")}': ${absolute} must be a YAML mapping of an online deployment.`);
  if (typeof spec.endpoint_name === "string" && spec.endpoint_name !== endpoint) {
    throw new ConfigurationError(`Input '${host.inputLabel("deployment-file")}': ${absolute} names endpoint '${spec.endpoint_name}', but '${host.inputLabel("endpoint-name")}' is '${endpoint}'.`);
  }
  return { spec, path: absolute, dir: path.dirname(absolute) };
}

function deploymentOverrides(inputs: Inputs, host: Host): DeploymentOverrides {
  return {
    instanceType: inputs["instance-type"],
    instanceCount: inputs["instance-count"],
    environment: inputs.environment,
    codePath: inputs["code-path"],
    scoringScript: inputs["scoring-script"],
    requestTimeoutMs: inputs["request-timeout-ms"],
    maxConcurrentRequests: inputs["max-concurrent-requests"],
    livenessProbe: probeInput(inputs["liveness-probe"], "liveness-probe", host),
    readinessProbe: probeInput(inputs["readiness-probe"], "readiness-probe", host),
    dataCollector: inputs["data-collector"].length > 0 ? inputs["data-collector"] : undefined,
  };
}

const PROBE_KEYS = ["initial_delay", "period", "timeout", "success_threshold", "failure_threshold"];

function probeInput(value: string | undefined, input: string, host: Host): Mapping | undefined {
  if (!value) return undefined;
  const probe: Mapping = {};
  for (const part of value.split(",").map((item) => item.trim()).filter(Boolean)) {
    const match = /^(\w+)\s*=\s*(\d+)$/.exec(part);
    if (!match || !PROBE_KEYS.includes(match[1])) {
      throw new ConfigurationError(`Input '${host.inputLabel(input)}' must be comma-separated key=seconds with keys ${PROBE_KEYS.join(", ")}, got '${part}'.`);
    }
    probe[match[1]] = Number(match[2]);
  }
  return probe;
}

