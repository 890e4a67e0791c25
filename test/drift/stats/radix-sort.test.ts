import { sortFloat64 } from "../../../shared/drift/stats/radix-sort";

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

describe("sortFloat64", () => {
  it.each([10, 511, 512, 5000, 100_000])("orders %i doubles exactly as a numeric comparison does", (n) => {
    const next = seeded(n);
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const kind = next();
      values[i] = kind < 0.1 ? 0 : kind < 0.15 ? -0 : kind < 0.3 ? Math.round(next() * 10) - 5 : (next() - 0.5) * 10 ** Math.floor(next() * 40 - 20);
    }
    const expected = Array.from(values).sort((a, b) => a - b);
    const sorted = sortFloat64(values.slice());
    expect(Array.from(sorted).map((v) => v + 0)).toEqual(expected.map((v) => v + 0));
  });

  it("keeps extreme finite values and subnormals in order", () => {
    const values = new Float64Array(2000);
    const specials = [Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, 1e-310, -1e-310, 1, -1];
    for (let i = 0; i < values.length; i++) values[i] = specials[i % specials.length] * (1 + (i % 3));
    const finite = Array.from(values).filter(Number.isFinite);
    const sorted = sortFloat64(Float64Array.from(finite));
    expect(Array.from(sorted)).toEqual(finite.sort((a, b) => a - b));
  });

  it("sorts a view into a larger buffer without touching the rest", () => {
    const buffer = new Float64Array(3000).fill(7);
    const view = buffer.subarray(1000, 2000);
    for (let i = 0; i < view.length; i++) view[i] = 1000 - i;
    sortFloat64(view);
    expect(view[0]).toBe(1);
    expect(view[999]).toBe(1000);
    expect(buffer[999]).toBe(7);
    expect(buffer[2000]).toBe(7);
  });
});

describe("sortFloat64 on short decimals", () => {
  /** Values as a CSV reader parses them: decimal text with `decimals` digits after the point (no −0, which sorts apart). */
  function decimals(n: number, decimalDigits: number, spread: number, seed: number): Float64Array {
    const next = seeded(seed);
    return Float64Array.from({ length: n }, () => Number(((next() - 0.3) * spread).toFixed(decimalDigits)) + 0);
  }

  function expectSortedBitForBit(values: Float64Array): void {
    const expected = Array.from(values).sort((a, b) => a - b);
    const sorted = Array.from(sortFloat64(values));
    expect(sorted.every((value, i) => Object.is(value, expected[i]))).toBe(true);
  }

  it.each([
    ["few distinct values (counted)", 20_000, 0, 100],
    ["many distinct values (radix-sorted keys)", 20_000, 2, 200_000],
    ["six decimals", 20_000, 6, 3],
    ["nine decimals", 5_000, 9, 1],
  ])("gives back exactly the doubles it was given, in order: %s", (_, n, decimalDigits, spread) => {
    expectSortedBitForBit(decimals(n, decimalDigits, spread, n + decimalDigits));
  });

  it("sorts a view into a larger buffer without touching the rest", () => {
    const buffer = new Float64Array(30_000).fill(7);
    const view = buffer.subarray(10_000, 20_000);
    view.set(decimals(view.length, 2, 1e6, 5));
    expectSortedBitForBit(view);
    expect(buffer[9_999]).toBe(7);
    expect(buffer[20_000]).toBe(7);
  });

  it("mixes numbers written with different decimal counts", () => {
    const values = decimals(10_000, 3, 50, 7);
    for (let i = 0; i < values.length; i += 3) values[i] = Number(values[i].toFixed(1)) + 0;
    expectSortedBitForBit(values);
  });

  it("keeps −0 as the bit-pattern sort does: before +0", () => {
    const values = decimals(10_000, 3, 20, 3);
    for (let i = 0; i < values.length; i += 500) values[i] = i % 1000 === 0 ? -0 : 0;
    const sorted = sortFloat64(values.slice());
    const zeros = Array.from(sorted).filter((value) => value === 0);
    expect(zeros.map((value) => (Object.is(value, -0) ? "-0" : "0"))).toEqual([...Array(10).fill("-0"), ...Array(zeros.length - 10).fill("0")]);
    expect(Array.from(sorted, (value) => value + 0)).toEqual(Array.from(values).sort((a, b) => a - b).map((value) => value + 0));
  });

  it("falls back to the bit-pattern sort for long decimals, a wide range and values that are no short decimal", () => {
    for (const odd of [-0, 0.1 + 0.2, 1e15 + 0.5, 1 / 3, 123456789.12345679, 1e300]) {
      const values = decimals(4_000, 2, 100, 11);
      values[1234] = odd;
      values[77] = -0.25;
      const expected = Array.from(values).sort((a, b) => a - b);
      const sorted = Array.from(sortFloat64(values));
      expect(sorted.map((v) => Object.is(v, -0))).toEqual(expected.map((v) => Object.is(v, -0)));
      expect(sorted).toEqual(expected);
    }
  });
});
