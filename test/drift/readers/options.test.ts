import { readTable, sampleCdfErrorBound } from "../../../shared/drift/readers";
import { memorySource, valuesOf } from "./helpers";

const ROWS = 5000;
const csv = `id,half,label,skip\n${Array.from({ length: ROWS }, (_, i) => `${i},${i / 2},L${i % 7},${i % 3}`).join("\n")}\n`;
const source = () => memorySource("rows.csv", csv, 10_000);

describe("readTable options", () => {
  it("materialises only the requested columns, or all but the excluded ones", async () => {
    const only = await readTable(source(), { columns: ["label", "id"] });
    expect([...only.columns.keys()]).toEqual(["id", "label"]);
    const excluded = await readTable(source(), { exclude: ["skip", "half"] });
    expect([...excluded.columns.keys()]).toEqual(["id", "label"]);
    await expect(readTable(source(), { columns: ["id", "nope"] })).rejects.toThrow('Column "nope" is not in rows.csv; its columns are: id, half, label, skip.');
    const lenient = await readTable(source(), { categorical: ["nope", "skip"] });
    expect(lenient.columns.get("skip")?.kind).toBe("categorical");
    await expect(readTable(source(), { exclude: ["id", "half", "label", "skip"] })).rejects.toThrow("No column of rows.csv is left to read");
  });

  it("reads the first maxRows rows", async () => {
    const table = await readTable(source(), { maxRows: 1234 });
    expect(table.rowCount).toBe(1234);
    expect(table.sourceRowCount).toBe(1234);
    expect(valuesOf(table, "id")).toEqual(Array.from({ length: 1234 }, (_, i) => i));
  });

  it("samples the same rows for the same seed, whole rows, each row once", async () => {
    const first = await readTable(source(), { sample: { rows: 300, seed: 42 } });
    const again = await readTable(memorySource("rows.csv", csv, 777), { sample: { rows: 300, seed: 42 } });
    const other = await readTable(source(), { sample: { rows: 300, seed: 43 } });
    expect(first.rowCount).toBe(300);
    expect(first.sourceRowCount).toBe(ROWS);
    const ids = valuesOf(first, "id") as number[];
    expect(valuesOf(again, "id")).toEqual(ids);
    expect(valuesOf(other, "id")).not.toEqual(ids);
    expect(new Set(ids).size).toBe(300);
    expect(valuesOf(first, "half")).toEqual(ids.map((id) => id / 2));
    expect(valuesOf(first, "label")).toEqual(ids.map((id) => `L${id % 7}`));
    const late = ids.filter((id) => id >= ROWS / 2).length;
    expect(late).toBeGreaterThan(100);
    expect(late).toBeLessThan(200);
  });

  it("keeps every row when the sample is larger than the data, and samples within maxRows", async () => {
    const all = await readTable(source(), { sample: { rows: ROWS * 2, seed: 1 } });
    expect(valuesOf(all, "id")).toEqual(Array.from({ length: ROWS }, (_, i) => i));
    const capped = await readTable(source(), { maxRows: 1000, sample: { rows: 100, seed: 1 } });
    expect(capped.rowCount).toBe(100);
    expect(Math.max(...(valuesOf(capped, "id") as number[]))).toBeLessThan(1000);
  });

  it("samples JSON Lines rows whole, missing keys included", async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify(i % 2 ? { id: i, odd: i } : { id: i }));
    const table = await readTable(memorySource("rows.jsonl", lines.join("\n")), { sample: { rows: 200, seed: 9 } });
    const ids = valuesOf(table, "id") as number[];
    expect(valuesOf(table, "odd")).toEqual(ids.filter((id) => id % 2 === 1));
    expect(table.missing.get("odd")).toBe(ids.filter((id) => id % 2 === 0).length);
  });

  it("keeps sampled JSON Lines rows whole across files", async () => {
    const row = (id: number) => JSON.stringify(id % 2 ? { id, odd: id } : { id });
    const sources = () => [memorySource("a.jsonl", [1, 5].map(row).join("\n")), memorySource("b.jsonl", [2, 3, 4, 6, 8, 10].map(row).join("\n"))];
    let checked = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const table = await readTable(sources(), { sample: { rows: 2, seed } }).catch((error: Error) => error);
      if (table instanceof Error) {
        expect(table.message).toContain('Column "odd" of a.jsonl, b.jsonl has no valid values in 2 rows');
        continue;
      }
      const ids = valuesOf(table, "id") as number[];
      expect(valuesOf(table, "odd")).toEqual(ids.filter((id) => id % 2 === 1));
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("rejects bad sampling options", async () => {
    await expect(readTable(source(), { maxRows: 0 })).rejects.toThrow("maxRows must be a positive integer, got 0.");
    await expect(readTable(source(), { sample: { rows: 1.5, seed: 1 } })).rejects.toThrow("sample.rows must be a positive integer, got 1.5.");
    await expect(readTable(source(), { sample: { rows: 10, seed: 0.5 } })).rejects.toThrow("sample.seed must be an integer, got 0.5.");
  });
});

describe("sampleCdfErrorBound", () => {
  it("bounds the CDF distance of seeded samples at the stated confidence", async () => {
    const rows = 20_000;
    const values = Array.from({ length: rows }, (_, i) => i / rows);
    const data = memorySource("u.csv", `u\n${values.join("\n")}\n`, 1 << 16);
    const sampleRows = 400;
    const bound = sampleCdfErrorBound(sampleRows, 0.95);
    let within = 0;
    const trials = 60;
    for (let seed = 0; seed < trials; seed++) {
      const table = await readTable(data, { sample: { rows: sampleRows, seed } });
      const sample = (valuesOf(table, "u") as number[]).sort((a, b) => a - b);
      const distance = Math.max(...sample.map((value, i) => Math.max(Math.abs((i + 1) / sampleRows - (value + 1 / rows)), Math.abs(i / sampleRows - value))));
      if (distance <= bound) within++;
    }
    expect(within / trials).toBeGreaterThanOrEqual(0.9);
    expect(sampleCdfErrorBound(4 * sampleRows, 0.95)).toBeCloseTo(bound / 2, 12);
  });
});
