import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  checkYamlSize,
  parseBoundedYaml,
  require_dist
} from "./chunk-LVPRAOBK.mjs";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-44J6QWGP.mjs";
import {
  __toESM
} from "./chunk-HLUWT5ZR.mjs";

// shared/jobs/spec-fields.ts
function isMapping(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function fieldPath(parent, key) {
  return parent ? `${parent}.${key}` : key;
}
function describe(value) {
  return value == null ? "nothing" : Array.isArray(value) ? "a list" : isMapping(value) ? "a mapping" : `${typeof value} ${JSON.stringify(value)}`;
}
function expectMapping(value, path2) {
  if (!isMapping(value)) throw new ConfigurationError(`${path2}: expected a mapping, got ${describe(value)}.`);
  return value;
}
function rejectUnknownFields(mapping, allowed, path2) {
  for (let key of Object.keys(mapping))
    if (!allowed.includes(key))
      throw new ConfigurationError(
        `${fieldPath(path2, key)}: field not supported in this job file; supported here: ${allowed.filter((k) => !k.startsWith("$")).join(", ")}.`
      );
}
function optionalString(mapping, key, path2) {
  let value = mapping[key];
  if (value != null) {
    if (typeof value != "string") throw new ConfigurationError(`${fieldPath(path2, key)}: expected a string, got ${describe(value)}.`);
    return value;
  }
}
function requiredString(mapping, key, path2) {
  let value = optionalString(mapping, key, path2);
  if (value === void 0 || value.trim() === "") throw new ConfigurationError(`${fieldPath(path2, key)}: required, and must be a non-empty string.`);
  return value;
}
function optionalInteger(mapping, key, path2, min = 0) {
  let value = mapping[key];
  if (value != null) {
    if (typeof value != "number" || !Number.isInteger(value) || value < min)
      throw new ConfigurationError(`${fieldPath(path2, key)}: expected an integer \u2265 ${min}, got ${describe(value)}.`);
    return value;
  }
}
function optionalBoolean(mapping, key, path2) {
  let value = mapping[key];
  if (value != null) {
    if (typeof value != "boolean") throw new ConfigurationError(`${fieldPath(path2, key)}: expected true or false, got ${describe(value)}.`);
    return value;
  }
}
function scalarText(value, path2) {
  if (typeof value == "string") return value;
  if (typeof value == "boolean") return value ? "True" : "False";
  if (typeof value == "number" && Number.isFinite(value)) return String(value);
  throw new ConfigurationError(`${path2}: expected a string, number or boolean, got ${describe(value)}.`);
}
function optionalStringMap(mapping, key, path2) {
  let value = mapping[key];
  if (value == null) return;
  let map = expectMapping(value, fieldPath(path2, key)), result = {};
  for (let [name, item] of Object.entries(map))
    result[name] = item === null ? "" : scalarText(item, fieldPath(fieldPath(path2, key), name));
  return result;
}
function optionalMapping(mapping, key, path2) {
  let value = mapping[key];
  if (value != null)
    return expectMapping(value, fieldPath(path2, key));
}
function localFileReference(value) {
  return value.startsWith("file:") ? value.slice(5) : value;
}
var SNAKE_WORD = /_([a-z0-9])/g;
function camelKey(key) {
  return key.replace(SNAKE_WORD, (_match, letter) => letter.toUpperCase());
}

// shared/jobs/job-file.ts
var import_yaml = __toESM(require_dist());
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
var JOB_TYPES = ["command", "pipeline", "sweep", "automl", "spark", "finetuning"];
function jobTypeOf(spec, source) {
  let type = spec.type ?? "command";
  if (typeof type != "string" || !JOB_TYPES.includes(type))
    throw new ConfigurationError(`${source}: job type ${JSON.stringify(type)} is not supported; accepted types: ${JOB_TYPES.join(", ")}.`);
  return type;
}
async function parseYamlFile(filePath) {
  let text;
  try {
    checkYamlSize((await stat(filePath)).size, filePath), text = await readFile(filePath, "utf8");
  } catch (error) {
    throw error instanceof ConfigurationError ? error : new ConfigurationError(`Cannot read the job file ${filePath}: ${errorMessage(error)}`);
  }
  return parseBoundedYaml(text, filePath);
}
async function loadJobFile(filePath) {
  let absolute = path.resolve(filePath), spec = await parseYamlFile(absolute);
  if (spec == null)
    throw new ConfigurationError(`${absolute}: the job file holds no YAML content (only comments or blank lines); it must be a mapping with keys such as type, command, environment, compute.`);
  if (!isMapping(spec))
    throw new ConfigurationError(`${absolute}: a job file must be a YAML mapping (keys such as command, environment, compute), not ${Array.isArray(spec) ? "a list" : typeof spec}.`);
  return { path: absolute, dir: path.dirname(absolute), type: jobTypeOf(spec, absolute), spec };
}
function parseOverrideValue(raw) {
  if (raw === "") return "";
  try {
    let value = (0, import_yaml.parse)(raw);
    return value === null || typeof value != "object" ? value : raw;
  } catch {
    return raw;
  }
}
function cloneMapping(spec) {
  return structuredClone(spec);
}
var REFUSED_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function setPath(spec, keyPath, value, line) {
  let keys = keyPath.split(".");
  if (keys.some((key) => key.trim() === ""))
    throw new ConfigurationError(`set: ${JSON.stringify(line)} has an empty key; write key.path=value, e.g. inputs.learning_rate=0.01.`);
  let refused = keys.find((key) => REFUSED_KEYS.has(key.trim()));
  if (refused) throw new ConfigurationError(`set: ${JSON.stringify(line)} uses the key ${JSON.stringify(refused)}, which is not a job field.`);
  let node = spec, walked = "";
  for (let key of keys.slice(0, -1)) {
    walked = fieldPath(walked, key);
    let next = Object.hasOwn(node, key) ? node[key] : void 0;
    if (next == null)
      node[key] = {};
    else if (!isMapping(next))
      throw new ConfigurationError(`set: cannot set ${keyPath} because ${walked} is not a mapping.`);
    node = node[key];
  }
  node[keys[keys.length - 1]] = value;
}
function applySetOverrides(spec, lines) {
  let result = cloneMapping(spec);
  for (let line of lines) {
    if (line.trim() === "") continue;
    let equals = line.indexOf("=");
    if (equals <= 0) throw new ConfigurationError(`set: ${JSON.stringify(line)} is not key.path=value (e.g. compute=azureml:gpu-cluster).`);
    setPath(result, line.slice(0, equals).trim(), parseOverrideValue(line.slice(equals + 1).trim()), line);
  }
  return result;
}
function applyNamedOverrides(spec, overrides) {
  let result = cloneMapping(spec);
  if (overrides.experimentName && (result.experiment_name = overrides.experimentName), overrides.compute && (result.compute = overrides.compute), overrides.displayName && (result.display_name = overrides.displayName), overrides.tags && Object.keys(overrides.tags).length > 0) {
    let existing = result.tags;
    if (existing != null && !isMapping(existing)) throw new ConfigurationError("tags: expected a mapping in the job file.");
    result.tags = { ...existing ?? {}, ...overrides.tags };
  }
  return result;
}

export {
  isMapping,
  fieldPath,
  expectMapping,
  rejectUnknownFields,
  optionalString,
  requiredString,
  optionalInteger,
  optionalBoolean,
  scalarText,
  optionalStringMap,
  optionalMapping,
  localFileReference,
  camelKey,
  jobTypeOf,
  parseYamlFile,
  loadJobFile,
  REFUSED_KEYS,
  applySetOverrides,
  applyNamedOverrides
};
