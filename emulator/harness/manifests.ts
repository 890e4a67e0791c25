import fs from "node:fs";
import YAML from "yaml";

/** Defaults an `action.yml` declares for its inputs (expressions left as written). */
export function readActionInputDefaults(manifestPath: string): Map<string, string | undefined> {
  const manifest = YAML.parse(fs.readFileSync(manifestPath, "utf8")) as { inputs?: Record<string, { default?: unknown } | null> };
  const inputs = new Map<string, string | undefined>();
  for (const [name, spec] of Object.entries(manifest.inputs ?? {})) {
    inputs.set(name, spec?.default === undefined || spec.default === null ? undefined : String(spec.default));
  }
  return inputs;
}

export interface TaskManifest {
  /** Input name → default value. */
  inputs: Map<string, string | undefined>;
  /** The Node handler's target script, relative to the task folder. */
  target?: string;
}

export function readTaskManifest(manifestPath: string): TaskManifest {
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as {
    inputs?: { name: string; defaultValue?: unknown }[];
    execution?: Record<string, { target?: string }>;
  };
  const inputs = new Map<string, string | undefined>();
  for (const input of manifest.inputs ?? []) {
    inputs.set(input.name, input.defaultValue === undefined || input.defaultValue === "" ? undefined : String(input.defaultValue));
  }
  const handler = manifest.execution?.Node24 ?? manifest.execution?.Node20_1 ?? Object.values(manifest.execution ?? {})[0];
  return { inputs, target: handler?.target };
}

/** Evaluates the `${{ github.* }}` expressions an input default may hold; other expressions become empty, as unknown context does. */
export function evaluateDefault(value: string, github: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    const match = /^github\.([A-Za-z_]+)$/.exec(expression);
    return match ? (github[match[1]] ?? "") : "";
  });
}
