import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  SettingError
} from "./chunk-44J6QWGP.mjs";

// shared/jobs/tags.ts
function parseTagLines(lines) {
  return Object.fromEntries(
    lines.map((line) => {
      let equals = line.indexOf("=");
      if (equals <= 0) throw new SettingError("tags", `must be one key=value per line, got '${line}'.`);
      return [line.slice(0, equals).trim(), line.slice(equals + 1).trim()];
    })
  );
}

export {
  parseTagLines
};
