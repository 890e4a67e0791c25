// Column typing and test choice as Evidently's current API makes them. Expected values follow
// Evidently's own source (evidentlyai/evidently, src/evidently/core/datasets.py `infer_column_type`, the
// Report typing its input from the current dataset, and legacy/calculations/stattests/registry.py
// `_get_default_stattest`), applied to what pandas reads from the same files:
// - pandas reads a CSV column of whole numbers without a decimal point and without missing cells as
//   int64; a decimal point, an exponent, a missing cell, "nan" or "inf" make it float64; read_json turns
//   whole-valued numbers into int64; Parquet keeps its physical type.
// - int64 with ≤ 10 distinct values → Categorical, more → Numerical; float64 → Numerical.
// - strings with more distinct values than half their count → Text (not drift-tested here), else
//   Categorical; booleans → Categorical.
// - the default test: reference n ≤ 1000: Numerical with > 5 distinct values (reference and current
//   together) → KS, else χ² for > 2, Z for ≤ 2; Categorical → χ² for > 2, Z for ≤ 2; n > 1000:
//   Numerical with > 5 → Wasserstein, else Jensen-Shannon; Categorical → Jensen-Shannon.
import { compareTables, type CompareOptions } from "../../shared/drift/compare";
import { inferColumnType, parseColumnType, type ColumnType } from "../../shared/drift/column-type";
import { readTable } from "../../shared/drift/readers";
import { testFeature } from "../../shared/drift/stats";
import type { Table } from "../../shared/drift/table";
import { memorySource } from "./readers/helpers";

async function csv(name: string, columns: Record<string, (string | number)[]>): Promise<Table> {
  const names = Object.keys(columns);
  const rows = columns[names[0]].map((_, i) => names.map((column) => String(columns[column][i])).join(","));
  return readTable(memorySource(name, `${names.join(",")}\n${rows.join("\n")}\n`));
}

const repeat = <T>(values: T[], n: number): T[] => Array.from({ length: n }, (_, i) => values[i % values.length]);

async function compare(reference: Record<string, (string | number)[]>, current: Record<string, (string | number)[]>, options: CompareOptions = {}) {
  return compareTables(await csv("reference.csv", reference), await csv("current.csv", current), options);
}

function feature(result: Awaited<ReturnType<typeof compare>>, name: string) {
  const found = result.features.find((item) => item.name === name);
  if (!found) throw new Error(`${name} was not tested; skipped: ${JSON.stringify(result.skipped)}`);
  return found;
}

describe("Evidently's column typing of the current data", () => {
  test("whole numbers with ≤ 10 distinct values are categorical: χ² up to 1000 reference rows, Jensen-Shannon past", async () => {
    const small = await compare({ grade: repeat([1, 2, 3, 4, 5], 500) }, { grade: repeat([1, 2, 3, 4, 5, 6], 400) });
    expect(feature(small, "grade")).toMatchObject({ kind: "categorical", test: "chisquare" });
    const large = await compare({ grade: repeat([1, 2, 3, 4, 5, 6, 7], 3000) }, { grade: repeat([1, 2, 3, 4, 5, 6, 7], 2000) });
    expect(feature(large, "grade")).toMatchObject({ kind: "categorical", test: "jensenshannon" });
  });

  test("a small-integer column's score is the categorical test's on the same values as labels", async () => {
    const reference = repeat([1, 2, 2, 3, 3, 3, 10], 700);
    const current = repeat([1, 2, 3, 3, 10, 10], 600);
    const result = feature(await compare({ n: reference }, { n: current }), "n");
    const asLabels = testFeature(
      { kind: "categorical", codes: Uint32Array.from(reference, (v) => [1, 2, 3, 10].indexOf(v)), dictionary: ["1", "2", "3", "10"] },
      { kind: "categorical", codes: Uint32Array.from(current, (v) => [1, 2, 3, 10].indexOf(v)), dictionary: ["1", "2", "3", "10"] },
    );
    expect(result.test).toBe(asLabels.test);
    expect(result.score).toBeCloseTo(asLabels.score, 12);
  });

  test("11 distinct whole numbers, a decimal point, or a missing cell make the column numerical", async () => {
    const eleven = await compare({ n: repeat([...Array(11).keys()], 800) }, { n: repeat([...Array(11).keys()], 800) });
    expect(feature(eleven, "n")).toMatchObject({ kind: "numerical", test: "ks" });
    const decimals = await compare({ n: repeat(["1.0", "2.0", "3.0"], 300) }, { n: repeat(["1.0", "2.0", "3.0"], 300) });
    expect(feature(decimals, "n")).toMatchObject({ kind: "numerical", test: "chisquare" });
    const missing = await compare({ n: repeat([1, 2], 300), m: repeat([0.5], 300) }, { n: [...repeat([1, 2], 299), ""], m: repeat([0.5], 300) });
    expect(feature(missing, "n")).toMatchObject({ kind: "numerical" });
  });

  test("the current data decides the type, as Evidently's Report types its input from the current dataset", async () => {
    const result = await compare({ n: repeat([1, 2, 3], 300) }, { n: repeat([...Array(12).keys()], 300) });
    expect(feature(result, "n").kind).toBe("numerical");
  });

  test("a constant float reference whose current values vary is tested with KS (p ≈ 0), not the Z-test (p = 0.317)", async () => {
    const result = await compare({ level: repeat(["2.5"], 600) }, { level: Array.from({ length: 600 }, (_, i) => (2.5 + ((i % 40) - 20) / 100).toFixed(2)) });
    const level = feature(result, "level");
    expect(level).toMatchObject({ kind: "numerical", test: "ks", drifted: true });
    expect(level.score).toBeLessThan(1e-30);
  });

  test("strings more than half distinct (IDs) are text: reported as skipped with the reason, not counted in the share", async () => {
    const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
    const result = await compare({ user_id: ids("u", 200), plan: repeat(["a", "b"], 200) }, { user_id: ids("v", 200), plan: repeat(["a", "a", "b"], 200) });
    expect(result.features.map((item) => item.name)).toEqual(["plan"]);
    expect(result.skipped).toEqual([{ name: "user_id", type: "text", reason: expect.stringContaining("200 distinct values in 200 rows") }]);
    expect(result.shareDrifted).toBe(feature(result, "plan").drifted ? 1 : 0);
  });

  test("yes/no gaining 'maybe' is χ² (three values together), and booleans are categorical however few rows", async () => {
    const result = await compare({ answer: repeat(["yes", "no", "no"], 300) }, { answer: repeat(["yes", "no", "maybe"], 300) });
    expect(feature(result, "answer")).toMatchObject({ kind: "categorical", test: "chisquare", drifted: true });
    const flags = await compare({ flag: ["True", "False", "True"] }, { flag: ["False", "True", "False"] });
    expect(feature(flags, "flag")).toMatchObject({ kind: "categorical", test: "z" });
  });

  test("JSON whole-valued numbers are integers (pandas read_json makes them int64)", async () => {
    const lines = (values: number[]) => values.map((value) => JSON.stringify({ n: value })).join("\n");
    const table = await readTable(memorySource("current.jsonl", lines(repeat([1.0, 2.0, 3.0], 50))));
    expect(inferColumnType(table.columns.get("n")!).type).toBe("categorical");
  });
});

describe("column-types overrides", () => {
  const types = (entries: Record<string, ColumnType>) => ({ columnTypes: new Map(Object.entries(entries)) });

  test("numerical keeps Evidently's legacy typing (every numeric column numerical)", async () => {
    const result = await compare({ grade: repeat([1, 2, 3, 4, 5, 6, 7], 700) }, { grade: repeat([1, 2, 3, 4, 5, 6, 7], 700) }, types({ grade: "numerical" }));
    expect(feature(result, "grade")).toMatchObject({ kind: "numerical", test: "ks" });
  });

  test("categorical tests an ID-like column; ignore and text skip a column with the reason", async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `id${i}`);
    const result = await compare({ id: ids, x: repeat([0.5, 1.5, 2.5], 50), y: repeat([1.25, 2.25], 50) }, { id: ids, x: repeat([0.5, 1.5, 2.5], 50), y: repeat([1.25, 2.25], 50) }, types({ id: "categorical", x: "ignore", y: "text" }));
    expect(feature(result, "id")).toMatchObject({ kind: "categorical", test: "chisquare" });
    expect(result.skipped).toEqual([
      { name: "x", type: "ignore", reason: "column-types says ignore" },
      { name: "y", type: "text", reason: expect.stringContaining("not drift-tested") },
    ]);
  });

  test("numerical on labels is a configuration error naming the feature", async () => {
    await expect(compare({ city: ["a", "b"] }, { city: ["a", "b"] }, types({ city: "numerical" }))).rejects.toThrow(/feature "city".*not all numbers/);
  });

  test("type names are checked", () => {
    expect(parseColumnType(" Categorical ")).toBe("categorical");
    expect(() => parseColumnType("number")).toThrow(/Accepted: numerical, categorical, text, ignore/);
  });
});
