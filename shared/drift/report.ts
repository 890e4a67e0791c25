import type { DriftComparison } from "./compare";

/** The report's JSON shape: stable, documented, and what downstream automation reads. */
/** Bins of high-cardinality features are left out: the report stays small enough to attach and read. */
const MAX_REPORTED_BINS = 100;

export interface DriftReportJson {
  dataset_drift: boolean;
  share_drifted: number;
  drift_share: number;
  features: {
    name: string;
    kind: "numerical" | "categorical";
    test: string;
    score: number;
    threshold: number;
    drifted: boolean;
    n_reference: number;
    n_current: number;
    bins?: { labels: string[]; reference: number[]; current: number[] };
  }[];
  /** Columns compared but not drift-tested (text, ignored), with the reason. */
  skipped?: { name: string; type: string; reason: string }[];
  reference: ReadDescription;
  current: ReadDescription;
  generated_at: string;
}

/** Where a side's rows came from; a sampled side states how far its CDFs may be from the full data's. */
export interface ReadDescription {
  source: string;
  rows: number;
  source_rows?: number;
  /** Dvoretzky–Kiefer–Wolfowitz bound at 99 % confidence. */
  sample_cdf_error_bound?: number;
}

export function toReportJson(comparison: DriftComparison, sources: { reference: ReadDescription; current: ReadDescription }, now = new Date()): DriftReportJson {
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
      ...(feature.shares && feature.shares.bins.length <= MAX_REPORTED_BINS ? { bins: { labels: feature.shares.bins, reference: feature.shares.reference, current: feature.shares.current } } : {}),
    })),
    ...(comparison.skipped ? { skipped: comparison.skipped.map(({ name, type, reason }) => ({ name, type, reason })) } : {}),
    reference: sources.reference,
    current: sources.current,
    generated_at: now.toISOString(),
  };
}
