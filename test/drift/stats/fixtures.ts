/** Reads the scipy reference results in test/fixtures/drift-stats and rebuilds their samples. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CategoricalColumn, NumericalColumn } from "../../../shared/drift/column";

const FIXTURES = join(__dirname, "..", "..", "fixtures", "drift-stats");

export function loadFixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, name), "utf8")) as T;
}

export type FixtureNumber = number | "NaN" | "Infinity" | "-Infinity";

export function decodeNumber(value: FixtureNumber): number {
  if (value === "NaN") return NaN;
  if (value === "Infinity") return Infinity;
  if (value === "-Infinity") return -Infinity;
  return value;
}

export interface GeneratorSpec {
  n: number;
  seed: number;
  terms?: number;
  scale?: number;
  shift?: number;
  quantum?: number;
  specials?: [number, string][];
}

export interface CategoricalSpec {
  n: number;
  seed: number;
  categories: string[];
  weights: number[];
}

export type SampleField = { values: FixtureNumber[] } | { generate: GeneratorSpec };

/** The fixture script's 32-bit LCG, as uniforms in [0, 1). */
export function lcgUniforms(seed: number, count: number): Float64Array {
  let state = seed >>> 0;
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = state / 4294967296.0;
  }
  return out;
}

/** Same IEEE-754 operations in the same order as the fixture script, hence the same values. */
export function generate(spec: GeneratorSpec): Float64Array {
  const terms = spec.terms ?? 4;
  const scale = spec.scale ?? 1.0;
  const shift = spec.shift ?? 0.0;
  const quantum = spec.quantum ?? 0;
  const u = lcgUniforms(spec.seed, spec.n * terms);
  const out = new Float64Array(spec.n);
  for (let i = 0; i < spec.n; i++) {
    let s = 0.0;
    for (let k = 0; k < terms; k++) s = s + u[i * terms + k];
    let x = (s - terms / 2) * scale + shift;
    if (quantum) x = Math.floor(x / quantum) * quantum;
    out[i] = x;
  }
  for (const [index, special] of spec.specials ?? []) out[index] = decodeNumber(special as FixtureNumber);
  return out;
}

export function sample(field: SampleField): Float64Array {
  return "generate" in field ? generate(field.generate) : Float64Array.from(field.values, decodeNumber);
}

export function numericalColumn(field: SampleField): NumericalColumn {
  return { kind: "numerical", values: sample(field) };
}

export function generateCategories(spec: CategoricalSpec): string[] {
  const u = lcgUniforms(spec.seed, spec.n);
  let total = 0.0;
  for (const w of spec.weights) total += w;
  const cumulative: number[] = [];
  let running = 0.0;
  for (const w of spec.weights) {
    running += w;
    cumulative.push(running / total);
  }
  return Array.from(u, (x) => spec.categories[cumulative.filter((c) => c <= x).length]);
}

/** Dictionary-encodes strings, in first-seen order (as a reader would). */
export function categoricalColumn(field: { values: string[] } | { generate: CategoricalSpec }): CategoricalColumn {
  const values = "generate" in field ? generateCategories(field.generate) : field.values;
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  const codes = new Uint32Array(values.length);
  values.forEach((value, i) => {
    let code = index.get(value);
    if (code === undefined) {
      code = dictionary.length;
      dictionary.push(value);
      index.set(value, code);
    }
    codes[i] = code;
  });
  return { kind: "categorical", codes, dictionary };
}

/**
 * Agreement to 1e-9: absolute for expected values of magnitude ≤ 1, relative above; `relative` makes it
 * relative everywhere (for p-values far below 1e-9).
 */
export function expectClose(actual: number, expected: FixtureNumber, label: string, relative = false): void {
  const e = decodeNumber(expected);
  if (Number.isNaN(e) || !Number.isFinite(e) || e === 0) {
    if (!Object.is(actual, e) && !(e === 0 && actual === 0)) {
      throw new Error(`${label}: expected ${String(e)}, got ${String(actual)}`);
    }
    return;
  }
  const tolerance = relative || Math.abs(e) > 1 ? 1e-9 * Math.abs(e) : 1e-9;
  if (!(Math.abs(actual - e) <= tolerance)) {
    throw new Error(`${label}: expected ${String(e)}, got ${String(actual)} (difference ${String(Math.abs(actual - e))})`);
  }
}
