import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  ConfigurationError,
  SettingError
} from "./chunk-44J6QWGP.mjs";

// shared/steps/input-errors.ts
function inInputTerms(error, host, inputs) {
  if (!(error instanceof SettingError) || !inputs[error.setting]) return error;
  let label = (setting) => inputs[setting] ? host.inputLabel(inputs[setting]) : setting;
  return new ConfigurationError(error.render ? error.render(label) : `Input '${label(error.setting)}': ${error.message}`);
}
async function withInputNames(host, inputs, call) {
  try {
    return await call();
  } catch (error) {
    throw inInputTerms(error, host, inputs);
  }
}

export {
  withInputNames
};
