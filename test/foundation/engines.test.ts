import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { STEP_IDS, TASK_NAMES } from "../../shared/core/steps";

// The bundles run on the Node versions their manifests declare: every package inside a bundle must accept
// that Node. build/bundle-meta/ is written by the build (`npm test` builds first).
const root = join(__dirname, "../..");
const meta = (bundle: string) => join(root, "build/bundle-meta", `${bundle}.json`);

/** The packages a bundle holds, with the Node range each declares. */
function bundledEngines(bundle: string): Map<string, string | undefined> {
  const { inputs } = JSON.parse(readFileSync(meta(bundle), "utf8")) as { inputs: string[] };
  const packages = new Map<string, string | undefined>();
  for (const input of inputs) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (!match || packages.has(match[1])) continue;
    const manifest = JSON.parse(readFileSync(join(root, match[1], "package.json"), "utf8")) as { engines?: { node?: string } };
    packages.set(match[1], manifest.engines?.node);
  }
  return packages;
}

/** The lowest major a simple range (`>=22`, `>= 20.0.0`, `^18.17 || >=20`) asks for; undefined when it asks none. */
function lowestMajor(range: string | undefined): number | undefined {
  if (!range) return undefined;
  const majors = range.split("||").map((part) => Number(/(\d+)/.exec(part)?.[1] ?? 0));
  return Math.min(...majors);
}

function packagesAbove(bundle: string, major: number): string[] {
  return [...bundledEngines(bundle)].filter(([, range]) => (lowestMajor(range) ?? 0) > major).map(([name, range]) => `${name} (${range})`);
}

describe("Node versions the bundles run on", () => {
  it.each(STEP_IDS)("the %s task holds no package that needs more than the oldest Node handler it declares", (step) => {
    const task = JSON.parse(readFileSync(join(root, "tasks", TASK_NAMES[step], "task.json"), "utf8")) as { execution: Record<string, unknown> };
    const majors = Object.keys(task.execution).map((handler) => Number(/^Node(\d+)/.exec(handler)?.[1]));
    expect(majors.every(Number.isFinite)).toBe(true);
    expect(existsSync(meta(TASK_NAMES[step]))).toBe(true);
    expect(packagesAbove(TASK_NAMES[step], Math.min(...majors))).toEqual([]);
  });

  it("the actions hold no package that needs more than the Node their action.yml runs on", () => {
    const using = STEP_IDS.map((step) => (parse(readFileSync(join(root, "actions", step, "action.yml"), "utf8")) as { runs: { using: string } }).runs.using);
    const major = Math.min(...using.map((runtime) => Number(/^node(\d+)$/.exec(runtime)?.[1])));
    expect(packagesAbove("actions", major)).toEqual([]);
  });

  it("the contract tests run the task bundles on Node 20, the oldest handler (Node20_1) the tasks declare", () => {
    // The harness starts every bundle with this process's Node; a machine with a newer Node would leave
    // the Node20_1 handler untested.
    expect(Number(process.versions.node.split(".")[0])).toBe(20);
  });
});
