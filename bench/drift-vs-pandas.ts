// check-drift against pandas + scipy on the same data, side by side in one run:
// 1,000,000 + 1,000,000 rows × 9 mixed columns of CSV (about 110 MB). Prints wall time and peak memory of
// each (the operating system's accounting of the whole process, via /usr/bin/time), their ratios, and
// whether the figures agree. CPU time (user + system) is printed too: on a machine shared with other
// work, wall time mostly measures the wait for a core. Run: npx tsx bench/drift-vs-pandas.ts [rows]
import { execFileSync, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";

const root = join(__dirname, "..");
const rows = Number(process.argv[2] ?? 1_000_000);
const python = ["/usr/bin/python3", "python3"].find((candidate) => spawnSync(candidate, ["-c", "import pandas, scipy"]).status === 0);

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function writeData(path: string, seed: number, shift: number): Promise<void> {
  const next = random(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const out = createWriteStream(path);
  out.write("income,age,balance,tenure,score,rate,region,plan,channel\n");
  const regions = ["north", "south", "east", "west", "central"];
  const plans = ["basic", "plus", "premium"];
  for (let i = 0; i < rows; i++) {
    const line = [
      (52_000 + 18_000 * gauss() + shift * 4_000).toFixed(2),
      Math.round(40 + 12 * gauss() + shift * 3),
      (2_500 * Math.exp(gauss())).toFixed(2),
      Math.floor(next() * 120),
      (0.5 + 0.15 * gauss()).toFixed(6),
      i % 97 === 0 ? "nan" : (3 + gauss()).toFixed(3),
      regions[Math.min(4, Math.floor(next() * (5 + shift)))] ,
      plans[Math.floor(next() * 3)],
      next() < 0.5 + shift * 0.1 ? "web" : "store",
    ].join(",");
    if (!out.write(`${line}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

interface Measured {
  seconds: number;
  cpuSeconds: number;
  peakMiB: number;
  stdout: string;
}

function measure(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Measured {
  const timing = join(mkdtempSync(join(tmpdir(), "bench-")), "time.txt");
  const stdout = execFileSync("/usr/bin/time", ["-f", "%e %U %S %M", "-o", timing, command, ...args], { env, maxBuffer: 64 << 20 }).toString();
  const [seconds, user, system, kib] = readFileSync(timing, "utf8").trim().split(/\s+/).map(Number);
  return { seconds, cpuSeconds: user + system, peakMiB: kib / 1024, stdout };
}

async function main(): Promise<void> {
  if (!existsSync("/usr/bin/time")) throw new Error("needs /usr/bin/time (Debian package 'time')");
  const dir = mkdtempSync(join(tmpdir(), "drift-bench-"));
  const reference = join(dir, "reference.csv");
  const current = join(dir, "current.csv");
  await writeData(reference, 1, 0);
  await writeData(current, 2, 1);
  const megabytes = (statSync(reference).size + statSync(current).size) / 1e6;
  console.log(`data: ${rows} + ${rows} rows × 9 columns, ${megabytes.toFixed(0)} MB of CSV`);

  const report = join(dir, "report.json");
  for (const file of ["out", "summary.md"]) writeFileSync(join(dir, file), "");
  const env = { PATH: process.env.PATH, "INPUT_REFERENCE": reference, "INPUT_CURRENT": current, "INPUT_REPORT-PATH": report, RUNNER_TEMP: dir, GITHUB_OUTPUT: join(dir, "out"), GITHUB_STEP_SUMMARY: join(dir, "summary.md") };
  const ours = measure(process.execPath, [join(root, "dist/check-drift.mjs")], env);
  console.log(`check-drift (bundled action):  ${ours.seconds.toFixed(2)} s (CPU ${ours.cpuSeconds.toFixed(2)} s), peak ${ours.peakMiB.toFixed(0)} MiB`);
  if (!python) {
    console.log("pandas + scipy: not installed here (apt-get install python3-pandas python3-scipy); no baseline to compare.");
    return;
  }
  const baseline = measure(python, [join(__dirname, "drift_baseline.py"), reference, current]);
  console.log(`pandas + scipy (baseline):     ${baseline.seconds.toFixed(2)} s (CPU ${baseline.cpuSeconds.toFixed(2)} s), peak ${baseline.peakMiB.toFixed(0)} MiB`);
  console.log(
    `speed-up ${(baseline.seconds / ours.seconds).toFixed(2)}× wall, ${(baseline.cpuSeconds / ours.cpuSeconds).toFixed(2)}× CPU; ` +
      `memory ${(ours.peakMiB / baseline.peakMiB).toFixed(2)} of the baseline's; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`,
  );

  const expected = JSON.parse(baseline.stdout) as Record<string, { test: string; score: number }>;
  const features = (JSON.parse(readFileSync(report, "utf8")) as { features: { name: string; test: string; score: number }[] }).features;
  let worst = 0;
  for (const feature of features) {
    const want = expected[feature.name];
    if (!want || want.test !== feature.test) throw new Error(`${feature.name}: ${feature.test} here, ${want?.test} in the baseline`);
    worst = Math.max(worst, Math.abs(feature.score - want.score) / Math.max(1e-12, Math.abs(want.score)));
  }
  console.log(`figures: ${features.length} features, same tests, largest relative difference ${worst.toExponential(2)}`);
}

void main();
