import { ConfigurationError } from "../core/errors";
import type { Host } from "../host/port";

/** `key=value` lines of a tags input as a map; a line without `=` names the input. */
export function parseTagLines(lines: string[], host: Host, input = "tags"): Record<string, string> {
  return Object.fromEntries(
    lines.map((line) => {
      const equals = line.indexOf("=");
      if (equals <= 0) throw new ConfigurationError(`Input '${host.inputLabel(input)}' must be one key=value per line, got '${line}'.`);
      return [line.slice(0, equals).trim(), line.slice(equals + 1).trim()];
    }),
  );
}
