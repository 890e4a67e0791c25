import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);

// shared/core/markdown.ts
function escapeMarkdown(text) {
  return text.replace(/&/g, "&amp;").replace(/[\\`*_{}[\]()#+!|<>~]/g, (char) => `\\${char}`).replace(/[@#]/g, (char) => `${char}\u200B`).replace(/\r\n?|\n/g, " ");
}
function inlineCode(text) {
  let line = text.replace(/\r\n?|\n/g, " "), longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length)), ticks = "`".repeat(longest + 1), padded = line.startsWith("`") || line.endsWith("`") ? ` ${line} ` : line;
  return `${ticks}${padded.replace(/\|/g, "\\|")}${ticks}`;
}
function safeUrl(url) {
  if (!url || !URL.canParse(url)) return;
  let parsed = new URL(url);
  if (!(parsed.protocol !== "https:" && parsed.protocol !== "http:"))
    return parsed.href.replace(/[()<>"'\s`|\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function link(title, url) {
  let target = safeUrl(url);
  return target ? `[${escapeMarkdown(title)}](${target})` : escapeMarkdown(title);
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
  inlineCode,
  safeUrl,
  link,
  table,
  codeBlock,
  formatNumber
};
