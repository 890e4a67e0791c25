// Markdown of a pull-request note made readable in a terminal: markers and HTML tags dropped, collapsed
// sections shown open with their title, emphasis as plain text, charts named instead of drawn.
const BOLD = "\u001b[1m";
const DIM = "\u001b[2m";
const RESET = "\u001b[0m";

export function renderForTerminal(markdown: string, color = process.stdout.isTTY === true): string {
  const bold = (text: string) => (color ? `${BOLD}${text}${RESET}` : text);
  const dim = (text: string) => (color ? `${DIM}${text}${RESET}` : text);
  const out: string[] = [];
  let inMermaid = false;
  for (const raw of markdown.replace(/<!--[\s\S]*?-->/g, "").split("\n")) {
    if (inMermaid) {
      if (raw.trim().startsWith("```")) inMermaid = false;
      else if (/^\s*title\s/.test(raw)) out.push(dim(`  [chart] ${raw.trim().slice(6).replace(/^"|"$/g, "")}`));
      continue;
    }
    if (raw.trim() === "```mermaid") {
      inMermaid = true;
      continue;
    }
    const summary = /<summary>(.*?)<\/summary>/.exec(raw);
    if (summary) {
      out.push(`  ▸ ${stripTags(summary[1])}`);
      continue;
    }
    const line = stripTags(raw).replace(/\*\*(.+?)\*\*/g, "$1").replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))).replace(/&(lt|gt|amp|quot);/g, (_, name: string) => ({ lt: "<", gt: ">", amp: "&", quot: '"' })[name] ?? "");
    if (/^#{1,6} /.test(line)) out.push(bold(line.replace(/^#{1,6} /, "")));
    else if (line.trim() !== "" || out[out.length - 1]?.trim() !== "") out.push(line);
  }
  return out.join("\n").trim();
}

function stripTags(text: string): string {
  return text.replace(/<\/?(details|summary|sub|sup|br|b|i|code|p|div|span)(\s[^>]*)?\/?>/gi, "");
}
