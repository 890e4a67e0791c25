import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MARKET_SHIFT, NO_SHIFT, writeCreditCsv } from "../../scripts/demo-data";
import { startHarness, type Harness } from "../../emulator/harness";

let h: Harness;
const dir = mkdtempSync(join(tmpdir(), "governance-"));
const reference = join(dir, "reference.csv");
const current = join(dir, "current.csv");

beforeAll(async () => {
  h = await startHarness();
  writeCreditCsv(reference, 600, 1, NO_SHIFT);
  writeCreditCsv(current, 600, 2, MARKET_SHIFT);
});
afterAll(async () => {
  await h?.stop();
});

describe("explore", () => {
  it("posts", async () => {
    const result = await h.runAction("check-drift", { inputs: { reference, current, "report-path": join(dir, "r.json") }, pullRequest: 7 });
    console.log(result.log, result.warnings, result.errors);
    console.log(h.github.commentsOn(h.github.repository, 7).map((c) => c.body).join("\n=====\n"));
    console.log(JSON.stringify(h.github.checkRuns, null, 1).slice(0, 2000));
  });
});
