import { acceptance, convertCorpus, corpusFiles, type CorpusResult } from "./real-world";

describe("real-world CLI v2 job files (test/fixtures/jobs/real-world)", () => {
  let results: CorpusResult[];

  beforeAll(async () => {
    results = await convertCorpus();
  }, 600_000);

  it("converts at least 90 % of the corpus", () => {
    expect(results).toHaveLength(corpusFiles().length);
    expect(acceptance(results)).toBeGreaterThanOrEqual(0.9);
  });

  it("sends only bodies that pass the REST spec check", () => {
    const failing = results.filter((result) => result.specErrors && result.specErrors.length > 0).map((result) => ({ file: result.file, errors: result.specErrors }));
    expect(failing).toEqual([]);
  });

  it("refuses the rest with a message naming the field or file and what is accepted or why", () => {
    for (const result of results.filter((item) => item.refused)) {
      expect(result.refused).toMatch(/^(\/|[A-Za-z_$][\w.$[\]]*(\.|: |\s\())/);
      expect(result.refused).toMatch(/accepted|not supported|does not exist|expected/);
    }
  });
});
