import { mask } from "./workflow-commands";

/** One `##vso[area.action key=value;…]message` command as the agent parses it. */
export interface VsoCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

const PREFIX = "##vso[";

/** Parses a line holding a `##vso[` command anywhere (as the agent does); undefined otherwise. */
export function parseVsoCommand(line: string): VsoCommand | undefined {
  const start = line.indexOf(PREFIX);
  if (start < 0) return undefined;
  const rest = line.slice(start + PREFIX.length);
  const close = rest.indexOf("]");
  if (close < 0) return undefined;
  const info = rest.slice(0, close).trim();
  const space = info.indexOf(" ");
  const command = space < 0 ? info : info.slice(0, space);
  if (!command) return undefined;
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of info.slice(space + 1).split(";")) {
      const trimmed = pair.trim();
      const equals = trimmed.indexOf("=");
      if (equals > 0) properties[trimmed.slice(0, equals)] = unescapeVsoProperty(trimmed.slice(equals + 1));
    }
  }
  return { command: command.toLowerCase(), properties, message: unescapeVsoData(rest.slice(close + 1)) };
}

export function unescapeVsoData(value: string): string {
  return value.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%AZP25/g, "%");
}

export function unescapeVsoProperty(value: string): string {
  return value.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%5D/g, "]").replace(/%3B/g, ";").replace(/%AZP25/g, "%");
}

export type TaskResult = "Succeeded" | "SucceededWithIssues" | "Failed" | "Cancelled" | "Skipped";

export interface TaskVariable {
  value: string;
  isOutput: boolean;
  isSecret: boolean;
}

/** What the agent makes of a task's output lines. */
export interface TaskLog {
  commands: VsoCommand[];
  /** Output variables (`isOutput=true`). */
  outputs: Record<string, string>;
  /** Every variable set, output or not. */
  variables: Record<string, TaskVariable>;
  /** The last `task.complete` result. */
  result?: TaskResult;
  resultMessage?: string;
  errors: string[];
  warnings: string[];
  masked: string[];
  debug: string[];
  /** Paths of summaries (`task.uploadsummary`, or an attachment of the summary type). */
  summaryPaths: string[];
  /** The log as the agent shows it: commands consumed, secrets replaced by `***` from then on. */
  log: string;
}

const SUMMARY_ATTACHMENT = "distributedtask.core.summary";

export function interpretTaskLog(lines: readonly string[], preMasked: readonly string[] = []): TaskLog {
  const result: TaskLog = { commands: [], outputs: {}, variables: {}, errors: [], warnings: [], masked: [], debug: [], summaryPaths: [], log: "" };
  const secrets = preMasked.filter(Boolean);
  const shown: string[] = [];
  const addSecret = (value: string): void => {
    if (!value) return;
    result.masked.push(value);
    secrets.push(value);
  };
  for (const line of lines) {
    const command = parseVsoCommand(line);
    if (!command) {
      shown.push(mask(line, secrets));
      continue;
    }
    result.commands.push(command);
    const { properties: p, message } = command;
    switch (command.command) {
      case "task.setvariable": {
        const isSecret = p.issecret?.toLowerCase() === "true";
        const isOutput = p.isOutput?.toLowerCase() === "true" || p.isoutput?.toLowerCase() === "true";
        if (isSecret) addSecret(message);
        if (p.variable) {
          result.variables[p.variable] = { value: message, isOutput, isSecret };
          if (isOutput) result.outputs[p.variable] = message;
        }
        break;
      }
      case "task.setsecret":
        addSecret(message);
        break;
      case "task.complete":
        result.result = (p.result as TaskResult | undefined) ?? "Succeeded";
        result.resultMessage = message;
        break;
      case "task.issue":
      case "task.logissue":
        if (p.type?.toLowerCase() === "error") result.errors.push(message);
        else if (p.type?.toLowerCase() === "warning") result.warnings.push(message);
        shown.push(mask(`##[${p.type?.toLowerCase() ?? "issue"}]${message}`, secrets));
        break;
      case "task.debug":
        result.debug.push(message);
        break;
      case "task.uploadsummary":
        result.summaryPaths.push(message);
        break;
      case "task.addattachment":
        if (p.type?.toLowerCase() === SUMMARY_ATTACHMENT) result.summaryPaths.push(message);
        break;
      default:
        break;
    }
  }
  result.log = shown.join("\n");
  return result;
}
