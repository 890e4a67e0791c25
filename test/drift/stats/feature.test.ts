import type { CategoricalColumn, Column } from "../../../shared/drift/column";
import { ConfigurationError } from "../../../shared/core/errors";
import {
  type DriftMethod,
  type FeatureTestResult,
  datasetDrift,
  defaultMethod,
  parseDriftMethod,
  testFeature,
} from "../../../shared/drift/stats";
import {
  type CategoricalSpec,
  type FixtureNumber,
  type SampleField,
  categoricalColumn,
  expectClose,
  generate,
  loadFixture,
  numericalColumn,
} from "./fixtures";

interface FeatureCase {
  name: string;
  kind: "numerical" | "categorical";
  reference: SampleField | { values: string[] } | { generate: CategoricalSpec };
  current: SampleField | { values: string[] } | { generate: CategoricalSpec };
  options: { method?: DriftMethod; threshold?: number };
  expected: {
    test: DriftMethod;
    score: FixtureNumber;
    threshold: number;
    drifted: boolean;
    nReference: number;
    nCurrent: number;
    referenceShares: FixtureNumber[];
    currentShares: FixtureNumber[];
  };
}

const features = loadFixture<{ cases: FeatureCase[] }>("features.json");

function column(kind: FeatureCase["kind"], field: FeatureCase["reference"]): Column {
  return kind === "numerical"
    ? numericalColumn(field as SampleField)
    : categoricalColumn(field as { values: string[] } | { generate: CategoricalSpec });
}

describe("testFeature equals Evidently's stattests on scipy", () => {
  test.each(features.cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const result = testFeature(column(c.kind, c.reference), column(c.kind, c.current), c.options);
    const e = c.expected;
    expect(result.test).toBe(e.test);
    expect(result.kind).toBe(c.kind);
    expect(result.threshold).toBe(e.threshold);
    expect(result.nReference).toBe(e.nReference);
    expect(result.nCurrent).toBe(e.nCurrent);
    expectClose(result.score, e.score, "score", ["ks", "chisquare", "z"].includes(e.test));
    expect(result.drifted).toBe(e.drifted);
    expect(result.shares!.reference.length).toBe(e.referenceShares.length);
    expect(result.shares!.bins.length).toBe(e.referenceShares.length);
    e.referenceShares.forEach((s, i) => expectClose(result.shares!.reference[i], s, `reference share ${i}`));
    e.currentShares.forEach((s, i) => expectClose(result.shares!.current[i], s, `current share ${i}`));
  });

  test("every method and the default selection branches are covered by the fixtures", () => {
    const tests = new Set(features.cases.map((c) => c.expected.test));
    for (const method of ["ks", "wasserstein", "psi", "jensenshannon", "chisquare", "z", "kl", "hellinger"]) {
      expect(tests).toContain(method);
    }
  });
});

describe("default test selection", () => {
  const numerical = (values: number[]): Column => ({ kind: "numerical", values: Float64Array.from(values) });
  const categorical = (values: string[]): CategoricalColumn => categoricalColumn({ values });

  test.each([
    [1000, 6, "ks"],
    [1000, 5, "chisquare"],
    [1000, 3, "chisquare"],
    [1000, 2, "z"],
    [1001, 6, "wasserstein"],
    [1001, 5, "jensenshannon"],
  ] as const)("numerical, n = %i, %i distinct values: %s", (n, distinct, method) => {
    const column = numerical(Array.from({ length: n }, (_, i) => i % distinct));
    expect(defaultMethod(column, column)).toBe(method);
  });

  test("categorical: χ² for more than 2 categories, Z for 2, Jensen-Shannon past 1000 rows", () => {
    const both = (column: CategoricalColumn) => defaultMethod(column, column);
    expect(both(categorical(["a", "b", "c", "a"]))).toBe("chisquare");
    expect(both(categorical(["a", "b", "b"]))).toBe("z");
    expect(both(categorical(Array.from({ length: 1001 }, (_, i) => String(i % 8))))).toBe("jensenshannon");
  });

  test("NaN and infinities neither count as values nor as distinct values", () => {
    const values = [1, 2, NaN, Infinity, -Infinity, 1, 2, 1];
    expect(defaultMethod(numerical(values), numerical([1, NaN]))).toBe("z");
    const result = testFeature(numerical(values), numerical([1, 2, 2, NaN]));
    expect(result.nReference).toBe(5);
    expect(result.nCurrent).toBe(3);
  });

  test("categories are matched by name across separately encoded columns", () => {
    const reference: CategoricalColumn = { kind: "categorical", codes: Uint32Array.from([0, 1, 1, 2]), dictionary: ["a", "b", "c", "unused"] };
    const current: CategoricalColumn = { kind: "categorical", codes: Uint32Array.from([2, 1, 1, 0]), dictionary: ["c", "b", "a"] };
    const result = testFeature(reference, current);
    expect(result.test).toBe("chisquare");
    expect(result.score).toBe(1);
    expect(result.shares!.bins).toEqual(["a", "b", "c"]);
  });
});

describe("methods and thresholds", () => {
  test.each([
    ["ks", "ks"],
    ["jensen_shannon_distance", "jensenshannon"],
    ["normalized_wasserstein_distance", "wasserstein"],
    ["population_stability_index", "psi"],
    ["two_sample_kolmogorov_smirnov_test", "ks"],
    ["pearsons_chi_squared_test", "chisquare"],
    ["kl_div", "kl"],
    [" Hellinger ", "hellinger"],
  ])("%s → %s", (name, method) => {
    expect(parseDriftMethod(name)).toBe(method);
  });

  test("an unknown method names the accepted ones", () => {
    expect(() => parseDriftMethod("anderson")).toThrow(ConfigurationError);
    expect(() => parseDriftMethod("anderson")).toThrow(/ks, wasserstein, psi, jensenshannon, chisquare, z, kl, hellinger/);
  });

  test("KS drifts at p = threshold, χ² and Z only below it, distances from the threshold up", () => {
    const a = generate({ n: 300, seed: 1 });
    const b = generate({ n: 300, seed: 2, shift: 0.2 });
    const ks = testFeature({ kind: "numerical", values: a }, { kind: "numerical", values: b });
    expect(ks.test).toBe("ks");
    const atP = testFeature({ kind: "numerical", values: a }, { kind: "numerical", values: b }, { threshold: ks.score });
    expect(atP.drifted).toBe(true);
    const psi = testFeature({ kind: "numerical", values: a }, { kind: "numerical", values: b }, { method: "psi" });
    expect(testFeature({ kind: "numerical", values: a }, { kind: "numerical", values: b }, { method: "psi", threshold: psi.score }).drifted).toBe(true);
    const categories = categoricalColumn({ values: ["x", "y", "x", "y", "z"] });
    const shifted = categoricalColumn({ values: ["x", "x", "x", "y", "z", "z"] });
    const chi = testFeature(categories, shifted);
    expect(chi.test).toBe("chisquare");
    expect(testFeature(categories, shifted, { threshold: chi.score }).drifted).toBe(false);
  });

  test("categorical data refuses KS and Wasserstein", () => {
    const c = categoricalColumn({ values: ["a", "b"] });
    expect(() => testFeature(c, c, { method: "ks", feature: "city" })).toThrow(/feature "city" is categorical/);
    expect(() => testFeature(c, c, { method: "wasserstein" })).toThrow(ConfigurationError);
  });

  test("invalid thresholds, empty data and mixed kinds are configuration errors", () => {
    const n: Column = { kind: "numerical", values: Float64Array.from([1, 2, 3]) };
    expect(() => testFeature(n, n, { threshold: 0 })).toThrow(ConfigurationError);
    expect(() => testFeature(n, n, { method: "ks", threshold: 1.5 })).toThrow(ConfigurationError);
    expect(() => testFeature({ kind: "numerical", values: Float64Array.from([NaN]) }, n)).toThrow(/reference data has no valid values/);
    expect(() => testFeature(n, categoricalColumn({ values: ["a"] }))).toThrow(ConfigurationError);
  });

  test("the input columns are left untouched", () => {
    const values = generate({ n: 2000, seed: 9 });
    const copy = values.slice();
    testFeature({ kind: "numerical", values }, { kind: "numerical", values: generate({ n: 1500, seed: 10 }) });
    expect(values).toEqual(copy);
  });
});

describe("dataset drift", () => {
  const result = (drifted: boolean): FeatureTestResult => ({
    test: "ks",
    score: drifted ? 0.01 : 0.5,
    threshold: 0.05,
    drifted,
    kind: "numerical",
    nReference: 10,
    nCurrent: 10,
  });

  test("drifts when the share of drifted features reaches driftShare (0.5 by default)", () => {
    expect(datasetDrift([result(true), result(false)])).toEqual({ drifted: true, shareDrifted: 0.5, driftShare: 0.5 });
    expect(datasetDrift([result(true), result(false), result(false)]).drifted).toBe(false);
    expect(datasetDrift([result(true), result(false), result(false)], 0.3).drifted).toBe(true);
    expect(datasetDrift([])).toEqual({ drifted: false, shareDrifted: 0, driftShare: 0.5 });
    expect(() => datasetDrift([], 2)).toThrow(ConfigurationError);
  });
});
