import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);

// shared/core/pull-request.ts
var PermissionError = class extends Error {
  constructor(permission, message) {
    super(message);
    this.permission = permission;
  }
  permission;
  name = "PermissionError";
};

export {
  PermissionError
};
