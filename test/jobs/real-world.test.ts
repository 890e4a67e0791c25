import path from "node:path";
import { acceptance, convertCorpus, corpusFiles, CORPUS, secondCorpus, type CorpusResult } from "./real-world";

/** Shares measured on the corpus as committed: a conversion that regresses fails the test. */
const WHOLE_CORPUS_FLOOR = 169 / 200;
const SECOND_CORPUS_FLOOR = 31 / 52;

describe("real-world CLI v2 job files (test/fixtures/jobs/real-world)", () => {
  let results: CorpusResult[];

  beforeAll(async () => {
    results = await convertCorpus();
  }, 600_000);

  it("measures every listed job file, the second corpus from 21 repositories", () => {
    expect(results).toHaveLength(corpusFiles().length);
    expect(new Set(secondCorpus(results).map((result) => result.file.split("/")[0])).size).toBe(21);
  });

  it("converts at least the share it converted when the corpus was committed, over the whole corpus and over the second", () => {
    const second = secondCorpus(results);
    console.log(`accepted: whole corpus ${(100 * acceptance(results)).toFixed(1)} % of ${results.length}; second corpus ${(100 * acceptance(second)).toFixed(1)} % of ${second.length}`);
    expect(acceptance(results)).toBeGreaterThanOrEqual(WHOLE_CORPUS_FLOOR);
    expect(acceptance(second)).toBeGreaterThanOrEqual(SECOND_CORPUS_FLOOR);
  });

  // The requirement: 90 % of a broad set of real repositories' job files. Not met yet (see the corpus README for
  // each refusal); this test starts failing, and must then become a plain test, once the whole corpus reaches it.
  it.failing("converts at least 90 % of the whole corpus", () => {
    expect(acceptance(results)).toBeGreaterThanOrEqual(0.9);
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
