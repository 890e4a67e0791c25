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
};
