/**
 * Parses a runner file command (`GITHUB_OUTPUT`, `GITHUB_ENV`, `GITHUB_STATE`) the way the runner does:
 * `name=value` lines and `name<<DELIMITER` … `DELIMITER` heredocs. Throws on what the runner rejects.
 */
export function parseFileCommand(content: string): Record<string, string> {
  const lines = content.split(/\r?\n/);
  const result: Record<string, string> = {};
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line === "") continue;
    const equals = line.indexOf("=");
    const heredoc = line.indexOf("<<");
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      const name = line.slice(0, equals);
      if (!name) throw new Error(`Invalid format '${line}'. Name must not be empty`);
      result[name] = line.slice(equals + 1);
      continue;
    }
    if (heredoc < 0) throw new Error(`Invalid format '${line}'`);
    const name = line.slice(0, heredoc);
    const delimiter = line.slice(heredoc + 2);
    if (!name) throw new Error(`Invalid format '${line}'. Name must not be empty`);
    if (!delimiter) throw new Error(`Invalid format '${line}'. Delimiter must not be empty`);
    const value: string[] = [];
    let closed = false;
    for (index++; index < lines.length; index++) {
      if (lines[index] === delimiter) {
        closed = true;
        break;
      }
      value.push(lines[index]);
    }
    if (!closed) throw new Error(`Invalid value. Matching delimiter not found '${delimiter}'`);
    result[name] = value.join("\n");
  }
  return result;
}

/** `GITHUB_PATH`: one directory per line. */
export function parsePathFile(content: string): string[] {
  return content.split(/\r?\n/).filter((line) => line.trim() !== "");
}
