import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  ServiceError
} from "./chunk-44J6QWGP.mjs";

// shared/azure/service-error.ts
function toServiceError(error, doing) {
  let rest = error;
  if (!rest || typeof rest != "object" || rest.name !== "RestError" && rest.statusCode === void 0) return error;
  let body = rest.details, code = body?.error?.code ?? rest.code, message = body?.error?.message ?? rest.message ?? "no message", status = rest.statusCode ? ` (HTTP ${rest.statusCode}${code ? ` ${code}` : ""})` : "";
  return new ServiceError(`${doing} failed${status}: ${message}`, code, rest.statusCode);
}
async function callService(doing, call) {
  try {
    return await call();
  } catch (error) {
    throw toServiceError(error, doing);
  }
}
function isNotFound(error) {
  return error?.statusCode === 404;
}

export {
  toServiceError,
  callService,
  isNotFound
};
