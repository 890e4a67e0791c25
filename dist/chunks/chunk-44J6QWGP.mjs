import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);

// shared/core/errors.ts
var ConfigurationError = class extends Error {
  name = "ConfigurationError";
}, SettingError = class extends ConfigurationError {
  constructor(setting, message) {
    super(typeof message == "string" ? message : message((setting2) => setting2));
    this.setting = setting;
    typeof message != "string" && (this.render = message);
  }
  setting;
  name = "SettingError";
  render;
}, ServiceError = class extends Error {
  constructor(message, code, statusCode) {
    super(message);
    this.code = code;
    this.statusCode = statusCode;
  }
  code;
  statusCode;
  name = "ServiceError";
}, CancelledError = class extends Error {
  name = "CancelledError";
};
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

export {
  ConfigurationError,
  SettingError,
  ServiceError,
  CancelledError,
  errorMessage
};
