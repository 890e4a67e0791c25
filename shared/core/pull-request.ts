import type { StepId } from "./steps";

/** One comment (GitHub) or thread (Azure DevOps) on the pull request. */
export interface NoteComment {
  id: string;
  body: string;
}

/** The comments of one pull request as the CI token sees them: where the sticky note lives. */
export interface NoteStore {
  /** Largest body the host accepts. */
  readonly maxLength: number;
  list(): Promise<NoteComment[]>;
  create(body: string): Promise<NoteComment>;
  update(id: string, body: string): Promise<void>;
  /** Removes a comment; one that is already gone is not an error. */
  remove(id: string): Promise<void>;
}

/** A step's result as a check run (GitHub) or pull request status (Azure DevOps). */
export interface StepStatus {
  step: StepId;
  state: "succeeded" | "failed" | "neutral";
  /** The verdict, one line. */
  title: string;
  /** The step's section of the note. */
  summary: string;
  detailsUrl?: string;
}

/** The pull request a run reports to. */
export interface PullRequestChannel {
  /** How a log line names it, e.g. "pull request #7". */
  readonly description: string;
  readonly notes: NoteStore;
  setStatus(status: StepStatus): Promise<void>;
}

/** The CI token may not do this; `permission` is what the workflow or project has to grant, in the host's words. */
export class PermissionError extends Error {
  override name = "PermissionError";
  constructor(
    readonly permission: string,
    message: string,
  ) {
    super(message);
  }
}

/** What the reporting inputs every step shares ask for. */
export interface ReportingSettings {
  /** Steps with the same key share one note. */
  noteKey: string;
  webhookFormat: "json" | "slack" | "teams";
  /** Lets the webhook name resolve to a private or loopback address. */
  webhookAllowPrivate: boolean;
  /** JSON-lines file every event is appended to. */
  governanceFile?: string;
}
