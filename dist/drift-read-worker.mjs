import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  columnBuffers,
  deserializeError,
  readTable,
  serializeError
} from "./chunks/chunk-4ENM54TG.mjs";
import "./chunks/chunk-AFLVRGMB.mjs";
import "./chunks/chunk-7KGASND5.mjs";
import {
  localFileSource
} from "./chunks/chunk-WV3VKLXE.mjs";
import {
  sortNumericalColumns
} from "./chunks/chunk-4PKE6JFM.mjs";
import "./chunks/chunk-RN6D2NHL.mjs";
import "./chunks/chunk-H45GLWZJ.mjs";
import "./chunks/chunk-44J6QWGP.mjs";
import "./chunks/chunk-HLUWT5ZR.mjs";

// shared/drift/readers/worker/read-worker.ts
import { parentPort } from "node:worker_threads";
if (parentPort) {
  let port = parentPort, post = (message, transfer = []) => port.postMessage(message, transfer), pending = /* @__PURE__ */ new Map(), serial = 0, ask = (key, message) => new Promise((resolve, reject) => {
    pending.set(key, { resolve, reject }), post(message);
  }), answer = (key, message) => {
    let waiting = pending.get(key);
    waiting && (pending.delete(key), message.type === "streamFailed" || message.type === "sliceFailed" ? waiting.reject(deserializeError(message.error)) : waiting.resolve(message));
  }, remoteSource = (source, file) => ({
    name: source.name,
    size: source.size,
    async *open() {
      let stream = ++serial, finished = !1;
      try {
        for (; ; ) {
          let reply = await ask(`stream:${stream}`, { type: "next", stream, file });
          if (reply.type !== "chunk" || reply.bytes === void 0) {
            finished = !0;
            return;
          }
          yield reply.bytes;
        }
      } finally {
        finished || post({ type: "close", stream });
      }
    },
    ...source.randomAccess ? {
      randomAccess: async () => {
        let request = ++serial, sized = await ask(`slice:${request}`, { type: "byteLength", request, file });
        return {
          byteLength: sized.type === "sliced" ? sized.byteLength ?? 0 : 0,
          slice: async (start, end) => {
            let slice = ++serial, reply = await ask(`slice:${slice}`, { type: "slice", request: slice, file, start, end });
            return reply.type === "sliced" && reply.buffer ? reply.buffer : new ArrayBuffer(0);
          }
        };
      }
    } : {}
  }), read = async (request) => {
    let sources = request.sources.map((source, file) => source.localPath === void 0 ? remoteSource(source, file) : localFileSource(source.localPath)), table = await readTable({ label: request.label, sources, format: request.format }, request.options);
    sortNumericalColumns(table.columns.values()), post({ type: "done", table }, columnBuffers(table.columns.values()));
  };
  port.on("message", (message) => {
    switch (message.type) {
      case "read":
        read(message).catch((error) => post({ type: "failed", error: serializeError(error) }));
        return;
      case "chunk":
      case "streamFailed":
        answer(`stream:${message.stream}`, message);
        return;
      case "sliced":
      case "sliceFailed":
        answer(`slice:${message.request}`, message);
    }
  });
}
