import { reportText } from "../../shared/steps/check-drift-run";
import { capMarkdown } from "../../shared/core/limits";
import { parseBoundedYaml } from "../../shared/core/bounded-yaml";
import { applySetOverrides } from "../../shared/jobs/job-file";

describe("capMarkdown", () => {
  it("keeps markdown that fits, and cuts the rest at a line with a note, closing an open code fence", () => {
    expect(capMarkdown("short", 100, "cut")).toBe("short");
    const long = ["# title", "```json", ...Array.from({ length: 500 }, (_, i) => `line ${i}`), "```", "after"].join("\n");
    const cut = capMarkdown(long, 1000, "cut here");
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(1000);
    expect(cut).toMatch(/line \d+\n```\n\n> cut here\n$/);
  });
});

describe("parseBoundedYaml", () => {
  it("refuses nesting past the depth limit, naming the file", () => {
    const deep = `${Array.from({ length: 70 }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n")} 1\n`;
    expect(() => parseBoundedYaml(deep, "job.yml")).toThrow("job.yml: the YAML is nested deeper than 64 levels.");
  });

  it("keeps a mapping's own keys and refuses a duplicate one", () => {
    expect(parseBoundedYaml("a: 1\nb: [1, 2]\n", "f.yml")).toEqual({ a: 1, b: [1, 2] });
    expect(() => parseBoundedYaml("a: 1\nb: 2\na: 3\n", "f.yml")).toThrow(`f.yml: the key "a" appears twice in one mapping (line 3); expected each key once (readers that allow it, such as the CLI's, silently keep the last).`);
  });
});

describe("set", () => {
  it("refuses keys that reach the object prototype and leaves it untouched", () => {
    for (const line of ["__proto__.polluted=1", "inputs.constructor.prototype.polluted=1", "a.prototype=1"]) {
      expect(() => applySetOverrides({ command: "ls" }, [line])).toThrow(/^set: .* uses the key "(__proto__|constructor|prototype)", which is not a job field\.$/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("reportText", () => {
  const report = { features: Array.from({ length: 100 }, (_, i) => ({ name: `feature_${i}`, score: i / 100 })) };

  it("refuses a drift report over the byte limit before it is written, naming the input that narrows it", () => {
    const size = Buffer.byteLength(`${JSON.stringify(report, null, 2)}\n`);
    expect(() => reportText(report, "features", 2048)).toThrow(`The drift report would be ${Math.round((size / 1024) * 10) / 10} KiB, over the limit of 2 KiB; narrow 'features'.`);
    expect(JSON.parse(reportText(report, "features", size))).toEqual(report);
  });

  it("keeps a report under the default limit unchanged", () => {
    expect(reportText(report, "features")).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });
});
