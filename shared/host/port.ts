import type { Log } from "../core/log";
import type { AzureConnection } from "../core/connection";
import type { PullRequestChannel, ReportingSettings } from "../core/pull-request";
import type { RunContext } from "../core/run-context";

export type { AzureConnection };

export type { RunContext };

/** Everything a step may know about the CI system it runs on. Only shared/host/ implements it. */
export interface Host extends Log {
  readonly kind: "github" | "azure-pipelines" | "local";
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
  /** The reporting inputs every step shares: note key, webhook format, governance file. */
  reporting?(): ReportingSettings;
  /**
   * The pull request the governance note and step statuses go to: this run's, or on GitHub with
   * `note-target: commit-pr` the one the commit belongs to. Undefined when there is none; a PermissionError
   * when the run has no token for it.
   */
  pullRequest?(): Promise<PullRequestChannel | undefined>;
  /** Text with every secret registered so far replaced by `***`. */
  mask?(text: string): string;
  /** Marks the step failed with one message (no stack); the process exit code becomes 1. */
  fail(message: string): void;
}
