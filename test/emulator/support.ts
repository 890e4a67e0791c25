import type { AccessToken, TokenCredential } from "@azure/core-auth";
import { AzureMachineLearningWorkspaces } from "@azure/arm-machinelearning";
import { startAzurite, type AzuriteInstance } from "../../emulator/harness/azurite";
import { startEmulator, trustCertificateInThisProcess, type Emulator, type EmulatorOptions } from "../../emulator/azureml/index";

/** An unsigned JWT the emulator accepts, with `exp` lifetimeSeconds from now (negative: already expired). */
export function unsignedJwt(lifetimeSeconds: number, claims: Record<string, unknown> = {}): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const exp = Math.floor(Date.now() / 1000) + lifetimeSeconds;
  return `${encode({ alg: "none", typ: "JWT" })}.${encode({ aud: "https://management.azure.com", exp, ...claims })}.`;
}

export function staticCredential(lifetimeSeconds = 3600): TokenCredential & { scopes: string[] } {
  const scopes: string[] = [];
  return {
    scopes,
    async getToken(scope: string | string[]): Promise<AccessToken> {
      scopes.push(...(Array.isArray(scope) ? scope : [scope]));
      return { token: unsignedJwt(lifetimeSeconds), expiresOnTimestamp: Date.now() + lifetimeSeconds * 1000 };
    },
  };
}

export interface Harness {
  azurite: AzuriteInstance;
  emulator: Emulator;
  client: AzureMachineLearningWorkspaces;
  credential: ReturnType<typeof staticCredential>;
  args: [string, string];
  stop(): Promise<void>;
}

export async function startHarness(options: Partial<EmulatorOptions> = {}): Promise<Harness> {
  const azurite = await startAzurite();
  try {
    const emulator = await startEmulator({ blob: { url: azurite.blobUrl, accountName: azurite.accountName, accountKey: azurite.accountKey }, ...options });
    trustCertificateInThisProcess(emulator.ca);
    const credential = staticCredential();
    const client = new AzureMachineLearningWorkspaces(credential, emulator.subscriptionId, { endpoint: emulator.url });
    return {
      azurite, emulator, client, credential,
      args: [emulator.resourceGroup, emulator.workspaceName],
      stop: async () => {
        await emulator.close();
        await azurite.stop();
      },
    };
  } catch (error) {
    await azurite.stop();
    throw error;
  }
}

/** Ids below the emulator's workspace. */
export function workspaceChildId(emulator: Emulator, ...segments: string[]): string {
  return `/subscriptions/${emulator.subscriptionId}/resourceGroups/${emulator.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${emulator.workspaceName}/${segments.join("/")}`;
}

export async function httpsJson(emulator: Emulator, path: string, init: RequestInit = {}): Promise<{ status: number; body: unknown; headers: Headers }> {
  const response = await fetch(path.startsWith("http") ? path : `${emulator.url}${path}`, init);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // plain text
  }
  return { status: response.status, body, headers: response.headers };
}

/** Polls until `probe` returns something other than undefined or false; fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | undefined | false, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms: ${probe.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
