import { type KsMethod, ks2samp, kstwoSf, smirnov } from "../../../shared/drift/stats";
import { type FixtureNumber, type SampleField, expectClose, generate, loadFixture, sample } from "./fixtures";

interface KsCase {
  name: string;
  method?: KsMethod;
  a: SampleField;
  b: SampleField;
  statistic: FixtureNumber;
  pvalue: FixtureNumber;
}

const ks = loadFixture<{ cases: KsCase[] }>("ks.json");
const grid = loadFixture<{ rows: [number, number, FixtureNumber, FixtureNumber][] }>("kstwo.json");

describe("ks2samp equals scipy.stats.ks_2samp", () => {
  test.each(ks.cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const result = ks2samp(sample(c.a), sample(c.b), c.method);
    expectClose(result.statistic, c.statistic, "statistic");
    expectClose(result.pvalue, c.pvalue, "p-value", true);
  });

  test("the fixtures exercise both exact and kstwo paths, and p-values far below 1e-9", () => {
    const pvalues = ks.cases.map((c) => Number(c.pvalue));
    expect(pvalues.some((p) => p > 0 && p < 1e-200)).toBe(true);
    expect(ks.cases.some((c) => c.name.startsWith("asymp"))).toBe(true);
    expect(ks.cases.some((c) => c.name.startsWith("exact"))).toBe(true);
  });
});

describe("kstwo.sf and smirnov equal scipy's", () => {
  test(`${grid.rows.length} points across every branch`, () => {
    for (const [n, x, sf, sm] of grid.rows) {
      expectClose(kstwoSf(x, n), sf, `kstwo.sf(${x}, ${n})`, true);
      expectClose(smirnov(n, x), sm, `smirnov(${n}, ${x})`, true);
    }
  });
});

describe("ks2samp properties", () => {
  const a = generate({ n: 700, seed: 5 });
  const b = generate({ n: 450, seed: 6, shift: 0.1 });

  test("the statistic is symmetric and the two-sided p-value too", () => {
    const ab = ks2samp(a, b);
    const ba = ks2samp(b, a);
    expect(ba.statistic).toBe(ab.statistic);
    expect(ba.pvalue).toBe(ab.pvalue);
  });

  test("identical samples: statistic 0, p-value 1", () => {
    expect(ks2samp(a, a.slice().reverse())).toEqual({ statistic: 0, pvalue: 1 });
  });

  test("shifting both samples by the same amount changes nothing", () => {
    const shifted = ks2samp(
      a.map((v) => v + 1024),
      b.map((v) => v + 1024),
    );
    expect(shifted.statistic).toBeCloseTo(ks2samp(a, b).statistic, 12);
  });

  test("the input arrays are not modified", () => {
    const copy = a.slice();
    ks2samp(a, b);
    expect(a).toEqual(copy);
  });

  test("empty samples are rejected", () => {
    expect(() => ks2samp([], [1])).toThrow(RangeError);
    expect(() => ks2samp([NaN], [1])).toThrow(RangeError);
  });
});
