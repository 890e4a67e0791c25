import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);

// shared/drift/readers/local-file.ts
import { statSync } from "node:fs";
import { open } from "node:fs/promises";
var READ_CHUNK_BYTES = 1 << 20;
function localFileSource(filePath) {
  return {
    name: filePath,
    size: statSync(filePath).size,
    localPath: filePath,
    open: () => readChunks(filePath),
    randomAccess: async () => (await import("./node-EBIZOVWW.mjs")).asyncBufferFromFile(filePath)
  };
}
async function* readChunks(filePath) {
  let handle = await open(filePath, "r");
  try {
    let buffer = Buffer.allocUnsafe(READ_CHUNK_BYTES);
    for (; ; ) {
      let { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

export {
  localFileSource
};
