// Bundles every action into dist/ (committed) and, with --tasks, every task into tasks/<Task>/dist/.
import { build, transform } from "esbuild";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeNotices } from "./notices.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The step catalog (shared/core/steps.ts), read as the code does. */
async function loadCatalog() {
  const { code } = await transform(readFileSync(join(root, "shared/core/steps.ts"), "utf8"), { loader: "ts", format: "esm" });
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)).STEP_CATALOG;
}
const catalog = await loadCatalog();
const steps = catalog.map((step) => step.id);
const tasks = Object.fromEntries(catalog.map((step) => [step.id, step.task]));

// ESM output: some SDK dependencies call createRequire(import.meta.url), which a CommonJS bundle breaks.
const banner = {
  js: [
    "import { createRequire as __amlopsCreateRequire } from 'node:module';",
    "import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';",
    "import { dirname as __amlopsDirname } from 'node:path';",
    "const require = __amlopsCreateRequire(import.meta.url);",
    "const __amlops_filename = __amlopsFileURLToPath(import.meta.url);",
    "const __amlops_dirname = __amlopsDirname(__amlops_filename);",
  ].join("\n"),
};

// check-drift parses each dataset on a worker thread; the worker entry sits beside the step's bundle.
const driftReadWorker = { "drift-read-worker": "shared/drift/readers/worker/read-worker.ts" };

/**
 * @actions/core imports @actions/http-client (and undici, ~0.8 MB) for its OIDC client only: core's import
 * gets a stand-in that loads the real client on the first token request (bench/startup.ts measures the gain).
 */
const lazyHttpClientForCore = {
  name: "lazy-http-client-for-core",
  setup(build) {
    build.onResolve({ filter: /^@actions\/http-client$/ }, (args) =>
      /[\\/]node_modules[\\/]@actions[\\/]core[\\/]/.test(args.importer) ? { path: join(root, "scripts/shims/lazy-http-client.mjs") } : undefined,
    );
  },
};

const common = {
  plugins: [lazyHttpClientForCore],
  bundle: true,
  platform: "node",
  // Prefer packages' ES module builds: their named exports survive dynamic import().
  mainFields: ["module", "main"],
  target: "node20",
  format: "esm",
  splitting: true,
  outExtension: { ".js": ".mjs" },
  chunkNames: "chunks/[name]-[hash]",
  banner,
  // CommonJS code in the bundle reads __dirname/__filename; ES modules in it may declare their own.
  define: { __dirname: "__amlops_dirname", __filename: "__amlops_filename" },
  legalComments: "none",
  logLevel: "warning",
  sourcemap: false,
  minifySyntax: true,
  absWorkingDir: root,
};

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
