import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readTable } from "../../../shared/drift/readers";
import { FIXTURES, kindOf, tempFolder, valuesOf } from "./helpers";

/** The rows make-parquet.mjs writes, by the rule stated in it. */
function expectedRow(i: number): { x: number | null; n: number; big: number; city: string | null; flag: string } {
  return { x: i % 7 === 3 || i % 11 === 5 ? null : i * 0.25 - 10, n: i % 100, big: i * 1000, city: i % 13 === 0 ? null : `c${i % 5}`, flag: i % 2 === 0 ? "true" : "false" };
}

/** A Parquet file whose column `name` holds the given byte strings, written as they are. */
function writeByteStrings(file: string, type: "STRING" | "BYTE_ARRAY", values: number[][]): void {
  const script = `import { parquetWriteFile } from "hyparquet-writer";
const values = JSON.parse(process.argv[2]).map((bytes) => new Uint8Array(bytes));
parquetWriteFile({ filename: process.argv[1], codec: "UNCOMPRESSED", columnData: [{ name: "name", data: values, type: ${JSON.stringify(type)} }] });`;
  execFileSync(process.execPath, ["--input-type=module", "-e", script, file, JSON.stringify(values)], { cwd: path.join(__dirname, "..", "..", "..") });
}

function writeParquet(file: string, rows: number, rowGroupSize: number, codec: string): void {
  execFileSync(process.execPath, [path.join(FIXTURES, "make-parquet.mjs"), file, String(rows), String(rowGroupSize), codec]);
}

describe("readTable on Parquet", () => {
  const folder = tempFolder();
  afterAll(() => folder.cleanup());

  it.each(["SNAPPY", "GZIP", "BROTLI", "UNCOMPRESSED"])("reads every column of a %s file across row groups", async (codec) => {
    const file = folder.file(`rows-${codec}.parquet`);
    writeParquet(file, 1000, 128, codec);
    const table = await readTable(file);
    const rows = Array.from({ length: 1000 }, (_, i) => expectedRow(i));
    expect(table.rowCount).toBe(1000);
    expect(kindOf(table, "x")).toBe("numerical");
    expect(valuesOf(table, "x")).toEqual(rows.map((row) => row.x).filter((x) => x !== null));
    expect(table.missing.get("x")).toBe(rows.filter((row) => row.x === null).length);
    expect(valuesOf(table, "n")).toEqual(rows.map((row) => row.n));
    expect(valuesOf(table, "big")).toEqual(rows.map((row) => row.big));
    expect(valuesOf(table, "city")).toEqual(rows.map((row) => row.city).filter((city) => city !== null));
    expect(kindOf(table, "flag")).toBe("categorical");
    expect(valuesOf(table, "flag")).toEqual(rows.map((row) => row.flag));
  });

  it("reads only the requested columns and stops at maxRows", async () => {
    const file = folder.file("subset.parquet");
    writeParquet(file, 500, 64, "SNAPPY");
    const table = await readTable(file, { columns: ["n", "city"], maxRows: 150 });
    expect([...table.columns.keys()]).toEqual(["n", "city"]);
    expect(table.rowCount).toBe(150);
    expect(valuesOf(table, "n")).toEqual(Array.from({ length: 150 }, (_, i) => expectedRow(i).n));
  });

  it("reads a Parquet stream without random access by buffering it", async () => {
    const file = folder.file("stream.parquet");
    writeParquet(file, 300, 100, "GZIP");
    const bytes = readFileSync(file);
    const table = await readTable({
      name: "blob/stream.parquet",
      async *open() {
        for (let at = 0; at < bytes.length; at += 1000) yield bytes.subarray(at, at + 1000);
      },
    });
    expect(valuesOf(table, "big")).toEqual(Array.from({ length: 300 }, (_, i) => i * 1000));
  });

  it("rejects a file that is not Parquet", async () => {
    const file = folder.write("fake.parquet", "a,b\n1,2\n");
    await expect(readTable(file)).rejects.toThrow(`${file} is not a readable Parquet file`);
  });

  it("gives the same table as the CSV of the same rows", async () => {
    const file = folder.file("same.parquet");
    writeParquet(file, 200, 50, "SNAPPY");
    const csv = ["x,n,big,city,flag", ...Array.from({ length: 200 }, (_, i) => {
      const row = expectedRow(i);
      return [row.x ?? "", row.n, row.big, row.city ?? "", row.flag].join(",");
    })].join("\n");
    writeFileSync(folder.file("same.csv"), csv);
    const fromParquet = await readTable(file);
    const fromCsv = await readTable(folder.file("same.csv"));
    for (const name of ["x", "n", "big", "city", "flag"]) expect(valuesOf(fromParquet, name)).toEqual(valuesOf(fromCsv, name));
  });

  it.each(["STRING", "BYTE_ARRAY"] as const)("refuses a %s value that is not UTF-8, naming the file, column and row", async (type) => {
    const file = folder.file(`latin1-${type}.parquet`);
    const text = (value: string) => [...Buffer.from(value, "utf8")];
    writeByteStrings(file, type, [text("Zurich"), text("Zürich"), [0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68]]);
    await expect(readTable(file)).rejects.toThrow(`${file} column "name" row 3: the value "Z\\xfcrich" is not valid UTF-8.`);
  });

  it("reads a genuine U+FFFD in a Parquet string as text", async () => {
    const file = folder.file("replacement.parquet");
    writeByteStrings(file, "STRING", [[...Buffer.from("a\uFFFDb", "utf8")]]);
    expect(valuesOf(await readTable(file), "name")).toEqual(["a\uFFFDb"]);
  });
});
