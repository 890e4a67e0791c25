import type { WorkspaceBlobStore } from "./blob";
import type { Faults } from "./faults";
import type { WorkspaceCoordinates } from "./ids";
import type { LroManager } from "./lro";
import type { EmulatorState } from "./state";
import type { Timers } from "./timers";

export interface LroSettings {
  /** How long a provisioning operation stays InProgress. */
  durationMs: number;
  /** Sent as Retry-After on pending LRO answers when set. */
  retryAfterSeconds?: number;
  /** How PUTs of online endpoints and deployments announce their LRO (the service uses Azure-AsyncOperation). */
  putMode: "AzureAsyncOperation" | "Location" | "Body";
}

export interface EmulatorContext {
  state: EmulatorState;
  workspace: WorkspaceCoordinates & { location: string };
  baseUrl: () => string;
  now: () => Date;
  blob: WorkspaceBlobStore;
  faults: Faults;
  timers: Timers;
  lro: LroManager;
  lroSettings: LroSettings;
}
