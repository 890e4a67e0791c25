import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  ConfigurationError,
  SettingError
} from "./chunk-V4Z2CQOR.mjs";

// shared/steps/input-errors.ts
async function withInputNames(host, inputs, call) {
  try {
    return await call();
  } catch (error) {
    throw error instanceof SettingError && inputs[error.setting] ? new ConfigurationError(`Input '${host.inputLabel(inputs[error.setting])}': ${error.message}`) : error;
  }
}

export {
  withInputNames
};
