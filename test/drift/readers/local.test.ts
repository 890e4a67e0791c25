import { execFileSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { parseMLTable, readTable } from "../../../shared/drift/readers";
import { ConfigurationError } from "../../../shared/core/errors";
import { FIXTURES, tempFolder, valuesOf } from "./helpers";

describe("readTable on local paths", () => {
  it("concatenates the files a glob matches, in name order", async () => {
    const table = await readTable(path.join(FIXTURES, "parts", "part-*.csv"));
    expect(table.sources.map((file) => path.basename(file))).toEqual(["part-1.csv", "part-2.csv"]);
    expect(table.rowCount).toBe(5);
    expect(valuesOf(table, "age")).toEqual([34, 41, 29, 55]);
    expect(valuesOf(table, "income")).toEqual([52000.5, 61000, 72000.25, 48000]);
    expect(valuesOf(table, "segment")).toEqual(["retail", "corporate", "retail", "corporate", "public"]);
  });

  it("reads a folder of data files", async () => {
    const table = await readTable(path.join(FIXTURES, "parts"));
    expect(table.rowCount).toBe(5);
  });

  it("reads an MLTable folder with read_delimited options and a pattern", async () => {
    const table = await readTable(path.join(FIXTURES, "mltable-delimited"));
    expect(table.sources.map((file) => path.basename(file))).toEqual(["2024-01.csv", "2024-02.csv"]);
    expect(valuesOf(table, "age")).toEqual([30, 40, 50]);
    expect(valuesOf(table, "city")).toEqual(["Paris", "Lyon", "Nice"]);
    const viaFile = await readTable(path.join(FIXTURES, "mltable-delimited", "MLTable"));
    expect(viaFile.rowCount).toBe(3);
  });

  it("reads an MLTable of JSON Lines", async () => {
    const table = await readTable(path.join(FIXTURES, "mltable-jsonl"));
    expect(valuesOf(table, "request.age")).toEqual([31, 45]);
    expect(valuesOf(table, "request.plan")).toEqual(["basic", "pro"]);
  });

  it("reads an MLTable of Parquet files and of headerless files", async () => {
    const folder = tempFolder({
      MLTable: "paths:\n  - folder: ./parquet\ntransformations:\n  - read_parquet\n",
      "headerless/MLTable": "paths:\n  - file: a.txt\n  - file: b.txt\ntransformations:\n  - read_delimited:\n      header: no_header\n",
      "headerless/a.txt": "1,x\n2,y\n",
      "headerless/b.txt": "3,z\n",
      "first/MLTable": "paths:\n  - pattern: '*.csv'\ntransformations:\n  - read_delimited:\n      header: from_first_file\n",
      "first/1.csv": "v,w\n1,a\n",
      "first/2.csv": "2,b\n3,c\n",
    });
    try {
      execFileSync(process.execPath, [path.join(FIXTURES, "make-parquet.mjs"), folder.write("parquet/a.parquet", ""), "40", "16", "SNAPPY"]);
      execFileSync(process.execPath, [path.join(FIXTURES, "make-parquet.mjs"), folder.write("parquet/b.parquet", ""), "10", "16", "GZIP"]);
      const parquet = await readTable(folder.dir);
      expect(parquet.rowCount).toBe(50);
      expect(valuesOf(parquet, "n")).toEqual([...Array.from({ length: 40 }, (_, i) => i), ...Array.from({ length: 10 }, (_, i) => i)]);
      const headerless = await readTable(folder.file("headerless"));
      expect(valuesOf(headerless, "Column1")).toEqual([1, 2, 3]);
      expect(valuesOf(headerless, "Column2")).toEqual(["x", "y", "z"]);
      const first = await readTable(folder.file("first"));
      expect(valuesOf(first, "v")).toEqual([1, 2, 3]);
      expect(valuesOf(first, "w")).toEqual(["a", "b", "c"]);
    } finally {
      folder.cleanup();
    }
  });

  it("reads gzip-compressed CSV and JSON Lines as they stream", async () => {
    const csv = `a,b\n${Array.from({ length: 30_000 }, (_, i) => `${i},k${i % 3}`).join("\n")}\n`;
    const folder = tempFolder({
      "one.csv.gz": gzipSync(csv),
      "two.csv.gz": gzipSync("a,b\n-1,k9\n"),
      "rows.jsonl.gz": gzipSync('{"a": 1}\n{"a": 2}\n'),
      "broken.csv.gz": Buffer.from("not gzip"),
      "table.parquet.gz": gzipSync("x"),
    });
    try {
      const table = await readTable(`${folder.dir}/[ot]*.csv.gz`);
      expect(table.rowCount).toBe(30_001);
      expect(valuesOf(table, "a").slice(-2)).toEqual([29_999, -1]);
      expect(valuesOf(await readTable(folder.file("one.csv.gz"), { maxRows: 5 }), "b")).toEqual(["k0", "k1", "k2", "k0", "k1"]);
      expect(valuesOf(await readTable(folder.file("rows.jsonl.gz")), "a")).toEqual([1, 2]);
      await expect(readTable(folder.file("broken.csv.gz"))).rejects.toThrow(`Cannot read ${folder.file("broken.csv.gz")}: incorrect header check`);
      await expect(readTable(folder.file("table.parquet.gz"))).rejects.toThrow(`Cannot tell the format of ${folder.file("table.parquet.gz")}`);
    } finally {
      folder.cleanup();
    }
  });

  it("rejects files whose columns disagree, naming the file and the column", async () => {
    const folder = tempFolder({ "a.csv": "x,y\n1,2\n", "b.csv": "x\n3\n", "c.csv": "x,y,z\n1,2,3\n" });
    try {
      await expect(readTable(folder.dir + "/[ab].csv")).rejects.toThrow(`Column "y" is in ${folder.file("a.csv")} but missing from ${folder.file("b.csv")}`);
      await expect(readTable(folder.dir + "/[ac].csv")).rejects.toThrow(`Column "z" is in ${folder.file("c.csv")} but not in ${folder.file("a.csv")}`);
      const onlyX = await readTable(folder.dir + "/*.csv", { columns: ["x"] });
      expect(valuesOf(onlyX, "x")).toEqual([1, 3, 1]);
    } finally {
      folder.cleanup();
    }
  });

  it("names what is wrong with a path", async () => {
    const folder = tempFolder({ "data.xlsx": "not read", "empty/readme.md": "none" });
    try {
      const missing = folder.file("nope.csv");
      await expect(readTable(missing)).rejects.toThrow(new ConfigurationError(`Data path ${missing} does not exist.`));
      await expect(readTable(folder.dir + "/*.csv")).rejects.toThrow(`Data glob ${folder.dir}/*.csv matched no file.`);
      await expect(readTable(folder.file("data.xlsx"))).rejects.toThrow(`Cannot tell the format of ${folder.file("data.xlsx")}: accepted are .csv, .tsv, .jsonl, .ndjson, .json, .parquet`);
      await expect(readTable(folder.file("empty"))).rejects.toThrow(`Data folder ${folder.file("empty")} has no MLTable file and no data file`);
    } finally {
      folder.cleanup();
    }
  });
});

describe("parseMLTable", () => {
  it("reads paths and the read transformation", () => {
    const spec = parseMLTable("paths:\n  - file: ./a.csv\n  - folder: data\n  - pattern: '**/*.tsv'\ntransformations:\n  - read_delimited:\n      delimiter: \"\\t\"\n      header: from_first_file\n      encoding: iso88591\n", "MLTable");
    expect(spec.paths).toEqual([
      { kind: "file", value: "./a.csv" },
      { kind: "folder", value: "data" },
      { kind: "pattern", value: "**/*.tsv" },
    ]);
    expect(spec.format).toEqual({ kind: "csv", delimiter: "\t", header: "first-file", encoding: "latin1" });
  });

  it("rejects what it does not support, saying what is supported", () => {
    const origin = "data/MLTable";
    expect(() => parseMLTable("paths:\n  - file: a.csv\ntransformations:\n  - read_delimited: {}\n  - take: 10\n", origin)).toThrow(
      'data/MLTable: transformation "take" is not supported; supported are read_delimited, read_json_lines, read_parquet.',
    );
    expect(() => parseMLTable("paths:\n  - file: a.csv\ntransformations:\n  - read_delimited:\n      encoding: utf16\n", origin)).toThrow('read_delimited.encoding "utf16" is not supported; supported are utf8, utf8bom, ascii, latin1, iso88591.');
    expect(() => parseMLTable("paths:\n  - file: a.csv\ntransformations:\n  - read_delimited:\n      header: sometimes\n", origin)).toThrow('read_delimited.header "sometimes" is not supported');
    expect(() => parseMLTable("paths:\n  - file: a.csv\ntransformations:\n  - read_parquet:\n      colums: [a]\n", origin)).toThrow('read_parquet option "colums" is not supported');
    expect(() => parseMLTable("paths: []\n", origin)).toThrow('data/MLTable needs a non-empty "paths:" list');
    expect(() => parseMLTable("paths:\n  - url: x\n", origin)).toThrow('paths[0] must have exactly one of "file:", "folder:" or "pattern:"');
    expect(() => parseMLTable("paths: [", origin)).toThrow("data/MLTable: YAML syntax error at line 1");
  });

  it("refuses remote paths in a local MLTable", async () => {
    const folder = tempFolder({ MLTable: "paths:\n  - file: azureml://datastores/workspaceblobstore/paths/a.csv\n" });
    try {
      await expect(readTable(folder.dir)).rejects.toThrow('file "azureml://datastores/workspaceblobstore/paths/a.csv" is a remote URI; only local paths are read from a local MLTable.');
    } finally {
      folder.cleanup();
    }
  });
});
