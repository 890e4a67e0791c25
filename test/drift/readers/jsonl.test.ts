import { readTable } from "../../../shared/drift/readers";
import { ConfigurationError } from "../../../shared/core/errors";
import { kindOf, memorySource, valuesOf } from "./helpers";

describe("readTable on JSON Lines", () => {
  it("reads numbers, strings, booleans and nulls, flattening nested objects one level", async () => {
    const lines = [
      { age: 31, city: "Paris", vip: true, geo: { lat: 48.8, lon: 2.3 }, tags: ["a"] },
      { age: null, city: "Lyon", vip: false, geo: { lat: 45.7, lon: null } },
      { age: 40.5, city: null, vip: true, geo: { lat: 43.3, lon: 5.4, deep: { x: 1 } } },
    ];
    const text = lines.map((line) => JSON.stringify(line)).join("\n") + "\n";
    const table = await readTable(memorySource("rows.jsonl", text));
    expect(table.rowCount).toBe(3);
    expect(valuesOf(table, "age")).toEqual([31, 40.5]);
    expect(table.missing.get("age")).toBe(1);
    expect(valuesOf(table, "city")).toEqual(["Paris", "Lyon"]);
    expect(kindOf(table, "vip")).toBe("categorical");
    expect(valuesOf(table, "vip")).toEqual(["true", "false", "true"]);
    expect(valuesOf(table, "geo.lat")).toEqual([48.8, 45.7, 43.3]);
    expect(valuesOf(table, "geo.lon")).toEqual([2.3, 5.4]);
    expect(valuesOf(table, "geo.deep")).toEqual(['{"x":1}']);
    expect(table.missing.get("geo.deep")).toBe(2);
    expect(valuesOf(table, "tags")).toEqual(['["a"]']);
  });

  it("treats keys absent from a row, NaN and Infinity literals as missing", async () => {
    const text = '{"a": 1, "b": "x"}\r\n{"a": NaN, "b": "NaN in a string"}\n\n{"b": "y", "a": -Infinity}\n{"b": "z"}\n{"a": 5, "c": 2}';
    const table = await readTable(memorySource("sparse.jsonl", text, 5));
    expect(table.rowCount).toBe(4 + 1);
    expect(valuesOf(table, "a")).toEqual([1, 5]);
    expect(table.missing.get("a")).toBe(3);
    expect(valuesOf(table, "b")).toEqual(["x", "NaN in a string", "y", "z"]);
    expect(valuesOf(table, "c")).toEqual([2]);
    expect(table.missing.get("c")).toBe(4);
  });

  it("turns a numerical column categorical at the first string", async () => {
    const table = await readTable(memorySource("mixed.jsonl", '{"v": 1}\n{"v": 2.5}\n{"v": "high"}\n'));
    expect(kindOf(table, "v")).toBe("categorical");
    expect(valuesOf(table, "v")).toEqual(["1", "2.5", "high"]);
  });

  it("reports an invalid line by number, or drops it when asked", async () => {
    const text = '{"a": 1}\n{"a": 2}\n{"a": \n[1, 2]\n{"a": 3}\n';
    const failing = readTable(memorySource("broken.jsonl", text));
    await expect(failing).rejects.toThrow(ConfigurationError);
    await expect(failing).rejects.toThrow("broken.jsonl is not valid JSON Lines at line 3");
    const dropped = await readTable({ label: "broken", sources: [memorySource("broken.jsonl", text)], format: { kind: "jsonl", invalidLines: "drop" } });
    expect(valuesOf(dropped, "a")).toEqual([1, 2, 3]);
  });
});
