// Bundles every action into dist/ (committed) and, with --tasks, every task into tasks/<Task>/dist/.
import { build, transform } from "esbuild";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bundleOptions as common, driftReadWorker, root } from "./bundle-options.mjs";
import { writeNotices } from "./notices.mjs";

/** The step catalog (shared/core/steps.ts), read as the code does. */
async function loadCatalog() {
  const { code } = await transform(readFileSync(join(root, "shared/core/steps.ts"), "utf8"), { loader: "ts", format: "esm" });
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)).STEP_CATALOG;
}
const catalog = await loadCatalog();
const steps = catalog.map((step) => step.id);
const tasks = Object.fromEntries(catalog.map((step) => [step.id, step.task]));

async function buildActions() {
  rmSync(join(root, "dist"), { recursive: true, force: true });
  const entryPoints = Object.fromEntries(steps.map((step) => [step, `actions/${step}/main.ts`]));
  entryPoints.umbrella = "actions/umbrella.ts";
  Object.assign(entryPoints, driftReadWorker);
  // `npx amlops <step>`: the same steps on a terminal (package.json "bin").
  entryPoints.cli = "bin/amlops.ts";
  const result = await build({ ...common, entryPoints, outdir: "dist", metafile: true });
  writeMeta("actions", result.metafile);
  writeNotices(root, result.metafile, join(root, "dist/THIRD-PARTY-NOTICES.md"));
}

async function buildTasks() {
  for (const step of steps) {
    const folder = join("tasks", tasks[step]);
    rmSync(join(root, folder, "dist"), { recursive: true, force: true });
    const entryPoints = { main: `${folder}/main.ts`, ...(step === "check-drift" ? driftReadWorker : {}) };
    const result = await build({ ...common, entryPoints, outdir: `${folder}/dist`, metafile: true });
    writeMeta(tasks[step], result.metafile);
    writeNotices(root, result.metafile, join(root, folder, "dist/THIRD-PARTY-NOTICES.md"));
    // The task library reads its message catalogue from beside the running script.
    cpSync(join(root, "node_modules/azure-pipelines-task-lib/lib.json"), join(root, folder, "dist/lib.json"));
    cpSync(join(root, "node_modules/azure-pipelines-task-lib/Strings"), join(root, folder, "dist/Strings"), { recursive: true });
  }
}

/** What each bundle holds, for the tests that check it (build/bundle-meta/<bundle>.json, not committed). */
function writeMeta(name, metafile) {
  const folder = join(root, "build/bundle-meta");
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${name}.json`), JSON.stringify({ inputs: Object.keys(metafile.inputs) }));
}

const args = new Set(process.argv.slice(2));
if (!args.has("--tasks-only")) await buildActions();
if (args.has("--tasks") || args.has("--tasks-only")) await buildTasks();
