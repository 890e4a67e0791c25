import { setTimeout as sleep } from "node:timers/promises";
import { CancelledError, errorMessage } from "../core/errors";
import type { Log } from "../core/log";
import { analyse, describeCheck, FailedChecks, type Analysis } from "./analysis";
import type { RolloutBackend } from "./backend";
import type { DeploymentBody } from "./deployment-spec";
import { planRollout, type EndpointSnapshot, type RolloutSettings, type Stage } from "./plan";
import { smokeMismatch } from "./smoke";
import { formatTraffic, type TrafficMap } from "./traffic";

export type RolloutResult = "promoted" | "rolled-back" | "deployed-no-traffic" | "provisioning-failed" | "cancelled";

export interface StageRecord {
  label: string;
  traffic: TrafficMap;
  mirror: TrafficMap;
  analysis?: Analysis;
}

export interface RolloutReport {
  result: RolloutResult;
  /** Why the rollout did not promote: the failed check, the smoke mismatch, the service's message. */
  reason?: string;
  previousTraffic: TrafficMap;
  previousMirror: TrafficMap;
  /** The endpoint's maps when the rollout ended. */
  traffic: TrafficMap;
  mirror: TrafficMap;
  stages: StageRecord[];
  /** The new deployment's log tail, fetched on any failure. */
  logs?: string;
  deletedDeployments: string[];
  /** A rollback that could not restore the previous maps, with the service's message. */
  restoreError?: string;
}

class RolloutStop extends Error {
  constructor(readonly result: "rolled-back" | "provisioning-failed", message: string) {
    super(message);
  }
}

/**
 * Deploys at 0 %, smoke-tests, mirrors, steps the traffic with an analysis after each interval, and promotes; on a
 * failed rollout, an error or cancellation it restores exactly the traffic and mirror maps found before.
 */
export async function runRollout(
  settings: RolloutSettings,
  body: DeploymentBody,
  endpoint: EndpointSnapshot,
  backend: RolloutBackend,
  log: Log,
  signal: AbortSignal,
): Promise<RolloutReport> {
  const stages = planRollout(settings, endpoint);
  const report: RolloutReport = {
    result: settings.trafficSteps.length === 0 ? "deployed-no-traffic" : "promoted",
    previousTraffic: endpoint.traffic,
    previousMirror: endpoint.mirror,
    traffic: endpoint.traffic,
    mirror: endpoint.mirror,
    stages: [],
    deletedDeployments: [],
  };
  const failedChecks = new FailedChecks(settings.threshold);
  const created = !(settings.deployment in endpoint.deployments);
  let trafficChanged = false;
  const setMaps = async (traffic: TrafficMap, mirror: TrafficMap) => {
    trafficChanged = true;
    await backend.setTraffic(traffic, mirror, signal);
    report.traffic = traffic;
    report.mirror = mirror;
  };

  try {
    for (const stage of stages) {
      throwIfCancelled(signal);
      switch (stage.kind) {
        case "create-endpoint":
          log.info(`Creating endpoint ${settings.endpoint} (auth mode ${stage.authMode}).`);
          await backend.createEndpoint(stage.authMode, signal);
          break;
        case "deploy":
          log.info(`${created ? "Creating" : "Updating"} deployment ${settings.deployment} at 0 % and waiting for provisioning.`);
          try {
            await backend.deploy(settings.deployment, body, signal);
          } catch (error) {
            if (signal.aborted) throw error;
            throw new RolloutStop("provisioning-failed", `Deployment ${settings.deployment} failed to provision: ${errorMessage(error)}`);
          }
          break;
        case "smoke": {
          const answer = await backend.score(settings.deployment, settings.smoke!.body, signal);
          const mismatch = smokeMismatch(settings.smoke!.expectation, answer);
          if (mismatch) throw new RolloutStop("rolled-back", `Smoke test of deployment ${settings.deployment} failed: ${mismatch}.`);
          log.info(`Smoke test of deployment ${settings.deployment} passed (status ${answer.status}).`);
          break;
        }
        case "mirror":
        case "traffic":
          await runTrafficStage(stage);
          break;
        case "restore-mirror":
          await setMaps(stage.traffic, stage.mirror);
          break;
        case "delete-old":
          for (const name of stage.deployments) {
            log.info(`Deleting deployment ${name}, which no longer serves traffic.`);
            await backend.deleteDeployment(name, signal);
            report.deletedDeployments.push(name);
          }
          break;
      }
    }
    return report;
  } catch (error) {
    const cancelled = signal.aborted;
    report.result = cancelled ? "cancelled" : error instanceof RolloutStop ? error.result : "rolled-back";
    report.reason = cancelled ? "the run was cancelled" : errorMessage(error);
    await rollBack();
    return report;
  }

  async function runTrafficStage(stage: Extract<Stage, { kind: "mirror" | "traffic" }>): Promise<void> {
    const label = stage.kind === "mirror" ? `mirror ${stage.mirror[settings.deployment]} %` : `traffic ${stage.percent} %`;
    log.info(`${label}: traffic ${formatTraffic(stage.traffic)}; mirror ${formatTraffic(stage.mirror)}.`);
    await setMaps(stage.traffic, stage.mirror);
    const record: StageRecord = { label, traffic: stage.traffic, mirror: stage.mirror };
    report.stages.push(record);
    if (stage.kind === "traffic" && !stage.analyse) return;
    const from = new Date();
    const load = settings.load ? backend.startLoad(settings.load.body, settings.load.rps) : undefined;
    try {
      await sleep(stage.kind === "mirror" ? stage.durationMs : settings.intervalMs, undefined, { signal });
    } finally {
      const sent = await load?.stop();
      if (sent) log.debug(`Synthetic load: ${sent.sent} requests, ${sent.failed} failed.`);
    }
    const analysis = analyse(await backend.figures(settings.deployment, from, new Date(), signal), settings.thresholds);
    record.analysis = analysis;
    const line = analysis.checks.map(describeCheck).join("; ");
    if (analysis.failed) log.warning(`${label}: check failed (${failedChecks.failed + 1} of ${settings.threshold} allowed): ${line}`);
    else log.info(`${label}: ${line}`);
    if (failedChecks.record(analysis)) {
      throw new RolloutStop("rolled-back", `Analysis at ${label} failed ${failedChecks.failed} check(s), reaching the threshold of ${settings.threshold}: ${describeCheck(analysis.failed!)}.`);
    }
  }

  async function rollBack(): Promise<void> {
    // Cleanup runs to its end even when the run was cancelled.
    const cleanup = new AbortController().signal;
    if (trafficChanged) {
      log.info(`Rolling back: restoring traffic ${formatTraffic(endpoint.traffic)}; mirror ${formatTraffic(endpoint.mirror)}.`);
      try {
        await backend.setTraffic(endpoint.traffic, endpoint.mirror, cleanup);
        report.traffic = endpoint.traffic;
        report.mirror = endpoint.mirror;
      } catch (error) {
        report.restoreError = errorMessage(error);
        log.warning(`Could not restore the previous traffic: ${report.restoreError}`);
        return;
      }
    }
    try {
      report.logs = await backend.logs(settings.deployment, settings.logTail, cleanup);
    } catch (error) {
      log.warning(`Could not fetch the logs of deployment ${settings.deployment}: ${errorMessage(error)}`);
    }
    // Only a deployment this run created is removed: an existing one was there before the run.
    if (settings.deleteOnRollback && created) {
      try {
        log.info(`Deleting deployment ${settings.deployment}.`);
        await backend.deleteDeployment(settings.deployment, cleanup);
        report.deletedDeployments.push(settings.deployment);
      } catch (error) {
        log.warning(`Could not delete deployment ${settings.deployment}: ${errorMessage(error)}`);
      }
    } else if (created) {
      log.info(`Deployment ${settings.deployment} is kept for inspection.`);
    }
  }
}

function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new CancelledError("The run was cancelled.");
}
