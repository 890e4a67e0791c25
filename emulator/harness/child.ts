import { spawn, type ChildProcess } from "node:child_process";

export interface SignalWhen {
  /** Tested against every output line (stdout and stderr). */
  pattern: RegExp;
  /** Default SIGINT, what the runner and the agent send first on cancellation. */
  signal?: NodeJS.Signals;
  /** Then this signal (SIGTERM by default) after `afterMs`, as the runner escalates. */
  escalate?: { afterMs: number; signal?: NodeJS.Signals };
}

export interface ChildOptions {
  script: string;
  /** Command-line arguments after the script. */
  args?: string[];
  env: Record<string, string>;
  cwd: string;
  /** Kills the child (SIGKILL) and rejects after this long (default 120 000 ms). */
  timeoutMs?: number;
  onStdout?: (line: string, child: ChildProcess) => void;
  onStderr?: (line: string, child: ChildProcess) => void;
  signalWhen?: SignalWhen;
}

export interface ChildResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Complete lines of both streams in arrival order (what the runner/agent interprets). */
  lines: string[];
  /** Signals the harness sent. */
  signalsSent: NodeJS.Signals[];
}

/** Runs `node <script>` with exactly the given environment and collects its output. */
export function runNodeScript(options: ChildOptions): Promise<ChildResult> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const child = spawn(process.execPath, [options.script, ...(options.args ?? [])], { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  const signalsSent: NodeJS.Signals[] = [];
  let stdout = "";
  let stderr = "";
  let signalled = false;
  let escalation: NodeJS.Timeout | undefined;

  const send = (signal: NodeJS.Signals): void => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    signalsSent.push(signal);
    child.kill(signal);
  };

  const onLine = (line: string, callback?: (line: string, child: ChildProcess) => void): void => {
    lines.push(line);
    callback?.(line, child);
    const when = options.signalWhen;
    if (when && !signalled && when.pattern.test(line)) {
      signalled = true;
      send(when.signal ?? "SIGINT");
      if (when.escalate) {
        const next = when.escalate.signal ?? "SIGTERM";
        escalation = setTimeout(() => send(next), when.escalate.afterMs);
      }
    }
  };

  const splitter = (append: (text: string) => void, callback?: (line: string, child: ChildProcess) => void) => {
    let partial = "";
    return {
      data(chunk: Buffer): void {
        const text = chunk.toString("utf8");
        append(text);
        partial += text;
        const parts = partial.split(/\r?\n/);
        partial = parts.pop() ?? "";
        for (const line of parts) onLine(line, callback);
      },
      flush(): void {
        if (partial) onLine(partial, callback);
        partial = "";
      },
    };
  };
  const out = splitter((t) => (stdout += t), options.onStdout);
  const err = splitter((t) => (stderr += t), options.onStderr);
  child.stdout.on("data", out.data);
  child.stderr.on("data", err.data);

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      send("SIGKILL");
      reject(
        new Error(
          `${options.script} did not finish within ${timeoutMs} ms and was killed.\n--- last stdout ---\n${tail(stdout)}\n--- last stderr ---\n${tail(stderr)}`,
        ),
      );
    }, timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      clearTimeout(escalation);
      reject(error);
    });
    child.once("close", (exitCode, signal) => {
      clearTimeout(timer);
      clearTimeout(escalation);
      out.flush();
      err.flush();
      resolve({ exitCode, signal, stdout, stderr, lines, signalsSent });
    });
  });
}

function tail(text: string, count = 30): string {
  return text.split("\n").slice(-count).join("\n");
}
