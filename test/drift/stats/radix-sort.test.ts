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
