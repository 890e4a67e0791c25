// The esbuild options of every bundle (scripts/build.mjs), shared with bench/startup.ts.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");

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
export const driftReadWorker = { "drift-read-worker": "shared/drift/readers/worker/read-worker.ts" };

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

/**
 * azure-pipelines-task-lib requires at load what the tasks never call: its tool runner (and q), file matching
 * (minimatch) and external output streams are left out, child_process loads on first use.
 */
export const trimTaskLib = {
  name: "trim-task-lib",
  setup(build) {
    const fromTaskLib = (args) => /[\\/]node_modules[\\/]azure-pipelines-task-lib[\\/]/.test(args.importer);
    build.onResolve({ filter: /^(\.\/toolrunner|\.\/externaloutput|minimatch)$/ }, (args) =>
      fromTaskLib(args) ? { path: join(root, "scripts/shims/task-lib-left-out.cjs") } : undefined,
    );
    build.onResolve({ filter: /^child_process$/ }, (args) => (fromTaskLib(args) ? { path: join(root, "scripts/shims/lazy-child-process.cjs") } : undefined));
  },
};

/** What every bundle is built with; `plugins` in this order. */
export const bundleOptions = {
  plugins: [lazyHttpClientForCore, trimTaskLib],
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
