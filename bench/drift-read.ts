/**
 * Drift data reader benchmark: 1,000,000 rows × 9 mixed columns of CSV (6 numerical with some
 * NaN/empty cells, 3 categorical with quoted cells), read with `readTable`, against the I/O floor
 * of a plain `fs.createReadStream` pass over the same bytes measured in the same run.
 *
 * With --jsonl, the same rows as JSON Lines are read too.
 *
 *   npx tsx bench/drift-read.ts [rows] [--jsonl]
 */
import { fork } from "node:child_process";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync, type WriteStream } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readTable, type Table } from "../shared/drift/readers";

interface Run {
  floor: Timing;
  read: Timing;
}

const CITIES = Array.from({ length: 40 }, (_, i) => `city_${i}`);
const SEGMENTS = ["consumer", "small business", '"premium, gold"', "enterprise", "public"];

/** Writes the rows as CSV to `file`, and as JSON Lines to `jsonlFile` when given. */
async function generate(file: string, rows: number, jsonlFile?: string): Promise<void> {
  let state = 12345;
  const random = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const csv = createWriteStream(file);
  const jsonl = jsonlFile ? createWriteStream(jsonlFile) : undefined;
  csv.write("age,income,score,ratio,visits,temperature,city,segment,active\n");
  let csvBlock = "";
  let jsonBlock = "";
  for (let r = 0; r < rows; r++) {
    const age = 18 + Math.floor(random() * 70);
    const income = (random() * 150000).toFixed(2);
    const score = random() * 10;
    const ratio = random() < 0.01 ? "nan" : (random() * 2).toFixed(4);
    const visits = random() < 0.02 ? "" : String(Math.floor(random() * 500));
    const temperature = random() < 0.005 ? "NaN" : ((random() - 0.3) * 60).toFixed(1);
    const city = CITIES[Math.floor(random() * CITIES.length)];
    const segment = SEGMENTS[Math.floor(random() * SEGMENTS.length)];
    const active = random() < 0.5;
    csvBlock += `${age},${income},${score},${ratio},${visits},${temperature},${city},${segment},${active}\n`;
    if (jsonl) {
      const number = (text: string): number | null => (text === "" || text.toLowerCase() === "nan" ? null : Number(text));
      jsonBlock += `${JSON.stringify({ age, income: Number(income), score, ratio: number(ratio), visits: number(visits), temperature: number(temperature), city, segment: segment.replaceAll('"', ""), active })}\n`;
    }
    if (csvBlock.length > 1 << 20) {
      await write(csv, csvBlock);
      csvBlock = "";
      if (jsonl) await write(jsonl, jsonBlock);
      jsonBlock = "";
    }
  }
  await Promise.all([close(csv, csvBlock), jsonl && close(jsonl, jsonBlock)]);
}

async function write(out: WriteStream, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
}

function close(out: WriteStream, text: string): Promise<void> {
  return new Promise<void>((resolve, reject) => out.end(text, (error?: Error | null) => (error ? reject(error) : resolve())));
}

interface Timing {
  wall: number;
  cpu: number;
}

async function timed(work: () => Promise<unknown>): Promise<Timing> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await work();
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000 };
}

async function ioFloor(file: string): Promise<void> {
  let bytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) bytes += (chunk as Buffer).length;
  if (bytes === 0) throw new Error("empty file");
}

/** Runs in a child process so its peak RSS counts only the reading: `runs` reads, each after an I/O floor pass. */
async function measure(file: string, runCount: number): Promise<void> {
  const baselineRss = process.memoryUsage().rss;
  const runs: Run[] = [];
  let summary = "";
  for (let run = 0; run < runCount; run++) {
    const floor = runCount > 1 ? await timed(() => ioFloor(file)) : { wall: 0, cpu: 0 };
    let table: Table | undefined;
    const read = await timed(async () => {
      table = await readTable(file);
    });
    runs.push({ floor, read });
    summary = [...table!.columns].map(([name, column]) => `${name}:${column.kind === "numerical" ? "num" : `cat(${column.dictionary.length})`} missing=${table!.missing.get(name)}`).join(", ");
    summary += `; rows held ${table!.rowCount}`;
    table = undefined;
  }
  const result: Measured = { runs, summary, baselineRss, peakRss: process.resourceUsage().maxRSS * 1024 };
  process.send?.(result);
}

interface Measured {
  runs: Run[];
  summary: string;
  baselineRss: number;
  peakRss: number;
}

function measureInChild(file: string, runs: number): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = fork(process.argv[1], ["--measure", file, String(runs)], { execArgv: process.execArgv });
    child.once("message", (message) => resolve(message as Measured));
    child.once("error", reject);
    child.once("exit", (code) => code !== 0 && reject(new Error(`measuring process exited with ${code}`)));
  });
}

async function main(): Promise<void> {
  if (process.argv[2] === "--measure") return measure(process.argv[3], Number(process.argv[4]));
  const rows = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 1_000_000);
  const withJsonl = process.argv.includes("--jsonl");
  const dir = mkdtempSync(path.join(tmpdir(), "drift-read-"));
  const file = path.join(dir, "data.csv");
  const jsonlFile = withJsonl ? path.join(dir, "data.jsonl") : undefined;
  try {
    await generate(file, rows, jsonlFile);
    await report("CSV", file, rows, 5);
    if (jsonlFile) await report("JSON Lines", jsonlFile, rows, 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function report(format: string, file: string, rows: number, runCount: number): Promise<void> {
  const mb = statSync(file).size / 1e6;
  const memory = await measureInChild(file, 1);
  const timing = await measureInChild(file, runCount);
  console.log(`${format}: ${rows} rows × 9 columns, ${mb.toFixed(1)} MB; ${timing.summary}`);
  for (const [i, run] of timing.runs.entries()) {
    console.log(
      `run ${i + 1}: readTable ${run.read.wall.toFixed(0)} ms wall / ${run.read.cpu.toFixed(0)} ms CPU ` +
        `(${(rows / run.read.wall / 1000).toFixed(2)} M rows/s, ${((mb / run.read.wall) * 1000).toFixed(0)} MB/s); ` +
        `createReadStream floor ${run.floor.wall.toFixed(0)} ms wall / ${run.floor.cpu.toFixed(0)} ms CPU`,
    );
  }
  const best = (pick: (run: Run) => number): number => Math.min(...timing.runs.map(pick));
  const readWall = best((run) => run.read.wall);
  const floorWall = best((run) => run.floor.wall);
  console.log(
    `best of ${timing.runs.length}: readTable ${readWall.toFixed(0)} ms wall (${(rows / readWall / 1000).toFixed(2)} M rows/s, ${((mb / readWall) * 1000).toFixed(0)} MB/s), ` +
      `I/O floor ${floorWall.toFixed(0)} ms, ratio ${(readWall / floorWall).toFixed(1)}×; CPU ${best((run) => run.read.cpu).toFixed(0)} ms vs floor ${best((run) => run.floor.cpu).toFixed(0)} ms`,
  );
  console.log(
    `one read in a fresh process: ${memory.runs[0].read.wall.toFixed(0)} ms wall / ${memory.runs[0].read.cpu.toFixed(0)} ms CPU; RSS ${(memory.baselineRss / 1e6).toFixed(0)} MB before, peak ${(memory.peakRss / 1e6).toFixed(0)} MB ` +
      `(+${((memory.peakRss - memory.baselineRss) / 1e6).toFixed(0)} MB; file ${mb.toFixed(0)} MB; the columns alone take 8 bytes per numerical and 4 per categorical cell)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
