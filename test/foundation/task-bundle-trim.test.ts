import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { STEP_IDS, TASK_NAMES } from "../../shared/core/steps";

// build/bundle-meta/ is written by the build (`npm test` builds first).
const root = join(__dirname, "../..");
const bundled = (task: string) => (JSON.parse(readFileSync(join(root, "build/bundle-meta", `${task}.json`), "utf8")) as { inputs: string[] }).inputs;
const shim = (name: string) => createRequire(__filename)(join(root, "scripts/shims", name));
const LEFT_OUT = /node_modules\/(azure-pipelines-task-lib\/(toolrunner|externaloutput)\.js|minimatch\/|q\/)/;

describe("task bundles trimmed of task-lib parts the tasks never call", () => {
  it.each(STEP_IDS.map((step) => TASK_NAMES[step]))("%s holds task-lib without its tool runner, file matching and external output", (task) => {
    const inputs = bundled(task);
    expect(inputs).toContain("node_modules/azure-pipelines-task-lib/task.js");
    expect(inputs.filter((input) => LEFT_OUT.test(input))).toEqual([]);
  });

  it("a left-out part fails with a message naming where it was left out", () => {
    const leftOut = shim("task-lib-left-out.cjs");
    expect(() => new leftOut.ToolRunner("git")).toThrow("This part of azure-pipelines-task-lib is left out of the amlops bundles (scripts/build.mjs).");
    expect(() => leftOut.match(["a"], "*")).toThrow(/left out/);
  });

  it("child_process, loaded on first use, is the real module", () => {
    const lazy = shim("lazy-child-process.cjs");
    expect(lazy.execFileSync).toBe(execFileSync);
  });
});
