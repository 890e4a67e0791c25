import { SettingError } from "../core/errors";

/** Deployment name → share of live (or mirrored) traffic, in whole percent. */
export type TrafficMap = Record<string, number>;

export function trafficTotal(traffic: TrafficMap): number {
  return Object.values(traffic).reduce((sum, weight) => sum + weight, 0);
}

/** `10,50,100` → [10, 50, 100]; each a whole percent from 1 to 100, strictly increasing. Empty: no traffic steps. */
export function parseTrafficSteps(text: string | undefined): number[] {
  const parts = (text ?? "").split(",").map((part) => part.trim()).filter((part) => part !== "");
  const steps = parts.map((part) => {
    const value = Number(part);
    if (!/^\d+$/.test(part) || value < 1 || value > 100) {
      throw new SettingError("trafficSteps", `expected comma-separated whole percentages from 1 to 100 (e.g. 10,50,100), got '${part}'.`);
    }
    return value;
  });
  steps.forEach((step, index) => {
    if (index > 0 && step <= steps[index - 1]) {
      throw new SettingError("trafficSteps", `percentages must increase step by step, got ${steps[index - 1]} then ${step}.`);
    }
  });
  return steps;
}

/**
 * The map with `deployment` at `percent` and the remaining share spread over the deployments that served before,
 * in proportion to their previous weights (largest remainder), so it always sums to 100. With nothing serving before,
 * the new deployment can only take everything.
 */
export function trafficWith(previous: TrafficMap, deployment: string, percent: number): TrafficMap {
  const others = Object.entries(previous).filter(([name]) => name !== deployment);
  const before = others.reduce((sum, [, weight]) => sum + weight, 0);
  if (before === 0) return { ...Object.fromEntries(others.map(([name]) => [name, 0])), [deployment]: 100 };
  const rest = 100 - percent;
  const exact = others.map(([name, weight]) => ({ name, share: (weight * rest) / before }));
  const shares = exact.map(({ name, share }) => ({ name, weight: Math.floor(share), remainder: share - Math.floor(share) }));
  let missing = rest - shares.reduce((sum, share) => sum + share.weight, 0);
  for (const share of [...shares].sort((a, b) => b.remainder - a.remainder || a.name.localeCompare(b.name))) {
    if (missing <= 0) break;
    share.weight += 1;
    missing -= 1;
  }
  return { ...Object.fromEntries(shares.map(({ name, weight }) => [name, weight])), [deployment]: percent };
}

/** The mirror map with only `deployment` mirrored at `percent` (one deployment can be mirrored at a time). */
export function mirrorOnly(previous: TrafficMap, deployment: string, percent: number): TrafficMap {
  return { ...Object.fromEntries(Object.keys(previous).map((name) => [name, 0])), [deployment]: percent };
}

/** The previous mirror map, minus the new deployment: a deployment with live traffic cannot be mirrored too. */
export function mirrorWithout(previous: TrafficMap, deployment: string): TrafficMap {
  return Object.fromEntries(Object.entries(previous).filter(([name]) => name !== deployment));
}

/** Deployments that served live traffic before and serve none now: what `delete-old` removes after promotion. */
export function retiredDeployments(previous: TrafficMap, now: TrafficMap): string[] {
  return Object.entries(previous)
    .filter(([name, weight]) => weight > 0 && (now[name] ?? 0) === 0)
    .map(([name]) => name);
}

export function formatTraffic(traffic: TrafficMap): string {
  const entries = Object.entries(traffic);
  return entries.length === 0 ? "(none)" : entries.map(([name, weight]) => `${name} ${weight} %`).join(", ");
}
