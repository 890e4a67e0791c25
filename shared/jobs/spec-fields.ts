import { ConfigurationError } from "../core/errors";

/** A YAML mapping as the `yaml` package parses it. */
export type Mapping = Record<string, unknown>;

export function isMapping(value: unknown): value is Mapping {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function fieldPath(parent: string, key: string): string {
  return parent ? `${parent}.${key}` : key;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (isMapping(value)) return "a mapping";
  return `${typeof value} ${JSON.stringify(value)}`;
}

export function expectMapping(value: unknown, path: string): Mapping {
  if (!isMapping(value)) throw new ConfigurationError(`${path}: expected a mapping, got ${describe(value)}.`);
  return value;
}

/** Every field of the mapping must be one this converter knows; nothing is dropped silently. */
export function rejectUnknownFields(mapping: Mapping, allowed: readonly string[], path: string): void {
  for (const key of Object.keys(mapping)) {
    if (!allowed.includes(key)) {
      throw new ConfigurationError(
        `${fieldPath(path, key)}: field not supported in this job file; supported here: ${allowed.filter((k) => !k.startsWith("$")).join(", ")}.`,
      );
    }
  }
}

export function optionalString(mapping: Mapping, key: string, path: string): string | undefined {
  const value = mapping[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new ConfigurationError(`${fieldPath(path, key)}: expected a string, got ${describe(value)}.`);
  return value;
}

export function requiredString(mapping: Mapping, key: string, path: string): string {
  const value = optionalString(mapping, key, path);
  if (value === undefined || value.trim() === "") throw new ConfigurationError(`${fieldPath(path, key)}: required, and must be a non-empty string.`);
  return value;
}

export function optionalInteger(mapping: Mapping, key: string, path: string, min = 0): number | undefined {
  const value = mapping[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
    throw new ConfigurationError(`${fieldPath(path, key)}: expected an integer ≥ ${min}, got ${describe(value)}.`);
  }
  return value;
}

export function optionalBoolean(mapping: Mapping, key: string, path: string): boolean | undefined {
  const value = mapping[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "boolean") throw new ConfigurationError(`${fieldPath(path, key)}: expected true or false, got ${describe(value)}.`);
  return value;
}

/** A scalar rendered the way the Azure ML CLI (Python `str()`) renders it. */
export function scalarText(value: unknown, path: string): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  throw new ConfigurationError(`${path}: expected a string, number or boolean, got ${describe(value)}.`);
}

/** `tags`, `properties`, `environment_variables`: a mapping of scalars, sent as strings. */
export function optionalStringMap(mapping: Mapping, key: string, path: string): Record<string, string> | undefined {
  const value = mapping[key];
  if (value === undefined || value === null) return undefined;
  const map = expectMapping(value, fieldPath(path, key));
  const result: Record<string, string> = {};
  for (const [name, item] of Object.entries(map)) {
    result[name] = item === null ? "" : scalarText(item, fieldPath(fieldPath(path, key), name));
  }
  return result;
}

export function optionalMapping(mapping: Mapping, key: string, path: string): Mapping | undefined {
  const value = mapping[key];
  if (value === undefined || value === null) return undefined;
  return expectMapping(value, fieldPath(path, key));
}

/** `file:./component.yml` and `file:component.yml` name a local file, as the CLI reads them. */
export function localFileReference(value: string): string {
  return value.startsWith("file:") ? value.slice("file:".length) : value;
}

const SNAKE_WORD = /_([a-z0-9])/g;

/** `primary_metric` → `primaryMetric`: YAML field names as the REST API spells them. */
export function camelKey(key: string): string {
  return key.replace(SNAKE_WORD, (_match, letter: string) => letter.toUpperCase());
}
