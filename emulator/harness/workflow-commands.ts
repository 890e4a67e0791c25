/** One `::command key=value,…::message` line as the runner parses it. */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** Parses a stdout/stderr line into a workflow command (undefined for ordinary output). */
export function parseWorkflowCommand(line: string): WorkflowCommand | undefined {
  const trimmed = line.trimStart();
  if (!trimmed.startsWith("::")) return undefined;
  const end = trimmed.indexOf("::", 2);
  if (end < 0) return undefined;
  const info = trimmed.slice(2, end);
  const space = info.indexOf(" ");
  const command = space < 0 ? info : info.slice(0, space);
  if (!command) return undefined;
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of info.slice(space + 1).split(",")) {
      const equals = pair.indexOf("=");
      if (equals > 0) properties[pair.slice(0, equals).trim()] = unescapeProperty(pair.slice(equals + 1));
    }
  }
  return { command, properties, message: unescapeData(trimmed.slice(end + 2)) };
}

export function unescapeData(value: string): string {
  return value.replace(/%0D/gi, "\r").replace(/%0A/gi, "\n").replace(/%25/g, "%");
}

export function unescapeProperty(value: string): string {
  return value.replace(/%0D/gi, "\r").replace(/%0A/gi, "\n").replace(/%3A/gi, ":").replace(/%2C/gi, ",").replace(/%25/g, "%");
}

export interface Annotation {
  level: "error" | "warning" | "notice";
  message: string;
  properties: Record<string, string>;
}

/** What the runner makes of a step's output lines: annotations, masks, debug lines, and the log as it displays it. */
export interface WorkflowLog {
  errors: string[];
  warnings: string[];
  notices: string[];
  annotations: Annotation[];
  masked: string[];
  debug: string[];
  /** The log as the runner shows it: commands consumed, registered secrets replaced by `***` from then on. */
  log: string;
}

/** Interprets output lines in arrival order; `preMasked` are secrets the runner knows from the start. */
export function interpretWorkflowLog(lines: readonly string[], preMasked: readonly string[] = []): WorkflowLog {
  const result: WorkflowLog = { errors: [], warnings: [], notices: [], annotations: [], masked: [], debug: [], log: "" };
  const secrets = preMasked.filter(Boolean);
  const shown: string[] = [];
  let stopToken: string | undefined;
  for (const line of lines) {
    if (stopToken !== undefined) {
      if (line.trim() === `::${stopToken}::`) stopToken = undefined;
      else shown.push(mask(line, secrets));
      continue;
    }
    const parsed = parseWorkflowCommand(line);
    if (!parsed) {
      shown.push(mask(line, secrets));
      continue;
    }
    switch (parsed.command) {
      case "error":
      case "warning":
      case "notice": {
        const level = parsed.command;
        result[level === "error" ? "errors" : level === "warning" ? "warnings" : "notices"].push(parsed.message);
        result.annotations.push({ level, message: parsed.message, properties: parsed.properties });
        shown.push(mask(`${level === "error" ? "Error" : level === "warning" ? "Warning" : "Notice"}: ${parsed.message}`, secrets));
        break;
      }
      case "add-mask":
        if (parsed.message) {
          result.masked.push(parsed.message);
          secrets.push(parsed.message);
        }
        break;
      case "debug":
        result.debug.push(parsed.message);
        break;
      case "stop-commands":
        stopToken = parsed.message;
        break;
      case "group":
        shown.push(mask(parsed.message, secrets));
        break;
      default:
        break;
    }
  }
  result.log = shown.join("\n");
  return result;
}

/** Replaces every occurrence of each secret (longest first) with `***`. */
export function mask(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret) out = out.split(secret).join("***");
  }
  return out;
}
