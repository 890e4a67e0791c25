import { readFileSync, writeFileSync } from "node:fs";

/** Deterministic pseudo-random numbers (mulberry32): the demo data is the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

function pick<T>(next: () => number, choices: readonly T[], weights: readonly number[]): T {
  let roll = next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < choices.length; i++) if ((roll -= weights[i]) < 0) return choices[i];
  return choices[choices.length - 1];
}

export interface Shift {
  ageOffset: number;
  lateness: number;
  limitScale: number;
  educationWeights: readonly number[];
}

export const NO_SHIFT: Shift = { ageOffset: 0, lateness: 0, limitScale: 1, educationWeights: [0.35, 0.47, 0.16, 0.02] };
export const MARKET_SHIFT: Shift = { ageOffset: 6, lateness: 0.8, limitScale: 0.7, educationWeights: [0.2, 0.4, 0.35, 0.05] };

/** Credit-default-like rows: the columns of the UCI credit card default data most models use. */
export function writeCreditCsv(path: string, rows: number, seed: number, shift: Shift): void {
  const next = random(seed);
  const lines = ["limit_bal,age,education,marriage,pay_0,bill_amt1,pay_amt1,default"];
  for (let i = 0; i < rows; i++) {
    const age = Math.max(21, Math.round(35 + shift.ageOffset + 9 * normal(next)));
    const limit = Math.max(10_000, Math.round((160_000 + 120_000 * normal(next)) * shift.limitScale / 1000) * 1000);
    const education = pick(next, ["graduate", "university", "high_school", "other"], shift.educationWeights);
    const marriage = pick(next, ["married", "single", "other"], [0.45, 0.53, 0.02]);
    const pay0 = Math.max(-2, Math.min(8, Math.round(normal(next) * 1.1 + shift.lateness)));
    const bill = Math.round(Math.max(0, 50_000 + 60_000 * normal(next)));
    const paid = Math.round(Math.max(0, 5_000 + 8_000 * normal(next)));
    const risk = 0.15 + 0.12 * Math.max(0, pay0) - limit / 3_000_000;
    lines.push([limit, age, education, marriage, pay0, bill, paid, next() < risk ? 1 : 0].join(","));
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
}

/** The rows of a CSV that writeCreditCsv wrote, numbers as numbers. */
export function readCreditRows(path: string): { columns: string[]; rows: (string | number)[][] } {
  const [header, ...lines] = readFileSync(path, "utf8").trim().split("\n");
  const rows = lines.map((line) => line.split(",").map((cell) => (cell !== "" && Number.isFinite(Number(cell)) ? Number(cell) : cell)));
  return { columns: header.split(","), rows };
}
