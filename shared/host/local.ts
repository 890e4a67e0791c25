import { writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import type { Writable } from "node:stream";
import { cancellationFromSignals } from "./cancellation";
import type { Host, RunContext } from "./port";

export interface LocalHostOptions {
  /** Where the step's markdown summary goes; printed after the log when absent. */
  summaryFile?: string;
  debug?: boolean;
  /** Outputs (`name=value`); default stdout. */
  out?: Writable;
  /** The log; default stderr. */
  log?: Writable;
}

/**
 * A terminal: inputs come from flags (GitHub's kebab-case names), outputs are printed as `name=value` on
 * stdout, the log goes to stderr, the summary to the terminal or a file. Ctrl-C cancels like a CI cancel.
 */
export class LocalHost implements Host {
  readonly kind = "local" as const;
  readonly cancellation = cancellationFromSignals();
  readonly context: RunContext = { actor: safeUserName(), workflow: "local" };
  readonly tempDir = tmpdir();
  readonly workspaceRoots = [process.cwd()];
  readonly isDebug: boolean;
  private readonly secrets = new Set<string>();
  private readonly summary: string[] = [];
  private readonly out: Writable;
  private readonly log: Writable;

  constructor(
    private readonly inputs: Readonly<Record<string, string>>,
    private readonly options: LocalHostOptions = {},
  ) {
    this.isDebug = options.debug ?? false;
    this.out = options.out ?? process.stdout;
    this.log = options.log ?? process.stderr;
  }

  getInput(name: string): string | undefined {
    return this.inputs[name] || undefined;
  }
  inputLabel(name: string): string {
    return name;
  }
  setOutput(name: string, value: string): void {
    this.out.write(value.includes("\n") ? `${name}<<AMLOPS_EOF\n${value}\nAMLOPS_EOF\n` : `${name}=${value}\n`);
  }
  setSecret(value: string): void {
    if (value) this.secrets.add(value);
  }
  info(message: string): void {
    this.print(message);
  }
  untrusted(text: string): void {
    this.print(withoutTerminalControls(text));
  }
  debug(message: string): void {
    if (this.isDebug) this.print(`debug: ${message}`);
  }
  warning(message: string): void {
    this.print(`warning: ${message}`);
  }
  error(message: string): void {
    this.print(`error: ${message}`);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.print(`▸ ${title}`);
    return fn();
  }
  async appendSummary(markdown: string): Promise<void> {
    this.summary.push(markdown);
  }
  /** Writes the summary once the step is done: to the file asked for, else after the log. */
  publishSummary(): void {
    if (this.summary.length === 0) return;
    const markdown = this.mask(`${this.summary.join("\n")}\n`);
    if (this.options.summaryFile) writeFileSync(this.options.summaryFile, markdown);
    else this.log.write(`\n── summary ──\n${withoutTerminalControls(markdown)}`);
  }
  fail(message: string): void {
    this.error(message);
    process.exitCode = 1;
  }

  private print(message: string): void {
    this.log.write(`${this.mask(message)}\n`);
  }
  mask(text: string): string {
    let masked = text;
    for (const secret of this.secrets) masked = masked.split(secret).join("***");
    return masked;
  }
}

/** Escape sequences in text from outside (job logs, data) could move the cursor or retitle the terminal. */
function withoutTerminalControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

function safeUserName(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return undefined;
  }
}
