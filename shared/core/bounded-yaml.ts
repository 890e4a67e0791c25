import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, YAMLParseError, type Node } from "yaml";
import { ConfigurationError, errorMessage } from "./errors";
import { formatBytes, LIMITS } from "./limits";

/**
 * Parses YAML anyone may have written (a job file, an MLTable) with bounded work: size, aliases and nesting are
 * limited, and duplicate keys are found in one pass (yaml's own check compares every key with every other).
 * Errors name `origin` and the limit.
 */
export function parseBoundedYaml(text: string, origin: string): unknown {
  checkYamlSize(Buffer.byteLength(text), origin);
  try {
    const lines = new LineCounter();
    const document = parseDocument(text, { uniqueKeys: false, prettyErrors: true, lineCounter: lines });
    if (document.errors.length > 0) throw document.errors[0];
    checkNode(document.contents as Node | null, 1, origin, lines);
    return document.toJS({ maxAliasCount: LIMITS.maxYamlAliases });
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    if (error instanceof YAMLParseError) {
      const at = error.linePos?.[0];
      const where = at ? ` at line ${at.line}, column ${at.col}` : "";
      throw new ConfigurationError(`${origin}: YAML syntax error${where}: ${error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`);
    }
    if (error instanceof RangeError) {
      throw new ConfigurationError(`${origin}: the YAML is nested too deeply (limit ${LIMITS.maxYamlDepth} levels).`);
    }
    const message = errorMessage(error);
    if (/alias/i.test(message)) {
      throw new ConfigurationError(`${origin}: the YAML expands too many aliases (limit ${LIMITS.maxYamlAliases}): ${message}`);
    }
    throw new ConfigurationError(`${origin}: ${message}`);
  }
}

/** A YAML file of `bytes` is refused past the size limit, before it is read. */
export function checkYamlSize(bytes: number, origin: string): void {
  if (bytes > LIMITS.maxYamlBytes) {
    throw new ConfigurationError(`${origin} is ${formatBytes(bytes)}, over the limit of ${formatBytes(LIMITS.maxYamlBytes)} for a YAML file.`);
  }
}

function checkNode(node: Node | null, depth: number, origin: string, lines: LineCounter): void {
  if (node === null || isScalar(node) || isAlias(node)) return;
  if (depth > LIMITS.maxYamlDepth) throw new ConfigurationError(`${origin}: the YAML is nested deeper than ${LIMITS.maxYamlDepth} levels.`);
  if (isMap(node)) {
    const keys = new Set<unknown>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (isScalar(pair.key) && keys.has(key)) {
        const line = pair.key.range ? ` (line ${lines.linePos(pair.key.range[0]).line})` : "";
        throw new ConfigurationError(`${origin}: the key ${JSON.stringify(key)} appears twice in one mapping${line}; expected each key once (readers that allow it, such as the CLI's, silently keep the last).`);
      }
      keys.add(key);
      checkNode(pair.key as Node | null, depth + 1, origin, lines);
      checkNode(pair.value as Node | null, depth + 1, origin, lines);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) checkNode(item as Node | null, depth + 1, origin, lines);
  }
}
