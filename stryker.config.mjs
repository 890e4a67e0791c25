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
    "shared/jobs/command-job.ts",
    "shared/jobs/command-parts.ts",
    "shared/jobs/pipeline-job.ts",
    "shared/jobs/job-io.ts",
    "shared/jobs/job-file.ts",
    "shared/jobs/job-name.ts",
    "shared/jobs/job-request.ts",
    "shared/jobs/spec-fields.ts",
    "shared/jobs/resolver.ts",
    // Built elsewhere at the same time; mutated when they exist.
    "shared/gate/**/*.ts",
    "shared/rollout/**/*.ts",
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
