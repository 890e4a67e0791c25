import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

export const AZURITE_ACCOUNT_NAME = "devstoreaccount1";
/** The well-known development storage key Azurite accepts for devstoreaccount1. */
export const AZURITE_ACCOUNT_KEY =
  "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

export interface AzuriteInstance {
  blobUrl: string;
  accountName: typeof AZURITE_ACCOUNT_NAME;
  accountKey: string;
  connectionString: string;
  stop(): Promise<void>;
}

const LISTENING = /listens on (https?:\/\/[\d.]+:\d+)/;
const STARTUP_TIMEOUT_MS = 20_000;

function azuriteBlobMain(): string {
  const resolver = typeof require === "function" ? require : createRequire(path.join(process.cwd(), "package.json"));
  return path.join(path.dirname(resolver.resolve("azurite/package.json")), "dist", "src", "blob", "main.js");
}

function waitForListening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => fail(new Error(`Azurite did not start within ${STARTUP_TIMEOUT_MS} ms: ${output}`)), STARTUP_TIMEOUT_MS);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = LISTENING.exec(output);
      if (match) finish(match[1]);
    };
    const onExit = (code: number | null): void => fail(new Error(`Azurite exited with code ${code}: ${output}`));
    function cleanup(): void {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.stderr?.off("data", onData);
      child.off("exit", onExit);
    }
    function finish(origin: string): void {
      cleanup();
      resolve(origin);
    }
    function fail(error: Error): void {
      cleanup();
      reject(error);
    }
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", onExit);
  });
}

function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      resolve();
    }
  });
}

export interface AzuriteOptions {
  /** Serve HTTPS with this certificate and key (PEM files) and accept Microsoft Entra bearer tokens (`--oauth basic`). */
  tls?: { certPath: string; keyPath: string };
}

/** Starts Azurite's blob service in memory on a free port of 127.0.0.1. */
export async function startAzurite(options: AzuriteOptions = {}): Promise<AzuriteInstance> {
  const tlsArgs = options.tls ? ["--cert", options.tls.certPath, "--key", options.tls.keyPath, "--oauth", "basic"] : [];
  const child = spawn(
    process.execPath,
    [azuriteBlobMain(), "--blobHost", "127.0.0.1", "--blobPort", "0", "--inMemoryPersistence", "--extentMemoryLimit", "512",
      "--loose", "--skipApiVersionCheck", "--disableTelemetry", "--silent", ...tlsArgs],
    { detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  let origin: string;
  try {
    origin = await waitForListening(child);
  } catch (error) {
    await stopProcessGroup(child);
    throw error;
  }
  child.stdout?.resume();
  child.stderr?.resume();
  const blobUrl = `${origin}/${AZURITE_ACCOUNT_NAME}`;
  return {
    blobUrl,
    accountName: AZURITE_ACCOUNT_NAME,
    accountKey: AZURITE_ACCOUNT_KEY,
    connectionString:
      `DefaultEndpointsProtocol=${options.tls ? "https" : "http"};AccountName=${AZURITE_ACCOUNT_NAME};AccountKey=${AZURITE_ACCOUNT_KEY};BlobEndpoint=${blobUrl};`,
    stop: () => stopProcessGroup(child),
  };
}
