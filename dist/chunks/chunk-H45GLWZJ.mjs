import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);

// shared/core/limits.ts
var LIMITS = {
  /** Columns of a delimited header or keys of one JSON Lines record. */
  maxColumns: 1e4,
  /** Bytes of one line of a data file (and so of one cell). */
  maxLineBytes: 16777216,
  /** Nesting of one JSON Lines value. */
  maxJsonDepth: 64,
  /** Bytes of a YAML file (job file, MLTable). */
  maxYamlBytes: 4194304,
  /** YAML aliases in one document (`*anchor`). */
  maxYamlAliases: 100,
  /** Nesting of a YAML document. */
  maxYamlDepth: 64,
  /** Bytes of the job / build summary (GitHub rejects a step summary over 1 MiB). */
  maxSummaryBytes: 1044480,
  /** Bytes of a JSON report written to disk. */
  maxReportBytes: 67108864
};
function formatBytes(bytes) {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024) * 10) / 10} MiB` : bytes >= 1024 ? `${Math.round(bytes / 1024 * 10) / 10} KiB` : `${bytes} bytes`;
}
function capMarkdown(markdown, maxBytes, note) {
  if (Buffer.byteLength(markdown) <= maxBytes) return markdown;
  let tail = `

> ${note}
`, budget = Math.max(0, maxBytes - Buffer.byteLength(tail) - 8), cut = Buffer.from(markdown).subarray(0, budget).toString("utf8");
  cut.endsWith("\uFFFD") && (cut = cut.slice(0, -1));
  let lastLine = cut.lastIndexOf(`
`);
  return lastLine > 0 && (cut = cut.slice(0, lastLine)), (cut.match(/^```/gm)?.length ?? 0) % 2 === 1 && (cut += "\n```"), `${cut}${tail}`;
}

export {
  LIMITS,
  formatBytes,
  capMarkdown
};
