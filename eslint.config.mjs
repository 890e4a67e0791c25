import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "build/", "coverage/", ".stryker-tmp/", "reports/", "tasks/*/dist/", "**/*.mjs", "**/*.cjs", "test/fixtures/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: { globals: { process: "readonly", console: "readonly", Buffer: "readonly", setTimeout: "readonly", clearTimeout: "readonly", URL: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": ["error", {
        paths: [],
        patterns: [],
      }],
    },
  },
  {
    files: ["shared/steps/**/*.ts", "shared/azure/**/*.ts", "shared/drift/**/*.ts", "shared/train/**/*.ts", "shared/governance/**/*.ts", "shared/rollout/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["@actions/*", "azure-pipelines-task-lib", "azure-pipelines-task-lib/*"], message: "Only shared/host/ may import a host library." },
      ] }],
    },
  },
);
