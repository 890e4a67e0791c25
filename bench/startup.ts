// How long a bundled step takes to start, against bare `node` in the same run: each bundle is run with
// an input that fails validation, so it loads, parses its inputs and exits without reaching Azure.
// Prints the median wall time of each and the ratio. Run: npx tsx bench/startup.ts [runs]
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..");
const runs = Number(process.argv[2] ?? 15);
const dir = mkdtempSync(join(tmpdir(), "startup-"));
const empty = join(dir, "empty.mjs");
writeFileSync(empty, "export {};\n");
for (const file of ["out", "summary"]) writeFileSync(join(dir, file), "");
const env = { PATH: process.env.PATH, GITHUB_OUTPUT: join(dir, "out"), GITHUB_STEP_SUMMARY: join(dir, "summary"), "INPUT_DRY-RUN": "maybe" };

function median(script: string): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, [script], { env, stdio: "ignore" });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const bare = median(empty);
console.log(`bare node (empty ES module): ${bare.toFixed(0)} ms`);
for (const step of ["train", "evaluate-gate", "register", "deploy-canary", "check-drift"]) {
  const time = median(join(root, "dist", `${step}.mjs`));
  console.log(`${step.padEnd(14)} ${time.toFixed(0)} ms  ${(time / bare).toFixed(2)}× bare node`);
}
