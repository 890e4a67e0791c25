import type { Log } from "../core/log";
import type { RunContext } from "../core/run-context";

export type { RunContext };

/** Everything a step may know about the CI system it runs on. Only shared/host/ implements it. */
export interface Host extends Log {
  readonly kind: "github" | "azure-pipelines" | "memory";
  /** Raw value of an input by its kebab-case name; undefined when not set or empty. A secret is masked before anything could print it. */
  getInput(name: string, options?: { secret?: boolean }): string | undefined;
  /** The input's name as users write it on this host (kebab-case on GitHub, camelCase on Azure Pipelines). */
  inputLabel(name: string): string;
  /** Sets an output by its kebab-case name (each host maps it to its own convention). */
  setOutput(name: string, value: string): void;
  error(message: string): void;
  /** Appends markdown to the job / build summary. */
  appendSummary(markdown: string): Promise<void>;
  /** An OIDC token of the CI system for the given audience, or undefined where the host offers none. */
  getIdToken?(audience: string): Promise<string>;
  /** An Azure Resource Manager service connection by name (Azure Pipelines only). */
  getAzureConnection?(name: string): AzureConnection;
  /** Aborted when the CI run is cancelled. */
  readonly cancellation: AbortSignal;
  readonly context: RunContext;
  /** Directory for temporary files of this run. */
  readonly tempDir: string;
  /** Folders that paths named inside files (MLTable paths, a job's code, symlinks) may resolve into. */
  readonly workspaceRoots: readonly string[];
  /** Marks the step failed with one message (no stack); the process exit code becomes 1. */
  fail(message: string): void;
}

/** What a service connection holds, as the agent hands it to a task. */
export interface AzureConnection {
  id: string;
  scheme: "WorkloadIdentityFederation" | "ServicePrincipal" | "ManagedServiceIdentity";
  tenantId?: string;
  clientId?: string;
  clientSecret?: string;
  certificate?: string;
  subscriptionId?: string;
  authorityHost?: string;
  armEndpoint?: string;
  /** System.AccessToken, which the workload identity federation exchange needs. */
  accessToken?: string;
}
