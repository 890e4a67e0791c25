import { SettingError } from "../core/errors";
import { REFUSED_KEYS } from "./job-file";

/** Job tags written one `key=value` per line; a line without a key is a SettingError on "tags". */
export function parseTagLines(lines: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    lines.map((line) => {
      const equals = line.indexOf("=");
      if (equals <= 0) throw new SettingError("tags", `must be one key=value per line, got '${line}'.`);
      const key = line.slice(0, equals).trim();
      if (REFUSED_KEYS.has(key)) throw new SettingError("tags", `the tag name '${key}' is not accepted.`);
      return [key, line.slice(equals + 1).trim()];
    }),
  );
}
