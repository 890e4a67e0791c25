import { chi2Sf, chisquare, proportionsZStatistic, proportionsZTest, upperIncompleteGammaQ } from "../../../shared/drift/stats";
import { type FixtureNumber, expectClose, lcgUniforms, loadFixture } from "./fixtures";

interface ChiCase {
  name: string;
  observed?: number[];
  expected?: number[];
  generate?: { k: number; seed: number };
  statistic: FixtureNumber;
  pvalue: FixtureNumber;
}

/** The fixture script's frequencies for k categories, rebuilt with the same operations. */
function frequencies(spec: { k: number; seed: number }): [number[], number[]] {
  const { k } = spec;
  const u = lcgUniforms(spec.seed, 2 * k);
  const e = Array.from({ length: k }, (_, i) => 20 + 40 * u[i]);
  const o = e.map((ei, i) => Math.floor(ei + (u[k + i] - 0.5) * 4 * Math.sqrt(ei)));
  let sumO = 0.0;
  let sumE = 0.0;
  for (let i = 0; i < k; i++) {
    sumO += o[i];
    sumE += e[i];
  }
  return [o, e.map((ei) => (ei * sumO) / sumE)];
}

const chi = loadFixture<{ cases: ChiCase[] }>("chisquare.json");
const gamma = loadFixture<{ rows: [number, number, FixtureNumber][] }>("gamma.json");
const z = loadFixture<{
  cases: {
    successes1: number;
    n1: number;
    successes2: number;
    n2: number;
    z: number;
    pvalue: FixtureNumber;
    evidentlyPvalue: FixtureNumber;
  }[];
}>("ztest.json");

describe("chisquare equals scipy.stats.chisquare", () => {
  test.each(chi.cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const [observed, expected] = c.generate ? frequencies(c.generate) : [c.observed!, c.expected!];
    const result = chisquare(observed, expected);
    expectClose(result.statistic, c.statistic, "statistic");
    expectClose(result.pvalue, c.pvalue, "p-value", true);
  });

  test("totals that disagree are refused, as scipy does", () => {
    expect(() => chisquare([10, 10], [5, 5])).toThrow(RangeError);
  });
});

describe("regularized upper incomplete gamma equals scipy.special.gammaincc", () => {
  test(`${gamma.rows.length} points, a from 0.5 to 500000`, () => {
    for (const [a, x, q] of gamma.rows) expectClose(upperIncompleteGammaQ(a, x), q, `Q(${a}, ${x})`, true);
  });

  test("edges", () => {
    expect(upperIncompleteGammaQ(2, 0)).toBe(1);
    expect(upperIncompleteGammaQ(2, Infinity)).toBe(0);
    expect(upperIncompleteGammaQ(0, 1)).toBeNaN();
    expect(chi2Sf(0, 3)).toBe(1);
    expect(chi2Sf(Infinity, 3)).toBe(0);
    expect(chi2Sf(1, 0)).toBeNaN();
  });
});

describe("two-proportion Z-test equals Evidently's", () => {
  test.each(z.cases.map((c) => [`${c.successes1}/${c.n1} vs ${c.successes2}/${c.n2}`, c] as const))("%s", (_name, c) => {
    expectClose(proportionsZStatistic(c.successes1, c.n1, c.successes2, c.n2), c.z, "z");
    const p = proportionsZTest(c.successes1, c.n1, c.successes2, c.n2);
    expectClose(p, c.pvalue, "p-value", true);
    // Evidently's 2·(1 − Φ(|z|)) loses everything below 1e-16 to cancellation; the tail itself is kept.
    expect(Math.abs(p - Number(c.evidentlyPvalue))).toBeLessThan(1e-15);
  });
});
