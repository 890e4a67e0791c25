import { startEmulator, type Emulator, type EmulatorOptions } from "../azureml";
import { warmUpValidators } from "../azureml/validation";
import { startAzureDevOpsFake, type AzureDevOpsFake, type AzureDevOpsFakeOptions } from "../fakes/azure-devops";
import { startEntraFake, type EntraFake } from "../fakes/entra";
import { startGitHubFake, type GitHubFake, type GitHubFakeOptions } from "../fakes/github";
import { combineCaFiles, testTls } from "../fakes/tls";
import { startAzurite, type AzuriteInstance, type AzuriteOptions } from "./azurite";
import { runAction, runTask, type ActionRunOptions, type ActionRunResult, type ActionStep, type TaskRunOptions, type TaskRunResult } from "./contract";
import type { ServiceConnectionSettings } from "./agent-env";
import type { StepId } from "../../shared/core/steps";

export * from "./contract";

export const HARNESS_TENANT_ID = "7d3c9b1a-2e4f-4a6b-8c0d-1e2f3a4b5c6d";
export const HARNESS_CLIENT_ID = "c0ffee00-1234-4abc-9def-0123456789ab";
export const HARNESS_CLIENT_SECRET = "amlops-test-client-secret-value";
export const HARNESS_WIF_CONNECTION_ID = "6a1b2c3d-4e5f-4a6b-9c8d-7e6f5a4b3c2d";
export const HARNESS_SECRET_CONNECTION_ID = "8e7d6c5b-4a3f-4e2d-8c1b-0a9f8e7d6c5b";

export interface HarnessOptions {
  /** Azurite's options (e.g. HTTPS with OAuth); its certificate is added to the trusted CAs. */
  azurite?: AzuriteOptions;
  emulator?: Partial<Omit<EmulatorOptions, "blob">>;
  /** Lifetime of Entra access tokens (short values exercise refresh during long waits). */
  tokenLifetimeSeconds?: number;
  /** Lifetime of the GitHub and Azure DevOps OIDC tokens. */
  oidcLifetimeSeconds?: number;
  github?: GitHubFakeOptions;
  azureDevOps?: AzureDevOpsFakeOptions;
}

/** Credential settings an action takes as inputs (GitHub OIDC path: client and tenant IDs, no secret). */
export interface ActionCredentialInputs {
  "subscription-id": string;
  "resource-group": string;
  "workspace-name": string;
  "client-id": string;
  "tenant-id": string;
  "arm-endpoint": string;
  "authority-host": string;
}

export interface Harness {
  azurite: AzuriteInstance;
  emulator: Emulator;
  entra: EntraFake;
  github: GitHubFake;
  azureDevOps: AzureDevOpsFake;
  tenantId: string;
  clientId: string;
  /** Also registered on the app, for the client-secret path. */
  clientSecret: string;
  /** Every CA a child must trust (fakes and emulator), and their combination. */
  caCertPaths: string[];
  caCertPath: string;
  actionInputs: ActionCredentialInputs;
  /** Workspace inputs of a task (the subscription comes from the service connection). */
  taskInputs: { resourceGroup: string; workspaceName: string };
  /** Workload identity federation connection, trusted by the Entra app. */
  serviceConnection: ServiceConnectionSettings;
  /** Service principal connection with a client secret. */
  secretServiceConnection: ServiceConnectionSettings;
  /** `runAction` with the fakes, CAs, credential inputs and client secret masking filled in. */
  runAction(step: ActionStep, options?: ActionRunOptions): Promise<ActionRunResult>;
  /** `runTask` with the fakes, CAs, workload identity connection and workspace inputs filled in. */
  runTask(step: StepId, options?: TaskRunOptions): Promise<TaskRunResult>;
  /** Milliseconds each part took to start (they start concurrently; the emulator after Azurite). */
  startupMs: { azurite: number; emulator: number; entra: number; github: number; azureDevOps: number; total: number };
  stop(): Promise<void>;
}

/** Starts Azurite, the Azure ML emulator and the Entra, GitHub and Azure DevOps fakes, wired to each other. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const begin = Date.now();
  const startupMs = { azurite: 0, emulator: 0, entra: 0, github: 0, azureDevOps: 0, total: 0 };
  const started: { close(): Promise<void> }[] = [];
  const track = <T extends object>(name: keyof typeof startupMs, start: () => Promise<T>, close: (value: T) => Promise<void>): Promise<T> => {
    const from = Date.now();
    return start().then((value) => {
      startupMs[name] = Date.now() - from;
      started.push({ close: () => close(value) });
      return value;
    });
  };
  // The emulator's spec validators do not need Azurite: load them (cached per process) while Azurite starts.
  if (options.emulator?.validate !== false) warmUpValidators().catch(() => undefined);
  const azuriteAndEmulator = track("azurite", () => startAzurite(options.azurite), (a) => a.stop()).then(async (azurite) => {
    const blob = { url: azurite.blobUrl, accountName: azurite.accountName, accountKey: azurite.accountKey };
    const emulator = await track("emulator", () => startEmulator({ ...options.emulator, blob }), (e) => e.close());
    return { azurite, emulator };
  });
  const oidcLifetimeSeconds = options.oidcLifetimeSeconds;
  const pieces = await Promise.allSettled([
    azuriteAndEmulator,
    track("entra", () => startEntraFake({ tokenLifetimeSeconds: options.tokenLifetimeSeconds }), (f) => f.close()),
    track("github", () => startGitHubFake({ oidcLifetimeSeconds, ...options.github }), (f) => f.close()),
    track("azureDevOps", () => startAzureDevOpsFake({ oidcLifetimeSeconds, ...options.azureDevOps }), (f) => f.close()),
  ] as const);
  startupMs.total = Date.now() - begin;
  const failed = pieces.find((p): p is PromiseRejectedResult => p.status === "rejected");
  if (failed) {
    await Promise.allSettled(started.map((s) => s.close()));
    throw failed.reason;
  }
  const [{ azurite, emulator }, entra, github, azureDevOps] = pieces.map((p) => (p as PromiseFulfilledResult<unknown>).value) as [
    { azurite: AzuriteInstance; emulator: Emulator },
    EntraFake,
    GitHubFake,
    AzureDevOpsFake,
  ];

  const serviceConnection: ServiceConnectionSettings = {
    id: HARNESS_WIF_CONNECTION_ID,
    name: "amlops-wif",
    scheme: "WorkloadIdentityFederation",
    tenantId: HARNESS_TENANT_ID,
    clientId: HARNESS_CLIENT_ID,
    subscriptionId: emulator.subscriptionId,
    authorityHost: entra.url,
    armUrl: emulator.url,
    issuer: azureDevOps.oidcIssuer,
  };
  serviceConnection.subject = azureDevOps.subjectFor({ id: serviceConnection.id, name: serviceConnection.name as string });
  azureDevOps.addServiceConnection({ id: serviceConnection.id, name: serviceConnection.name as string });
  const secretServiceConnection: ServiceConnectionSettings = {
    ...serviceConnection,
    id: HARNESS_SECRET_CONNECTION_ID,
    name: "amlops-secret",
    scheme: "ServicePrincipal",
    clientSecret: HARNESS_CLIENT_SECRET,
    issuer: undefined,
    subject: undefined,
  };
  const repositories = [...github.repositories].map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  entra.registerApp({
    clientId: HARNESS_CLIENT_ID,
    tenantId: HARNESS_TENANT_ID,
    secrets: [HARNESS_CLIENT_SECRET],
    federatedCredentials: [
      // Any branch, tag, environment or pull request of the test repositories, as a flexible federated credential allows.
      { issuer: "https://token.actions.githubusercontent.com", subject: new RegExp(`^repo:(${repositories.join("|")}):`, "i") },
      { issuer: azureDevOps.oidcIssuer, subject: serviceConnection.subject },
    ],
  });

  const azuriteCa = options.azurite?.tls?.certPath;
  const caCertPaths = [...new Set([testTls().caPath, emulator.caCertPath, ...(azuriteCa ? [azuriteCa] : [])])];
  const actionInputs: ActionCredentialInputs = {
    "subscription-id": emulator.subscriptionId,
    "resource-group": emulator.resourceGroup,
    "workspace-name": emulator.workspaceName,
    "client-id": HARNESS_CLIENT_ID,
    "tenant-id": HARNESS_TENANT_ID,
    "arm-endpoint": emulator.url,
    "authority-host": entra.url,
  };
  const taskInputs = { resourceGroup: emulator.resourceGroup, workspaceName: emulator.workspaceName };

  return {
    azurite,
    emulator,
    entra,
    github,
    azureDevOps,
    tenantId: HARNESS_TENANT_ID,
    clientId: HARNESS_CLIENT_ID,
    clientSecret: HARNESS_CLIENT_SECRET,
    caCertPaths,
    caCertPath: combineCaFiles(caCertPaths) as string,
    startupMs,
    actionInputs,
    taskInputs,
    serviceConnection,
    secretServiceConnection,
    runAction: (step, runOptions = {}) =>
      runAction(step, {
        github,
        ...runOptions,
        caCertPaths: [...caCertPaths, ...(runOptions.caCertPaths ?? [])],
        secrets: [HARNESS_CLIENT_SECRET, ...(runOptions.secrets ?? [])],
        inputs: { ...actionInputs, ...runOptions.inputs },
      }),
    runTask: (step, runOptions = {}) =>
      runTask(step, {
        azureDevOps,
        serviceConnection,
        ...runOptions,
        caCertPaths: [...caCertPaths, ...(runOptions.caCertPaths ?? [])],
        inputs: { ...taskInputs, ...runOptions.inputs },
      }),
    stop: async () => {
      await Promise.allSettled(started.reverse().map((s) => s.close()));
    },
  };
}
