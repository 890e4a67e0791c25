import { readTable } from "../../../shared/drift/readers";
import { ConfigurationError } from "../../../shared/core/errors";
import { kindOf, memorySource, seededNumbers, tempFolder, valuesOf } from "./helpers";

describe("readTable on CSV", () => {
  it("infers numerical and categorical columns and counts missing values", async () => {
    const csv = "age,city,score,flag\n31,Paris,1.5,true\n,Lyon,nan,false\n45,Paris,inf,true\n-2e1,,NaN,false\n7,Nice,-inf,\n";
    const table = await readTable(memorySource("people.csv", csv));
    expect(table.rowCount).toBe(5);
    expect(kindOf(table, "age")).toBe("numerical");
    expect(valuesOf(table, "age")).toEqual([31, 45, -20, 7]);
    expect(table.missing.get("age")).toBe(1);
    expect(kindOf(table, "city")).toBe("categorical");
    expect(valuesOf(table, "city")).toEqual(["Paris", "Lyon", "Paris", "Nice"]);
    expect(table.missing.get("city")).toBe(1);
    expect(valuesOf(table, "score")).toEqual([1.5]);
    expect(table.missing.get("score")).toBe(4);
    expect(kindOf(table, "flag")).toBe("categorical");
    expect(valuesOf(table, "flag")).toEqual(["true", "false", "true", "false"]);
    const city = table.columns.get("city");
    expect(city?.kind === "categorical" && city.dictionary).toEqual(["Paris", "Lyon", "Nice"]);
  });

  it("keeps every label and missing cell when a column of labels outgrows 8-bit and 16-bit codes", async () => {
    const labels = Array.from({ length: 90_000 }, (_, i) => (i % 9 === 4 ? "" : i % 13 === 0 ? "NA" : `label-${i}`));
    const table = await readTable(memorySource("labels.csv", `id,label\n${labels.map((label, i) => `${i},${label}`).join("\n")}\n`));
    const present = labels.filter((label) => label !== "" && label !== "NA");
    expect(valuesOf(table, "label")).toEqual(present);
    expect(table.missing.get("label")).toBe(labels.length - present.length);
    const column = table.columns.get("label");
    expect(column?.kind === "categorical" && column.codes.BYTES_PER_ELEMENT).toBe(4);
  });

  it("stores the codes of a few labels in one byte each", async () => {
    const table = await readTable(memorySource("plans.csv", `plan\n${Array.from({ length: 600 }, (_, i) => (i % 7 === 0 ? "" : `plan-${i % 254}`)).join("\n")}\n`));
    const column = table.columns.get("plan");
    expect(column?.kind === "categorical" && column.codes.BYTES_PER_ELEMENT).toBe(1);
    expect(valuesOf(table, "plan")).toEqual(Array.from({ length: 600 }, (_, i) => (i % 7 === 0 ? undefined : `plan-${i % 254}`)).filter(Boolean));
  });

  it("parses numbers exactly as Number() does, whatever their digits", async () => {
    const randoms = seededNumbers(3000, 7);
    const texts = randoms.flatMap((r, i) => [
      String((r - 0.5) * 10 ** ((i % 40) - 20)),
      (r * 1e6).toFixed(i % 9),
      (r * 100).toExponential(i % 17),
      `${i % 2 ? "+" : "-"}${Math.floor(r * 1e9)}`,
      `.${Math.floor(r * 1e5)}`,
      `${Math.floor(r * 1e3)}.`,
      `${(r * 1e25).toPrecision(19)}`,
      `${r}E-${i % 330}`,
    ]);
    const table = await readTable(memorySource("numbers.csv", `value\n${texts.join("\n")}\n`, 4096));
    expect(kindOf(table, "value")).toBe("numerical");
    const expected = texts.map(Number).filter(Number.isFinite);
    const actual = valuesOf(table, "value");
    expect(actual.length).toBe(expected.length);
    for (let i = 0; i < expected.length; i++) if (!Object.is(actual[i], expected[i])) throw new Error(`${texts[i]}: read ${actual[i]}, Number() gives ${expected[i]}`);
  });

  it("handles quotes, embedded delimiters and newlines, doubled quotes, CRLF and a BOM", async () => {
    const csv = '\uFEFFid,"note, quoted",amount\r\n1,"a, b",10\r\n2,"line one\r\nline two",20\r\n3,"she said ""hi""",30\r\n4,"",40\r\n5,plain,"50"\r\n';
    const table = await readTable(memorySource("quoted.csv", csv));
    expect([...table.columns.keys()]).toEqual(["id", "note, quoted", "amount"]);
    expect(valuesOf(table, "note, quoted")).toEqual(["a, b", "line one\r\nline two", 'she said "hi"', "plain"]);
    expect(table.missing.get("note, quoted")).toBe(1);
    expect(kindOf(table, "amount")).toBe("numerical");
    expect(valuesOf(table, "amount")).toEqual([10, 20, 30, 40, 50]);
  });

  it("reads the same table whatever the chunk boundaries", async () => {
    const randoms = seededNumbers(400, 3);
    const lines = randoms.map((r, i) => `${i},${r},"${i % 3 === 0 ? "x,\n" : ""}c""${i % 4}",${i % 5 === 0 ? "" : (r * 10).toFixed(2)}`);
    const csv = `\uFEFFi,r,label,v\r\n${lines.map((line, i) => line + (i % 2 ? "\r\n" : "\n")).join("")}`;
    const whole = await readTable(memorySource("whole.csv", csv, csv.length + 1));
    for (const chunkSize of [1, 2, 3, 7, 64, 1000]) {
      const chunked = await readTable(memorySource("chunked.csv", csv, chunkSize));
      expect(chunked.rowCount).toBe(whole.rowCount);
      for (const name of whole.columns.keys()) expect(valuesOf(chunked, name)).toEqual(valuesOf(whole, name));
    }
    expect(valuesOf(whole, "label")[0]).toBe('x,\nc"0');
  });

  it("accepts a lone CR as a line end and skips blank lines", async () => {
    const table = await readTable(memorySource("cr.csv", "a,b\r1,x\r\r2,y\n\n3,z"));
    expect(valuesOf(table, "a")).toEqual([1, 2, 3]);
    expect(valuesOf(table, "b")).toEqual(["x", "y", "z"]);
  });

  it("falls back to categorical at the first non-numeric cell and re-encodes earlier numbers", async () => {
    const table = await readTable(memorySource("zip.csv", "zip,n\n75001,1\n1.50,2\nnan,3\ninf,4\nA12,5\n75001,6\n"));
    expect(kindOf(table, "zip")).toBe("categorical");
    expect(valuesOf(table, "zip")).toEqual(["75001", "1.5", "inf", "A12", "75001"]);
    expect(table.missing.get("zip")).toBe(1);
    expect(kindOf(table, "n")).toBe("numerical");
  });

  it("reads booleans as true/false whatever their spelling, as JSON Lines does", async () => {
    const csv = await readTable(memorySource("flags.csv", "flag\nTrue\nFALSE\ntrue\nFalse\n"));
    const jsonl = await readTable(memorySource("flags.jsonl", '{"flag": true}\n{"flag": false}\n{"flag": true}\n{"flag": false}\n'));
    expect(valuesOf(csv, "flag")).toEqual(["true", "false", "true", "false"]);
    expect(csv.columns.get("flag")).toEqual(jsonl.columns.get("flag"));
  });

  it("keeps text as written in a column forced categorical", async () => {
    const table = await readTable(memorySource("codes.csv", "code,v\n007,1\n1.50,2\n7,3\n"), { categorical: ["code"] });
    expect(kindOf(table, "code")).toBe("categorical");
    expect(valuesOf(table, "code")).toEqual(["007", "1.50", "7"]);
  });

  it("reads TSV and other delimiters, and latin1 text", async () => {
    const folder = tempFolder({ "data.tsv": "a\tb\n1\tx y\n2\tz\n" });
    try {
      const tsv = await readTable(folder.file("data.tsv"));
      expect(valuesOf(tsv, "b")).toEqual(["x y", "z"]);
      const semicolon = await readTable({ label: "semi", sources: [memorySource("semi.txt", Buffer.from("a;b\n1,5;caf\xe9\n", "latin1"))], format: { kind: "csv", delimiter: ";", encoding: "latin1" } });
      expect(valuesOf(semicolon, "a")).toEqual(["1,5"]);
      expect(valuesOf(semicolon, "b")).toEqual(["café"]);
      const escapedTab = await readTable({ label: "tab", sources: [memorySource("t.txt", "a\tb\n1\t2\n")], format: { kind: "csv", delimiter: "\\t" } });
      expect(valuesOf(escapedTab, "b")).toEqual([2]);
    } finally {
      folder.cleanup();
    }
  });

  it("names columns Column1… without a header, and names an empty header like pandas", async () => {
    const none = await readTable({ label: "raw", sources: [memorySource("raw.csv", "1,a\n2,b\n")], format: { kind: "csv", header: "none" } });
    expect([...none.columns.keys()]).toEqual(["Column1", "Column2"]);
    expect(none.rowCount).toBe(2);
    const indexed = await readTable(memorySource("indexed.csv", ",v\n0,1\n1,2\n"));
    expect([...indexed.columns.keys()]).toEqual(["Unnamed: 0", "v"]);
  });

  it("rejects malformed CSV with the line number", async () => {
    const wrongWidth = readTable(memorySource("bad.csv", 'a,b\n1,2\n"x\ny",3\n4,5,6\n'));
    await expect(wrongWidth).rejects.toThrow(ConfigurationError);
    await expect(wrongWidth).rejects.toThrow("bad.csv is not valid CSV at line 5: 3 fields where the header has 2");
    await expect(readTable(memorySource("open.csv", 'a,b\n1,"never closed\n2,3\n'))).rejects.toThrow("open.csv is not valid CSV at line 2: a quoted field is not closed");
    await expect(readTable(memorySource("after.csv", 'a,b\n1,2\n"x"y,3\n'))).rejects.toThrow('after.csv is not valid CSV at line 3: unexpected character "y" after a closing quote');
    await expect(readTable(memorySource("dup.csv", "a,a\n1,2\n"))).rejects.toThrow('dup.csv has two columns named "a"');
  });

  it("rejects a file without rows, a column without valid values, and an empty file", async () => {
    await expect(readTable(memorySource("header-only.csv", "a,b\n"))).rejects.toThrow("header-only.csv has no data rows.");
    await expect(readTable(memorySource("empty.csv", ""))).rejects.toThrow("empty.csv is empty: a header line was expected.");
    const allMissing = readTable(memorySource("nan.csv", "a,b\n1,nan\n2,\n3,inf\n"));
    await expect(allMissing).rejects.toThrow('Column "b" of nan.csv has no valid values in 3 rows');
    const excluded = await readTable(memorySource("nan.csv", "a,b\n1,nan\n2,\n3,inf\n"), { exclude: ["b"] });
    expect([...excluded.columns.keys()]).toEqual(["a"]);
  });
});
