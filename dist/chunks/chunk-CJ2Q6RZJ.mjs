import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  safeParse
} from "./chunk-U4WN3ET4.mjs";
import {
  ConfigurationError
} from "./chunk-44J6QWGP.mjs";

// shared/inputs/parse.ts
function parseInputs(defs, host) {
  let parsed = {};
  for (let [name, def] of Object.entries(defs)) {
    if (def.meta.hosts && !def.meta.hosts.includes(host.kind)) {
      parsed[name] = safeParse(def.schema, void 0).data;
      continue;
    }
    let raw = host.getInput(name, { secret: def.meta.secret });
    if (raw !== void 0 && def.meta.secret && host.setSecret(raw), raw === void 0 && def.meta.required)
      throw new ConfigurationError(`Input '${host.inputLabel(name)}' is required: expected ${def.meta.accepts}.`);
    let result = safeParse(def.schema, raw);
    if (!result.success) {
      let shown = def.meta.secret ? "" : `, got '${truncate(raw ?? "")}'`, issue = result.error.issues[0], because = issue?.code === "custom" && issue.message && issue.message !== def.meta.accepts && issue.message !== "Invalid input" ? ` (${issue.message})` : "";
      throw new ConfigurationError(`Input '${host.inputLabel(name)}' must be ${def.meta.accepts}${shown}${because}.`);
    }
    parsed[name] = result.data;
  }
  return parsed;
}
function truncate(value) {
  return value.length > 80 ? `${value.slice(0, 77)}...` : value;
}

// shared/steps/step.ts
function runnable(step) {
  let { id, title, description, inputs, outputs } = step;
  return {
    id,
    title,
    description,
    inputs,
    outputs,
    execute: async (host) => {
      let parsed = parseInputs(step.inputs, host);
      await step.run(parsed, host, await step.services());
    }
  };
}

export {
  runnable
};
