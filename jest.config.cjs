/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test", "<rootDir>/shared"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.[cm]?[tj]s$": ["ts-jest", { tsconfig: { module: "CommonJS", moduleResolution: "Node10", allowJs: true, isolatedModules: true, esModuleInterop: true }, diagnostics: false }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(hyparquet|hyparquet-compressors)/)"],
  testTimeout: 60000,
  // Contract tests mostly wait on child processes and the emulator: two workers keep a 2-core machine busy.
  maxWorkers: 2,
};
