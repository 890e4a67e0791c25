import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MARKET_SHIFT, NO_SHIFT, writeCreditCsv } from "../../scripts/demo-data";
import { startHarness, type Harness } from "../../emulator/harness";

// The combined action (`uses: amlops/amlops@v0` with `step:`) must behave as the step's own action: every
// input a step does not get keeps that step's own default, whatever another step declares for the name.
let h: Harness;
const dir = mkdtempSync(join(tmpdir(), "umbrella-"));

beforeAll(async () => {
  h = await startHarness();
  writeCreditCsv(join(dir, "reference.csv"), 800, 1, NO_SHIFT);
  writeCreditCsv(join(dir, "current.csv"), 800, 2, MARKET_SHIFT);
});
afterAll(async () => {
  await h?.stop();
});

describe("the combined action", () => {
  it("runs check-drift with check-drift's own threshold and defaults", async () => {
    const reportPath = join(dir, "report.json");
    const result = await h.runAction("umbrella", {
      inputs: { step: "check-drift", reference: join(dir, "reference.csv"), current: join(dir, "current.csv"), "report-path": reportPath },
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.drifted).toBe("true");
    const report = JSON.parse(readFileSync(reportPath, "utf8")) as { features: { test: string; threshold: number }[] };
    // Evidently's default: KS with p-value threshold 0.05 for numerical features at this size.
    expect(report.features.find((feature) => feature.test === "ks")?.threshold).toBe(0.05);
  });

  it("runs train with train's own defaults (a dry run of the example job)", async () => {
    const result = await h.runAction("umbrella", {
      cwd: join(__dirname, "fixtures/iris"),
      inputs: { step: "train", "job-file": "job.yml", "dry-run": "true" },
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.status).toBe("DryRun");
  });
});
