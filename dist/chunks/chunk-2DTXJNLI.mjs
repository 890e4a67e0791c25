import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);

// shared/governance/markdown.ts
function escapeMarkdown(text) {
  return text.replace(/[\\`*_{}[\]()#+!|<>~]/g, (char) => `\\${char}`).replace(/&/g, "&amp;").replace(/@/g, "@\u200B").replace(/\r?\n/g, " ");
}
function table(header, rows) {
  let line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join(`
`);
}
function codeBlock(content, language = "") {
  let longest = Math.max(2, ...(content.match(/`+/g) ?? []).map((run) => run.length)), fence = "`".repeat(longest + 1);
  return `${fence}${language}
${content}
${fence}`;
}
function formatNumber(value) {
  return Number.isFinite(value) ? value !== 0 && (Math.abs(value) < 1e-4 || Math.abs(value) >= 1e6) ? value.toExponential(3) : String(Number(value.toPrecision(6))) : String(value);
}

export {
  escapeMarkdown,
  table,
  codeBlock,
  formatNumber
};
