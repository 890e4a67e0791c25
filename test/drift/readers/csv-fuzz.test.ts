import { readTable } from "../../../shared/drift/readers";
import { memorySource, seededNumbers, valuesOf } from "./helpers";

/** A plain string-based RFC 4180 reader, the reference the streaming parser must agree with. */
function referenceRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = text.startsWith("\uFEFF") ? 1 : 0;
  const endRow = () => {
    row.push(cell);
    if (!(row.length === 1 && row[0] === "" && !quotedCell)) rows.push(row);
    row = [];
    cell = "";
    quotedCell = false;
  };
  let quotedCell = false;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && cell === "" && !quotedCell) {
      quotedCell = true;
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else {
          cell += text[i++];
        }
      }
    } else if (c === ",") {
      row.push(cell);
      cell = "";
      quotedCell = false;
      i++;
    } else if (c === "\r" || c === "\n") {
      endRow();
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      cell += c;
      i++;
    }
  }
  if (cell !== "" || row.length > 0 || quotedCell) endRow();
  return rows;
}

const MISSING = new Set(["", "NA", "nan", "NaN", "null", "None", "N/A"]);
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function asNumber(cell: string): number | undefined {
  if (MISSING.has(cell)) return NaN;
  if (DECIMAL.test(cell.trim())) return Number(cell.trim());
  const lower = cell.trim().toLowerCase();
  if (lower === "inf" || lower === "infinity") return Infinity;
  if (lower === "-inf" || lower === "-infinity") return -Infinity;
  return undefined;
}

/** The column the reader must produce from the reference cells. */
function expectedColumn(cells: string[]): (number | string)[] {
  const firstText = cells.findIndex((cell) => asNumber(cell) === undefined);
  if (firstText < 0) return cells.map((cell) => asNumber(cell)!).filter(Number.isFinite);
  return cells.flatMap((cell, i) => {
    if (MISSING.has(cell)) return [];
    if (i < firstText) {
      const value = asNumber(cell)!;
      return [value === Infinity ? "inf" : value === -Infinity ? "-inf" : String(value)];
    }
    return [cell];
  });
}

function randomCsv(seed: number): string {
  const random = seededNumbers(20_000, seed);
  let r = 0;
  const next = () => random[r++ % random.length];
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];
  const numberCell = () => pick([String(next() * 1000 - 500), (next() * 10).toFixed(2), String(Math.floor(next() * 1e6)), (next() * 1e-5).toExponential(3), "nan", "", "inf", "-inf", `"${(next() * 9).toFixed(1)}"`, "1e400", " 7"]);
  const textCell = () => pick(["plain", '"with, comma"', '"with ""quotes"""', '"two\nlines"', '"crlf\r\nline"', "NA", "", "x y", "café", '"\u00e9t\u00e9"']);
  const columns = 2 + Math.floor(next() * 5);
  const kinds = Array.from({ length: columns }, () => pick(["number", "text", "mixed"]));
  const rows = 50 + Math.floor(next() * 150);
  const lines = [kinds.map((kind, i) => `${kind}${i}`).join(",")];
  for (let row = 0; row < rows; row++) {
    lines.push(kinds.map((kind) => (kind === "number" ? numberCell() : kind === "text" ? textCell() : row > rows / 2 && next() < 0.05 ? textCell() : numberCell())).join(","));
  }
  const ends = ["\n", "\r\n", "\r"];
  return (next() < 0.3 ? "\uFEFF" : "") + lines.map((line) => line + pick(ends)).join("") + (next() < 0.3 ? "\n" : "");
}

describe("CSV parser against a reference reader", () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))("agrees on random CSV #%i at random chunk sizes", async (seed) => {
    const text = randomCsv(seed);
    const [header, ...rows] = referenceRows(text);
    const chunkSize = 1 + Math.floor(seededNumbers(1, seed * 7)[0] * 300);
    const table = await readTable(memorySource(`random-${seed}.csv`, text, chunkSize));
    expect(table.rowCount).toBe(rows.length);
    for (const [index, name] of header.entries()) {
      const expected = expectedColumn(rows.map((row) => row[index]));
      if (expected.length === 0) continue;
      expect([name, valuesOf(table, name)]).toEqual([name, expected]);
    }
  });
});
