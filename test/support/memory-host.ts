import { tmpdir } from "node:os";
import type { AzureConnection, Host, RunContext } from "../../shared/host/port";
import { toCamelCase } from "../../shared/inputs/names";

/** A host for tests: inputs from a map, everything the step says is recorded. */
export class MemoryHost implements Host {
  readonly kind = "local" as const;
  readonly outputs = new Map<string, string>();
  readonly secrets: string[] = [];
  readonly logs: { level: "info" | "debug" | "warning" | "error" | "group"; message: string }[] = [];
  readonly summaries: string[] = [];
  failure?: string;
  /** How input names are spelled in messages: kebab-case as on GitHub, camelCase as on Azure Pipelines. */
  spelling: "kebab" | "camel" = "kebab";
  private readonly controller = new AbortController();
  readonly cancellation = this.controller.signal;
  readonly workspaceRoots = [process.cwd()];

  constructor(
    private readonly inputs: Record<string, string> = {},
    readonly context: RunContext = {},
    readonly tempDir: string = tmpdir(),
    readonly isDebug = false,
    private readonly connections: Record<string, AzureConnection> = {},
  ) {}

  getInput(name: string): string | undefined {
    const value = this.inputs[name];
    return value === undefined || value === "" ? undefined : value;
  }
  inputLabel(name: string): string {
    return this.spelling === "camel" ? toCamelCase(name) : name;
  }
  setOutput(name: string, value: string): void {
    this.outputs.set(name, value);
  }
  setSecret(value: string): void {
    this.secrets.push(value);
  }
  info(message: string): void {
    this.logs.push({ level: "info", message });
  }
  untrusted(text: string): void {
    this.logs.push({ level: "info", message: text });
  }
  debug(message: string): void {
    this.logs.push({ level: "debug", message });
  }
  warning(message: string): void {
    this.logs.push({ level: "warning", message });
  }
  error(message: string): void {
    this.logs.push({ level: "error", message });
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.logs.push({ level: "group", message: title });
    return fn();
  }
  async appendSummary(markdown: string): Promise<void> {
    this.summaries.push(markdown);
  }
  getAzureConnection(name: string): AzureConnection {
    const connection = this.connections[name];
    if (!connection) throw new Error(`No service connection '${name}'.`);
    return connection;
  }
  cancel(): void {
    this.controller.abort(new Error("Cancelled"));
  }
  fail(message: string): void {
    this.failure = message;
  }
}
