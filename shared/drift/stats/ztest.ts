/** Two-proportion Z-test, two-sided (Evidently's proportions_diff_z_stat_ind / proportions_diff_z_test). */
import { normalTwoSidedP } from "./gamma";

/** z statistic for `successes1` of `n1` against `successes2` of `n2`. */
export function proportionsZStatistic(successes1: number, n1: number, successes2: number, n2: number): number {
  const p1 = successes1 / n1;
  const p2 = successes2 / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  return (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
}

export function proportionsZTest(successes1: number, n1: number, successes2: number, n2: number): number {
  return normalTwoSidedP(Math.abs(proportionsZStatistic(successes1, n1, successes2, n2)));
}
