import path from "node:path";
import { acceptance, convertCorpus, corpusFiles, CORPUS, secondCorpus, submittableShare, type CorpusResult } from "./real-world";
import { KNOWN_REFUSALS } from "./real-world-refusals";

describe("real-world CLI v2 job files (test/fixtures/jobs/real-world)", () => {
  let results: CorpusResult[];

  beforeAll(async () => {
    results = await convertCorpus();
  }, 600_000);

  it("measures every listed job file, the second corpus from 21 repositories", () => {
    expect(results).toHaveLength(corpusFiles().length);
    expect(new Set(secondCorpus(results).map((result) => result.file.split("/")[0])).size).toBe(21);
  });

  it("refuses exactly the files listed with why in real-world-refusals.ts, and converts every other", () => {
    const second = secondCorpus(results);
    console.log(
      `accepted: whole corpus ${(100 * acceptance(results)).toFixed(1)} % of ${results.length}; second corpus ${(100 * acceptance(second)).toFixed(1)} % of ${second.length}; ` +
        `files the CLI takes as written ${(100 * submittableShare(results)).toFixed(1)} %`,
    );
    const refused = results.filter((result) => result.refused).map((result) => result.file).sort();
    expect(refused).toEqual(Object.keys(KNOWN_REFUSALS).sort());
  });

  it("converts at least 90 % of the files the CLI itself takes as written", () => {
    expect(submittableShare(results)).toBeGreaterThanOrEqual(0.9);
  });

  it("sends only bodies that pass the REST spec check", () => {
    const failing = results.filter((result) => result.specErrors && result.specErrors.length > 0).map((result) => ({ file: result.file, errors: result.specErrors }));
    expect(failing).toEqual([]);
  });

  it("refuses the rest with a message naming the job file, then the field or file, and what is accepted or why", () => {
    for (const result of results.filter((item) => item.refused)) {
      const jobFile = path.join(CORPUS, result.file);
      expect(result.refused!.startsWith(`${jobFile}: `)).toBe(true);
      const rest = result.refused!.slice(jobFile.length + 2);
      expect(rest).toMatch(/^(\/|the key |[A-Za-z_$][\w.$[\]-]*(\.|: |\s\())/);
      expect(rest).toMatch(/accepted|not supported|does not exist|expected/);
    }
  });
});
