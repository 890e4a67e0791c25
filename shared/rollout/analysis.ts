/** What Azure Monitor says about one deployment over one analysis window. */
export interface DeploymentFigures {
  requests: number;
  /** Requests answered with a 5xx. */
  serverErrors: number;
  /** Highest P99 latency over the window, in milliseconds; undefined without requests. */
  latencyP99Ms?: number;
}

export interface AnalysisThresholds {
  minSuccessRate: number;
  maxLatencyMs: number;
  minRequests: number;
  allowNoData: boolean;
}

export type CheckName = "requests" | "success-rate" | "latency-p99";

export interface Check {
  name: CheckName;
  passed: boolean;
  /** What was measured, for the report. */
  value: string;
  /** What was required. */
  limit: string;
}

export interface Analysis {
  figures: DeploymentFigures;
  successRate?: number;
  checks: Check[];
  /** The first check that failed, if any. */
  failed?: Check;
}

/**
 * Non-5xx share ≥ min success rate, P99 ≤ max latency, at least min requests. Fewer requests is "no data": one
 * failed check unless allowed, and then the rates are not judged at all (a handful of requests says nothing).
 */
export function analyse(figures: DeploymentFigures, thresholds: AnalysisThresholds): Analysis {
  const enough = figures.requests >= thresholds.minRequests && figures.requests > 0;
  const checks: Check[] = [];
  if (!enough) {
    checks.push({
      name: "requests",
      passed: thresholds.allowNoData,
      value: `${figures.requests} requests`,
      limit: `≥ ${thresholds.minRequests}${thresholds.allowNoData ? " (no data allowed)" : ""}`,
    });
    return withFailed({ figures, checks });
  }
  const successRate = (figures.requests - figures.serverErrors) / figures.requests;
  checks.push({ name: "requests", passed: true, value: `${figures.requests} requests`, limit: `≥ ${thresholds.minRequests}` });
  checks.push({ name: "success-rate", passed: successRate >= thresholds.minSuccessRate, value: percent(successRate), limit: `≥ ${percent(thresholds.minSuccessRate)}` });
  const latency = figures.latencyP99Ms;
  checks.push({
    name: "latency-p99",
    passed: latency === undefined || latency <= thresholds.maxLatencyMs,
    value: latency === undefined ? "no data" : `${round(latency)} ms`,
    limit: `≤ ${thresholds.maxLatencyMs} ms`,
  });
  return withFailed({ figures, successRate, checks });
}

function withFailed(analysis: Analysis): Analysis {
  const failed = analysis.checks.find((check) => !check.passed);
  return failed ? { ...analysis, failed } : analysis;
}

/** Failed checks accumulate over the rollout; reaching the threshold means rollback. */
export class FailedChecks {
  private count = 0;
  constructor(private readonly threshold: number) {}

  record(analysis: Analysis): boolean {
    if (analysis.failed) this.count += 1;
    return this.count >= this.threshold;
  }

  get failed(): number {
    return this.count;
  }
}

export function describeCheck(check: Check): string {
  return `${check.name} ${check.value} (required ${check.limit})`;
}

function percent(share: number): string {
  return `${round(share * 100)} %`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
