// check-drift's typing and test choice against Evidently's current defaults on the same CSV text:
// test/fixtures/drift-stats/evidently-typing.json is written by scripts/fixtures/evidently_typing.py,
// which applies Evidently's own rules (infer_column_type on the current data, get_one_column_drift's
// cleaning, _get_default_stattest, the stattests on scipy) to what pandas.read_csv reads. Cases: small
// integers (categorical), the same values written as floats, a constant reference whose current
// values vary, yes/no gaining "maybe", an ID column (text: skipped), counts with more than 10 distinct
// values, booleans, whole numbers with a missing cell, +inf without NaN; a reference of 600 and of 1200 rows.
import { readFileSync } from "node:fs";
import path from "node:path";
import { compareTables } from "../../shared/drift/compare";
import { readTable } from "../../shared/drift/readers";
import { memorySource } from "./readers/helpers";
import { expectClose, type FixtureNumber } from "./stats/fixtures";

interface Case {
  name: string;
  reference: string;
  current: string;
  expected: {
    features: { name: string; kind: string; test: string; score: FixtureNumber; drifted: boolean }[];
    skipped: string[];
  };
}

const fixture = JSON.parse(readFileSync(path.join(__dirname, "../fixtures/drift-stats/evidently-typing.json"), "utf8")) as { cases: Case[] };

describe.each(fixture.cases.map((c) => [c.name, c] as const))("Evidently's current defaults, %s", (_name, c) => {
  let result: ReturnType<typeof compareTables>;

  beforeAll(async () => {
    result = compareTables(await readTable(memorySource("reference.csv", c.reference)), await readTable(memorySource("current.csv", c.current)));
  });

  test("the same columns are tested, and the same are skipped as text", () => {
    expect(result.features.map((feature) => feature.name)).toEqual(c.expected.features.map((feature) => feature.name));
    expect((result.skipped ?? []).map((column) => column.name)).toEqual(c.expected.skipped);
  });

  test.each(c.expected.features.map((feature) => [feature.name, feature] as const))("%s: same type, test, score and verdict", (name, expected) => {
    const feature = result.features.find((item) => item.name === name)!;
    expect([feature.kind, feature.test]).toEqual([expected.kind, expected.test]);
    expectClose(feature.score, expected.score, `${name} score`, ["ks", "chisquare", "z"].includes(expected.test));
    expect(feature.drifted).toBe(expected.drifted);
  });
});
