import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { checkYamlSize, parseBoundedYaml } from "../core/bounded-yaml";
import { ConfigurationError, errorMessage } from "../core/errors";
import { fieldPath, isMapping, type Mapping } from "./spec-fields";

export const JOB_TYPES = ["command", "pipeline", "sweep", "automl", "spark", "finetuning"] as const;
export type JobType = (typeof JOB_TYPES)[number];

export interface JobFile {
  /** Absolute path of the YAML file. */
  path: string;
  /** Directory that relative paths in the file (code, conda_file, local inputs) are resolved from. */
  dir: string;
  type: JobType;
  spec: Mapping;
}

/** The job type as the CLI decides it: `type`, else `command`. */
export function jobTypeOf(spec: Mapping, source: string): JobType {
  const type = spec.type ?? "command";
  if (typeof type !== "string" || !(JOB_TYPES as readonly string[]).includes(type)) {
    throw new ConfigurationError(`${source}: job type ${JSON.stringify(type)} is not supported; accepted types: ${JOB_TYPES.join(", ")}.`);
  }
  return type as JobType;
}

export async function parseYamlFile(filePath: string): Promise<unknown> {
  let text: string;
  try {
    checkYamlSize((await stat(filePath)).size, filePath);
    text = await readFile(filePath, "utf8");
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`Cannot read the job file ${filePath}: ${errorMessage(error)}`);
  }
  return parseBoundedYaml(text, filePath);
}

export async function loadJobFile(filePath: string): Promise<JobFile> {
  const absolute = path.resolve(filePath);
  const spec = await parseYamlFile(absolute);
  if (spec === null || spec === undefined) {
    throw new ConfigurationError(`${absolute}: the job file holds no YAML content (only comments or blank lines); it must be a mapping with keys such as type, command, environment, compute.`);
  }
  if (!isMapping(spec)) {
    throw new ConfigurationError(`${absolute}: a job file must be a YAML mapping (keys such as command, environment, compute), not ${Array.isArray(spec) ? "a list" : typeof spec}.`);
  }
  return { path: absolute, dir: path.dirname(absolute), type: jobTypeOf(spec, absolute), spec };
}

function parseOverrideValue(raw: string): unknown {
  if (raw === "") return "";
  try {
    const value: unknown = parse(raw);
    return value === null || typeof value !== "object" ? value : raw;
  } catch {
    return raw;
  }
}

function cloneMapping(spec: Mapping): Mapping {
  return structuredClone(spec);
}

/** Keys that would reach an object's prototype instead of a job field. */
export const REFUSED_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

function setPath(spec: Mapping, keyPath: string, value: unknown, line: string): void {
  const keys = keyPath.split(".");
  if (keys.some((key) => key.trim() === "")) {
    throw new ConfigurationError(`set: ${JSON.stringify(line)} has an empty key; write key.path=value, e.g. inputs.learning_rate=0.01.`);
  }
  const refused = keys.find((key) => REFUSED_KEYS.has(key.trim()));
  if (refused) throw new ConfigurationError(`set: ${JSON.stringify(line)} uses the key ${JSON.stringify(refused)}, which is not a job field.`);
  let node = spec;
  let walked = "";
  for (const key of keys.slice(0, -1)) {
    walked = fieldPath(walked, key);
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (next === undefined || next === null) {
      node[key] = {};
    } else if (!isMapping(next)) {
      throw new ConfigurationError(`set: cannot set ${keyPath} because ${walked} is not a mapping.`);
    }
    node = node[key] as Mapping;
  }
  node[keys[keys.length - 1]] = value;
}

/** `key.path=value` lines as `az ml job create --set` takes them; values are YAML scalars. Returns a new spec. */
export function applySetOverrides(spec: Mapping, lines: readonly string[]): Mapping {
  const result = cloneMapping(spec);
  for (const line of lines) {
    if (line.trim() === "") continue;
    const equals = line.indexOf("=");
    if (equals <= 0) throw new ConfigurationError(`set: ${JSON.stringify(line)} is not key.path=value (e.g. compute=azureml:gpu-cluster).`);
    setPath(result, line.slice(0, equals).trim(), parseOverrideValue(line.slice(equals + 1).trim()), line);
  }
  return result;
}

export interface NamedOverrides {
  experimentName?: string;
  compute?: string;
  displayName?: string;
  /** Added to the file's tags; same keys replace the file's values. */
  tags?: Record<string, string>;
}

/** The step's own inputs (experiment-name, compute, display-name, tags) applied over the file. Returns a new spec. */
export function applyNamedOverrides(spec: Mapping, overrides: NamedOverrides): Mapping {
  const result = cloneMapping(spec);
  if (overrides.experimentName) result.experiment_name = overrides.experimentName;
  if (overrides.compute) result.compute = overrides.compute;
  if (overrides.displayName) result.display_name = overrides.displayName;
  if (overrides.tags && Object.keys(overrides.tags).length > 0) {
    const existing = result.tags;
    if (existing !== undefined && existing !== null && !isMapping(existing)) throw new ConfigurationError("tags: expected a mapping in the job file.");
    result.tags = { ...(existing ?? {}), ...overrides.tags };
  }
  return result;
}
