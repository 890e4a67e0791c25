/** The drift tests, their accepted names and their default thresholds and drift rules (Evidently's). */
import { ConfigurationError } from "../../core/errors";

export type DriftMethod = "ks" | "wasserstein" | "psi" | "jensenshannon" | "chisquare" | "z" | "kl" | "hellinger";

export const DRIFT_METHODS: readonly DriftMethod[] = [
  "ks",
  "wasserstein",
  "psi",
  "jensenshannon",
  "chisquare",
  "z",
  "kl",
  "hellinger",
];

/** Azure ML model-monitoring metric names and Evidently's own test names. */
const ALIASES: Readonly<Record<string, DriftMethod>> = {
  jensen_shannon_distance: "jensenshannon",
  normalized_wasserstein_distance: "wasserstein",
  population_stability_index: "psi",
  two_sample_kolmogorov_smirnov_test: "ks",
  pearsons_chi_squared_test: "chisquare",
  kl_div: "kl",
};

const P_VALUE_METHODS: ReadonlySet<DriftMethod> = new Set<DriftMethod>(["ks", "chisquare", "z"]);

export function isPValueMethod(method: DriftMethod): boolean {
  return P_VALUE_METHODS.has(method);
}

export function defaultThreshold(method: DriftMethod): number {
  return isPValueMethod(method) ? 0.05 : 0.1;
}

/** KS drifts when p ≤ threshold, χ² and Z when p < threshold, distances when score ≥ threshold. */
export function isDrift(method: DriftMethod, score: number, threshold: number): boolean {
  if (method === "ks") return score <= threshold;
  if (isPValueMethod(method)) return score < threshold;
  return score >= threshold;
}

export function parseDriftMethod(name: string): DriftMethod {
  const key = name.trim().toLowerCase();
  if ((DRIFT_METHODS as readonly string[]).includes(key)) return key as DriftMethod;
  const alias = ALIASES[key];
  if (alias) return alias;
  throw new ConfigurationError(
    `Unknown drift method "${name}". Accepted: ${[...DRIFT_METHODS, ...Object.keys(ALIASES)].join(", ")}.`,
  );
}
