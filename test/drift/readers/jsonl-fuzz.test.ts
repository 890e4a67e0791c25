import { readTable } from "../../../shared/drift/readers";
import { memorySource, seededNumbers, valuesOf } from "./helpers";

const MISSING_TEXT = new Set(["", "NA", "nan", "NaN", "null", "None", "N/A"]);

/** What each column must hold, from JSON.parse of every line and the documented rules. */
function expectedColumns(lines: string[]): Map<string, (number | string)[]> {
  const cells = new Map<string, unknown[]>();
  lines.forEach((line, row) => {
    if (line.trim() === "") return;
    const record = JSON.parse(line.replace(/\bNaN\b/g, "null")) as Record<string, unknown>;
    const flat: [string, unknown][] = [];
    for (const [key, value] of Object.entries(record)) {
      if (value !== null && typeof value === "object" && !Array.isArray(value)) {
        for (const [inner, innerValue] of Object.entries(value)) flat.push([`${key}.${inner}`, innerValue]);
      } else {
        flat.push([key, value]);
      }
    }
    for (const [name, value] of flat) {
      if (!cells.has(name)) cells.set(name, []);
      cells.get(name)![row] = value;
    }
  });
  const columns = new Map<string, (number | string)[]>();
  for (const [name, values] of cells) {
    const present = Array.from({ length: lines.length }, (_, row) => values[row]).filter((value) => value !== undefined && value !== null);
    if (present.every((value) => typeof value === "number")) {
      columns.set(name, (present as number[]).filter(Number.isFinite));
      continue;
    }
    columns.set(
      name,
      present.flatMap((value) => {
        if (typeof value === "number") return Number.isFinite(value) ? [String(value)] : [];
        if (typeof value === "string") return MISSING_TEXT.has(value) ? [] : [value];
        if (typeof value === "boolean") return [String(value)];
        return [JSON.stringify(value)];
      }),
    );
  }
  return columns;
}

function randomLines(seed: number): string[] {
  const random = seededNumbers(50_000, seed);
  let r = 0;
  const next = () => random[r++ % random.length];
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];
  const numberText = () => pick([String(next() * 1000 - 500), String(Math.floor(next() * 1e6)), (next() * 1e-7).toExponential(4), "-0", "1E+3", "12345678901234567890", "0.1", String(next())]);
  const stringText = () => pick(['"plain"', '""', '"NA"', '"with \\"escape\\""', '"caf\u00e9 \u2713"', '"tab\\there"', '"\\u00e9t\\u00e9"', '"3.5"']);
  const value = (kind: string): string => {
    if (next() < 0.08) return pick(["null", "true", "false"]);
    if (kind === "number") return numberText();
    if (kind === "string") return stringText();
    if (kind === "nested") return pick([`{"x": ${numberText()}, "y": ${stringText()}}`, `[1, 2]`, `{"deep": {"z": 1}}`]);
    return next() < 0.9 ? numberText() : stringText();
  };
  const keys = Array.from({ length: 2 + Math.floor(next() * 6) }, (_, i) => ({ name: pick([`k${i}`, `key ${i}`, `k\u00e9${i}`]), kind: pick(["number", "number", "string", "mixed", "nested"]) }));
  const lines: string[] = [];
  const rows = 40 + Math.floor(next() * 120);
  for (let row = 0; row < rows; row++) {
    if (next() < 0.03) {
      lines.push(pick(["", "   "]));
      continue;
    }
    const fields = keys.filter(() => next() < 0.9).map((key) => `${JSON.stringify(key.name)}${pick([":", " : "])}${value(key.kind)}`);
    if (next() < 0.05) fields.push(`"k0": ${pick(["NaN", "1", '"dup"'])}`);
    lines.push(`${pick(["", " "])}{${fields.join(pick([",", ", "]))}}${pick(["", " ", "\r"])}`);
  }
  return lines;
}

describe("JSON Lines reader against JSON.parse", () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))("agrees on random lines #%i", async (seed) => {
    const lines = randomLines(seed);
    const expected = expectedColumns(lines);
    const readable = [...expected].filter(([, values]) => values.length > 0).map(([name]) => name);
    const chunkSize = 1 + Math.floor(seededNumbers(1, seed * 13)[0] * 200);
    const table = await readTable(memorySource(`random-${seed}.jsonl`, lines.join("\n")), { columns: readable });
    for (const name of readable) expect([name, valuesOf(table, name)]).toEqual([name, expected.get(name)]);
    const chunked = await readTable(memorySource(`random-${seed}.jsonl`, lines.join("\n"), chunkSize), { columns: readable });
    for (const name of readable) expect(valuesOf(chunked, name)).toEqual(expected.get(name));
  });
});
