import js from "@eslint/js";
import tseslint from "typescript-eslint";

const SERVICE_FOLDERS = ["azure", "jobs", "drift", "governance", "rollout", "gate", "registry"];
const HOST_LIBRARIES = { group: ["@actions/*", "azure-pipelines-task-lib", "azure-pipelines-task-lib/*"], message: "Only shared/host/ may import a host library." };
const STEP_LAYERS = {
  regex: "^(\\.\\./)+(host|steps|inputs)(/|$)",
  message: "A service takes a Log, settings and an AbortSignal; it never imports shared/host, shared/steps or shared/inputs.",
};

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
    files: ["shared/steps/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [HOST_LIBRARIES] }],
    },
  },
  // Services import only shared/core and each other: never the host, the steps or the input declarations.
  {
    files: SERVICE_FOLDERS.map((folder) => `shared/${folder}/**/*.ts`),
    rules: {
      "no-restricted-imports": ["error", { patterns: [HOST_LIBRARIES, STEP_LAYERS] }],
    },
  },
  // The ground floor imports nothing of the project above it.
  {
    files: ["shared/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [HOST_LIBRARIES, STEP_LAYERS, { regex: `^\\.\\./(${SERVICE_FOLDERS.join("|")})(/|$)`, message: "shared/core is the ground floor: it imports no service." }] }],
    },
  },
);
