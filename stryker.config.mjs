// Mutation testing of the pure logic: `npm run mutate` (slow; not part of `npm test`).
// One module: `npm run mutate -- --mutate shared/drift/stats/wasserstein.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "jest",
  jest: { configFile: "jest.mutate.config.cjs", enableFindRelatedTests: true },
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.json",
  coverageAnalysis: "perTest",
  mutate: [
    "shared/drift/stats/**/*.ts",
    "shared/drift/compare.ts",
    "shared/drift/column.ts",
    "shared/drift/table.ts",
    // Job YAML conversion; not the parts that read files or talk to Azure.
    "shared/jobs/*.ts",
    "!shared/jobs/snapshot.ts",
    "!shared/jobs/resolvers.ts",
    "!shared/jobs/contained-resolver.ts",
    "!shared/jobs/workspace-assets.ts",
    "!shared/jobs/submit-job.ts",
    // The gate's rule grammar and decision, and traffic planning.
    "shared/gate/**/*.ts",
    "shared/rollout/plan.ts",
    "shared/rollout/traffic.ts",
    "shared/rollout/analysis.ts",
    "shared/rollout/names.ts",
    "!**/index.ts",
  ],
  ignorePatterns: ["dist", "tasks/*/dist", "reports", ".stryker-tmp", "emulator/azureml-spec", "node_modules"],
  reporters: ["clear-text", "progress", "json", "html"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  concurrency: 2,
  timeoutMS: 5000,
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
