// How long a bundled step takes to start, against bare `node` in the same run: each bundle is run with
// an input that fails validation, so it loads, parses its inputs and exits without reaching Azure.
// Runs are paired (bare node, then each bundle, round after round) so that load on the machine hits every
// candidate alike; prints the median wall time of each and its ratio to bare node.
// One more candidate is the train task built without trimming azure-pipelines-task-lib (scripts/bundle-options.mjs),
// the baseline of that trim.
// Run: npx tsx bench/startup.ts [rounds]   (after `npm run build`; task bundles after `npm run build -- --tasks`)
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import type { BuildOptions, Plugin } from "esbuild";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { STEP_IDS, TASK_NAMES } from "../shared/core/steps";

const root = join(__dirname, "..");
const rounds = Number(process.argv[2] ?? 15);
const dir = mkdtempSync(join(tmpdir(), "startup-"));
const empty = join(dir, "empty.mjs");
writeFileSync(empty, "export {};\n");
for (const file of ["out", "summary"]) writeFileSync(join(dir, file), "");
const base = { PATH: process.env.PATH ?? "" };
const githubEnv = { ...base, GITHUB_OUTPUT: join(dir, "out"), GITHUB_STEP_SUMMARY: join(dir, "summary"), "INPUT_DRY-RUN": "maybe" };
const agentEnv = { ...base, AGENT_TEMPDIRECTORY: dir, INPUT_DRYRUN: "maybe" };

interface Candidate {
  name: string;
  args: string[];
  env: Record<string, string>;
  times: number[];
}

const candidates: Candidate[] = [{ name: "bare node (empty ES module)", args: [empty], env: base, times: [] }];
for (const step of STEP_IDS) candidates.push({ name: `action ${step}`, args: [join(root, "dist", `${step}.mjs`)], env: githubEnv, times: [] });
candidates.push({ name: "amlops train (terminal)", args: [join(root, "dist", "cli.mjs"), "train", "--dry-run", "maybe"], env: base, times: [] });
for (const step of STEP_IDS) {
  const script = join(root, "tasks", TASK_NAMES[step], "dist", "main.mjs");
  if (existsSync(script)) candidates.push({ name: `task ${TASK_NAMES[step]}`, args: [script], env: agentEnv, times: [] });
}

/** The train task bundled as the build does, but with azure-pipelines-task-lib whole. */
async function untrimmedTrainTask(): Promise<string> {
  const { build } = await import("esbuild");
  const { bundleOptions, trimTaskLib } = (await import(join(root, "scripts/bundle-options.mjs"))) as { bundleOptions: BuildOptions; trimTaskLib: Plugin };
  const outdir = join(dir, "untrimmed");
  await build({ ...bundleOptions, plugins: bundleOptions.plugins?.filter((plugin) => plugin !== trimTaskLib), entryPoints: { main: `tasks/${TASK_NAMES.train}/main.ts` }, outdir });
  copyFileSync(join(root, "node_modules/azure-pipelines-task-lib/lib.json"), join(outdir, "lib.json"));
  return join(outdir, "main.mjs");
}

function measure(): void {
  for (let round = 0; round < rounds; round++) {
    for (const candidate of candidates) {
      const started = process.hrtime.bigint();
      const run = spawnSync(process.execPath, candidate.args, { env: candidate.env, cwd: dir, stdio: "ignore" });
      candidate.times.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (candidate !== candidates[0] && run.status !== 1) throw new Error(`${candidate.name} exited ${run.status}; expected 1 (a refused input)`);
    }
  }
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

function report(): void {
  const bare = median(candidates[0].times);
  console.log(`node ${process.version}, ${rounds} paired rounds`);
  for (const candidate of candidates) {
    const time = median(candidate.times);
    console.log(`${candidate.name.padEnd(36)} ${time.toFixed(0).padStart(5)} ms  ${(time / bare).toFixed(2)}× bare node`);
  }
}

async function main(): Promise<void> {
  if (candidates.some((candidate) => candidate.name === `task ${TASK_NAMES.train}`)) {
    candidates.push({ name: `task ${TASK_NAMES.train}, task-lib whole`, args: [await untrimmedTrainTask()], env: agentEnv, times: [] });
  }
  measure();
  report();
}

void main();
