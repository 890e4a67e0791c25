import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  createHttpHeaders,
  createPipelineRequest
} from "./chunk-KITPLPVF.mjs";
import {
  ServiceError
} from "./chunk-44J6QWGP.mjs";

// shared/azure/data-plane.ts
async function sendRequest(client, method, url, body, abortSignal) {
  let request = createPipelineRequest({
    url,
    method,
    abortSignal,
    headers: createHttpHeaders({ accept: "application/json", ...body === void 0 ? {} : { "content-type": "application/json" } }),
    body: body === void 0 ? void 0 : JSON.stringify(body)
  }), response = await client.sendRequest(request);
  if (response.status >= 400) throw failureOf(method, url, response.status, response.bodyAsText ?? "");
  return response;
}
async function sendJson(client, method, url, body, abortSignal) {
  return jsonOf(await sendRequest(client, method, url, body, abortSignal));
}
function jsonOf(response) {
  return response.bodyAsText ? JSON.parse(response.bodyAsText) : void 0;
}
function failureOf(method, url, status, text) {
  let message = text.slice(0, 500), code;
  try {
    let parsed = JSON.parse(text);
    code = parsed.error?.code ?? parsed.error_code, message = parsed.error?.message ?? parsed.message ?? message;
  } catch {
  }
  return new ServiceError(`${method} ${new URL(url).pathname} failed (HTTP ${status}${code ? ` ${code}` : ""}): ${message}`, code, status);
}

export {
  sendRequest,
  sendJson,
  jsonOf
};
