import type { RunDetails } from "./tracking";

const USER_LOG = /^user_logs\/std_log[^/]*\.txt$/;
const TAIL_LINES = 50;

/** Downloads the bytes of a blob from an offset; undefined when there is nothing past it yet. */
export type BlobRangeReader = (sasUrl: string, offset: number) => Promise<Buffer | undefined>;

export async function readBlobFrom(sasUrl: string, offset: number): Promise<Buffer | undefined> {
  const { BlobClient } = await import("@azure/storage-blob");
  try {
    const response = await new BlobClient(sasUrl).download(offset);
    const chunks: Buffer[] = [];
    for await (const chunk of response.readableStreamBody ?? []) chunks.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(chunks);
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 416 || status === 404) return undefined;
    throw error;
  }
}

/** Follows a run's user logs: each poll returns only the complete lines that appeared since the last one. */
export class JobLogTail {
  private readonly offsets = new Map<string, number>();
  private readonly partial = new Map<string, string>();
  private readonly recent: string[] = [];

  constructor(private readonly read: BlobRangeReader = readBlobFrom) {}

  async poll(details: RunDetails): Promise<string[]> {
    const lines: string[] = [];
    const files = Object.entries(details.logFiles ?? {})
      .filter(([name]) => USER_LOG.test(name))
      .sort(([a], [b]) => a.localeCompare(b));
    for (const [name, url] of files) {
      const offset = this.offsets.get(name) ?? 0;
      const bytes = await this.read(url, offset);
      if (!bytes || bytes.length === 0) continue;
      this.offsets.set(name, offset + bytes.length);
      const text = (this.partial.get(name) ?? "") + bytes.toString("utf8");
      const parts = text.split(/\r?\n/);
      this.partial.set(name, parts.pop() ?? "");
      lines.push(...parts.map((line) => (files.length > 1 ? `[${name.replace(/^user_logs\//, "")}] ${line}` : line)));
    }
    this.remember(lines);
    return lines;
  }

  /** Lines still without a newline once the job has ended. */
  flush(): string[] {
    const rest = [...this.partial.values()].filter((line) => line !== "");
    this.partial.clear();
    this.remember(rest);
    return rest;
  }

  /** The last lines seen, for a failure summary. */
  tail(): string[] {
    return [...this.recent];
  }

  private remember(lines: string[]): void {
    this.recent.push(...lines);
    if (this.recent.length > TAIL_LINES) this.recent.splice(0, this.recent.length - TAIL_LINES);
  }
}
