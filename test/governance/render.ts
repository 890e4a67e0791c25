import { execFile } from "node:child_process";
import path from "node:path";
import MarkdownIt from "markdown-it";

/** CommonMark + GFM tables with raw HTML allowed, as GitHub and Azure DevOps take a comment before sanitising it. */
export function renderGfm(markdown: string): string {
  return new MarkdownIt({ html: true, linkify: true }).render(markdown);
}

/** The mermaid charts of a markdown text. */
export function mermaidCharts(markdown: string): string[] {
  const tokens = new MarkdownIt({ html: true }).parse(markdown, {});
  return tokens.filter((token) => token.type === "fence" && token.info.trim() === "mermaid").map((token) => token.content);
}

/** Parses the charts with mermaid's parser in a child process (mermaid is an ES module); null = parsed. */
export function parseMermaid(charts: string[]): Promise<(string | null)[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [path.join(__dirname, "mermaid-parse.mjs")], { cwd: path.resolve(__dirname, "../.."), maxBuffer: 10 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as (string | null)[]);
    });
    child.stdin?.end(JSON.stringify(charts));
  });
}
