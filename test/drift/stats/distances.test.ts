import {
  hellinger,
  histogramBinEdgesSturges,
  jensenShannonDistance,
  kl,
  psi,
  replaceZeroShares,
  wassersteinDistance,
  populationStd,
} from "../../../shared/drift/stats";
import { type FixtureNumber, type SampleField, expectClose, generate, loadFixture, sample } from "./fixtures";

const wasserstein = loadFixture<{
  cases: { name: string; a: SampleField; b: SampleField; distance: FixtureNumber; stdA: FixtureNumber }[];
}>("wasserstein.json");
const binning = loadFixture<{
  cases: { name: string; values: SampleField; edges: FixtureNumber[]; counts: number[] }[];
}>("binning.json");
const distances = loadFixture<{
  cases: {
    name: string;
    reference: number[];
    current: number[];
    jensenshannon: FixtureNumber;
    psi: FixtureNumber;
    kl: FixtureNumber;
    hellinger: FixtureNumber;
  }[];
}>("distances.json");

describe("wassersteinDistance equals scipy.stats.wasserstein_distance", () => {
  test.each(wasserstein.cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const a = sample(c.a);
    const b = sample(c.b);
    expectClose(wassersteinDistance(a, b), c.distance, "distance");
    expectClose(populationStd(a.filter(Number.isFinite)), c.stdA, "numpy.std");
  });

  test("symmetric, zero for identical samples, and translation moves it by the shift", () => {
    const a = generate({ n: 900, seed: 1 });
    const b = generate({ n: 600, seed: 2 });
    expect(wassersteinDistance(a, b)).toBe(wassersteinDistance(b, a));
    expect(wassersteinDistance(a, a.slice().reverse())).toBe(0);
    expect(wassersteinDistance(a, a.map((v) => v + 0.5))).toBeCloseTo(0.5, 12);
  });
});

describe("histogramBinEdgesSturges equals numpy.histogram_bin_edges(..., 'sturges')", () => {
  test.each(binning.cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const edges = histogramBinEdgesSturges(sample(c.values));
    expect(edges.length).toBe(c.edges.length);
    c.edges.forEach((e, i) => expect(edges[i]).toBe(e));
  });
});

describe("distances on shares", () => {
  test.each(distances.cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    expectClose(jensenShannonDistance(c.reference, c.current), c.jensenshannon, "jensenshannon");
    expectClose(psi(c.reference, c.current), c.psi, "psi");
    expectClose(kl(c.reference, c.current), c.kl, "kl");
    expectClose(hellinger(c.reference, c.current), c.hellinger, "hellinger");
  });

  test("identical shares are at distance 0", () => {
    const shares = [0.1, 0, 0.25, 0.65];
    expect(jensenShannonDistance(shares, shares)).toBe(0);
    expect(psi(shares, shares)).toBe(0);
    expect(kl(shares, shares)).toBe(0);
    expect(hellinger(shares, shares)).toBe(0);
  });

  test("Jensen-Shannon and Hellinger are symmetric and bounded", () => {
    const p = [0.7, 0.2, 0.1, 0];
    const q = [0, 0.1, 0.3, 0.6];
    expect(jensenShannonDistance(p, q)).toBeCloseTo(jensenShannonDistance(q, p), 15);
    expect(jensenShannonDistance([1, 0], [0, 1])).toBeCloseTo(Math.sqrt(Math.LN2), 15);
    expect(hellinger([1, 0], [0, 1])).toBe(1);
  });

  test("zero shares are replaced the way Evidently does", () => {
    expect(Array.from(replaceZeroShares([0.5, 0, 0.5]))).toEqual([0.5, 0.0001, 0.5]);
    expect(Array.from(replaceZeroShares([0.99995, 0.00005, 0]))).toEqual([0.99995, 0.00005, 0.00005 / 1e6]);
  });
});
