/**
 * Text from users or services, safe inside markdown and HTML: no markup, no links, no @-mentions, no #-references
 * (a zero-width space after `@` and `#` keeps GitHub and Azure DevOps from linking them), one line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (char) => `\\${char}`)
    .replace(/[@#]/g, (char) => `${char}\u200b`)
    .replace(/\r\n?|\n/g, " ");
}

/** A code span the content cannot close; safe inside a table cell. */
export function inlineCode(text: string): string {
  const line = text.replace(/\r\n?|\n/g, " ");
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = "`".repeat(longest + 1);
  const padded = line.startsWith("`") || line.endsWith("`") ? ` ${line} ` : line;
  return `${ticks}${padded.replace(/\|/g, "\\|")}${ticks}`;
}

/** An http(s) URL fit for a markdown link target, or undefined for anything else. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return undefined;
  return parsed.href.replace(/[()<>"'\s`|\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** `[title](url)`, or the escaped title alone when the URL is not http(s). */
export function link(title: string, url: string | undefined): string {
  const target = safeUrl(url);
  return target ? `[${escapeMarkdown(title)}](${target})` : escapeMarkdown(title);
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** A fenced block whose fence cannot be closed by the content. */
export function codeBlock(content: string, language = ""): string {
  const longest = Math.max(2, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}\n${content}\n${fence}`;
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && (Math.abs(value) < 1e-4 || Math.abs(value) >= 1e6)) return value.toExponential(3);
  return String(Number(value.toPrecision(6)));
}
