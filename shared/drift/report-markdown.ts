import { escapeMarkdown, formatNumber, table } from "../core/markdown";
import type { DriftComparison, FeatureDrift } from "./compare";
import { isPValueMethod } from "./stats/methods";

const CHARTED_FEATURES = 3;
const MAX_CHART_BINS = 20;

/** Drifted features first, then the closest to drifting. */
export function byDrift(features: readonly FeatureDrift[]): FeatureDrift[] {
  const closeness = (feature: FeatureDrift) => (isPValueMethod(feature.test) ? feature.threshold / Math.max(feature.score, 1e-300) : feature.score / feature.threshold);
  return [...features].sort((a, b) => Number(b.drifted) - Number(a.drifted) || closeness(b) - closeness(a) || a.name.localeCompare(b.name));
}

export function driftMarkdown(comparison: DriftComparison): string {
  const sorted = byDrift(comparison.features);
  const drifted = sorted.filter((feature) => feature.drifted).length;
  const verdict = comparison.drifted
    ? `**Dataset drift detected:** ${drifted} of ${sorted.length} features drifted (share ${formatNumber(comparison.shareDrifted)} ≥ ${formatNumber(comparison.driftShare)}).`
    : `No dataset drift: ${drifted} of ${sorted.length} features drifted (share ${formatNumber(comparison.shareDrifted)} < ${formatNumber(comparison.driftShare)}).`;
  const rows = sorted.map((feature) => [
    escapeMarkdown(feature.name),
    feature.kind,
    feature.test,
    formatNumber(feature.score),
    `${isPValueMethod(feature.test) ? (feature.test === "ks" ? "≤" : "<") : "≥"} ${formatNumber(feature.threshold)}`,
    feature.drifted ? "🔴 drift" : "🟢 ok",
    `${feature.nReference} / ${feature.nCurrent}`,
  ]);
  const charts = sorted
    .filter((feature) => feature.drifted && feature.shares && feature.shares.bins.length > 0)
    .slice(0, CHARTED_FEATURES)
    .map(sharesChart);
  const skipped = (comparison.skipped ?? []).map((column) => `- ${escapeMarkdown(column.name)}: ${escapeMarkdown(column.reason)}`);
  const skippedList = skipped.length > 0 ? [`Not drift-tested:\n${skipped.join("\n")}`] : [];
  return [verdict, table(["feature", "type", "test", "score", "drift when", "result", "rows ref / cur"], rows), ...skippedList, ...charts].join("\n\n");
}

/** Reference shares as bars and current shares as a line, rendered by GitHub and Azure DevOps themselves. */
function sharesChart(feature: FeatureDrift): string {
  const shares = feature.shares!;
  const count = Math.min(shares.bins.length, MAX_CHART_BINS);
  const labels = shares.bins.slice(0, count).map((label) => JSON.stringify(chartLabel(shortenNumbers(label))));
  const values = (list: number[]) => list.slice(0, count).map((value) => value.toFixed(4)).join(", ");
  const top = Math.max(...shares.reference.slice(0, count), ...shares.current.slice(0, count), 0.01);
  const title = JSON.stringify(chartLabel(feature.name));
  const more = shares.bins.length > count ? `\n\n_${shares.bins.length - count} more bins not shown._` : "";
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
    "```",
  ].join("\n") + more;
}

/** Bin edges such as 24.294117647058822 read as 24.29 on a chart axis. */
function shortenNumbers(label: string): string {
  return label.replace(/-?\d+\.\d+(e[-+]?\d+)?/gi, (number) => String(Number(Number(number).toPrecision(4))));
}

function chartLabel(text: string): string {
  return text.replace(/["`\\\n\r]/g, "'").slice(0, 40);
}
