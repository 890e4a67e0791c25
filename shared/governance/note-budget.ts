/**
 * Keeps markdown within a size limit: tables keep their first rows, code blocks (log tails) their last lines,
 * charts go, and at last the collapsed details go; each cut says how much was left out.
 */

type Block = { kind: "fence"; open: string; close: string; lines: string[]; language: string } | { kind: "table"; lines: string[] } | { kind: "text"; lines: string[] };

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** Splits markdown into fenced code blocks, tables and other lines; an unclosed fence is closed. */
function markdownBlocks(markdown: string): Block[] {
  const lines = markdown.split("\n");
  const blocks: Block[] = [];
  const text = (line: string) => {
    const last = blocks.at(-1);
    if (last?.kind === "text") last.lines.push(line);
    else blocks.push({ kind: "text", lines: [line] });
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1];
      const body: string[] = [];
      let close = marker;
      let j = i + 1;
      for (; j < lines.length; j++) {
        const closing = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lines[j]);
        if (closing && closing[1][0] === marker[0] && closing[1].length >= marker.length) {
          close = lines[j];
          break;
        }
        body.push(lines[j]);
      }
      blocks.push({ kind: "fence", open: line, close, lines: body, language: fence[2].trim() });
      i = j;
      continue;
    }
    if (line.trimStart().startsWith("|")) {
      const last = blocks.at(-1);
      if (last?.kind === "table") last.lines.push(line);
      else blocks.push({ kind: "table", lines: [line] });
      continue;
    }
    text(line);
  }
  return blocks;
}

function joinBlocks(blocks: Block[]): string {
  return blocks.map((block) => (block.kind === "fence" ? [block.open, ...block.lines, block.close] : block.lines).join("\n")).join("\n");
}

/** Markdown whose code fences are all closed: nothing after it can be swallowed by a fence left open. */
export function closeFences(markdown: string): string {
  return joinBlocks(markdownBlocks(markdown));
}

interface Limits {
  tableRows: number;
  codeLines: number;
  lineLength: number;
  charts: boolean;
}

const LEVELS: Limits[] = [
  { tableRows: 50, codeLines: 60, lineLength: 1000, charts: true },
  { tableRows: 20, codeLines: 30, lineLength: 400, charts: true },
  { tableRows: 5, codeLines: 10, lineLength: 200, charts: false },
];

/** How many ways `shrink` can cut, mildest first; past the last, the details are left out. */
export const SHRINK_LEVELS = LEVELS.length + 1;

export const DETAILS_LEFT_OUT = "_Details left out to keep the note within its size limit; see the run._";

/** The markdown cut at `level` (0 = mildest). */
export function shrink(markdown: string, level: number): string {
  if (level >= LEVELS.length) return withoutDetails(markdown);
  const limits = LEVELS[level];
  const out: Block[] = [];
  for (const block of markdownBlocks(markdown)) {
    if (block.kind === "table") {
      const rows = block.lines.length - 2;
      if (rows > limits.tableRows) {
        out.push({ kind: "table", lines: block.lines.slice(0, 2 + limits.tableRows) });
        out.push({ kind: "text", lines: ["", `_… ${rows - limits.tableRows} more rows not shown._`] });
      } else out.push(block);
    } else if (block.kind === "fence" && block.language === "mermaid" && !limits.charts) {
      out.push({ kind: "text", lines: ["_Chart left out to keep the note within its size limit._"] });
    } else if (block.kind === "fence" && block.language !== "mermaid") {
      const dropped = Math.max(0, block.lines.length - limits.codeLines);
      const lines = block.lines.slice(dropped).map((line) => (line.length > limits.lineLength ? `${line.slice(0, limits.lineLength)} …` : line));
      if (dropped > 0) out.push({ kind: "text", lines: [`_… ${dropped} earlier lines not shown._`, ""] });
      out.push({ ...block, lines });
    } else out.push(block);
  }
  return joinBlocks(out);
}

/** Everything between `<details>` and `</details>` (outside code) replaced by one line. */
function withoutDetails(markdown: string): string {
  const blocks = markdownBlocks(markdown);
  const out: string[] = [];
  let depth = 0;
  for (const block of blocks) {
    if (block.kind !== "text") {
      if (depth === 0) out.push(joinBlocks([block]));
      continue;
    }
    for (const line of block.lines) {
      if (/^<details[\s>]/.test(line)) {
        if (depth === 0) out.push(line.replace(/^<details\s+open>/, "<details>"), "", DETAILS_LEFT_OUT, "");
        depth++;
      } else if (/^<\/details>/.test(line) && depth > 0) {
        depth--;
        if (depth === 0) out.push(line);
      } else if (depth === 0) out.push(line);
    }
  }
  return out.join("\n");
}

/** The markdown cut just enough to fit `maxLength`, then hard-cut as a last resort. */
export function fitMarkdown(markdown: string, maxLength: number): string {
  let current = markdown;
  for (let level = 0; current.length > maxLength && level < SHRINK_LEVELS; level++) current = shrink(current, level);
  if (current.length <= maxLength) return current;
  const notice = `\n\n${DETAILS_LEFT_OUT}`;
  return closeFences(current.slice(0, Math.max(0, maxLength - notice.length - 20))) + notice;
}
