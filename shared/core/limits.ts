/** Bounds on work that hostile input could make unbounded. A real dataset or job file stays far below each. */
export const LIMITS = {
  /** Columns of a delimited header or keys of one JSON Lines record. */
  maxColumns: 10_000,
  /** Bytes of one line of a data file (and so of one cell). */
  maxLineBytes: 16 * 1024 * 1024,
  /** Nesting of one JSON Lines value. */
  maxJsonDepth: 64,
  /** Bytes of a YAML file (job file, MLTable). */
  maxYamlBytes: 4 * 1024 * 1024,
  /** YAML aliases in one document (`*anchor`). */
  maxYamlAliases: 100,
  /** Nesting of a YAML document. */
  maxYamlDepth: 64,
  /** Bytes of the job / build summary (GitHub rejects a step summary over 1 MiB). */
  maxSummaryBytes: 1024 * 1024 - 4096,
  /** Bytes of a JSON report written to disk. */
  maxReportBytes: 64 * 1024 * 1024,
} as const;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KiB`;
  return `${bytes} bytes`;
}

/**
 * Markdown cut to `maxBytes` at a line boundary, with a note of what was left out; unchanged when it fits.
 * Open code fences are closed so the cut does not swallow what follows.
 */
export function capMarkdown(markdown: string, maxBytes: number, note: string): string {
  if (Buffer.byteLength(markdown) <= maxBytes) return markdown;
  const tail = `\n\n> ${note}\n`;
  const budget = Math.max(0, maxBytes - Buffer.byteLength(tail) - 8);
  let cut = Buffer.from(markdown).subarray(0, budget).toString("utf8");
  if (cut.endsWith("\uFFFD")) cut = cut.slice(0, -1);
  const lastLine = cut.lastIndexOf("\n");
  if (lastLine > 0) cut = cut.slice(0, lastLine);
  const fences = cut.match(/^```/gm)?.length ?? 0;
  if (fences % 2 === 1) cut += "\n```";
  return `${cut}${tail}`;
}
