// The unit tests of the logic Stryker mutates: no emulator, Azurite or bundles.
const base = require("./jest.config.cjs");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ["<rootDir>/test"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/jobs/snapshot.test.ts", "<rootDir>/test/jobs/workspace-assets.test.ts"],
  testMatch: ["<rootDir>/test/drift/stats/**/*.test.ts", "<rootDir>/test/drift/*.test.ts", "<rootDir>/test/jobs/**/*.test.ts", "<rootDir>/test/gate/**/*.test.ts", "<rootDir>/test/rollout/**/*.test.ts"],
};
