/** Where the run comes from: the lineage every step records. */
export interface RunContext {
  repository?: string;
  sha?: string;
  ref?: string;
  pullRequest?: number;
  /** The pull request's title, where the host knows it. */
  pullRequestTitle?: string;
  /** The first line of the commit's message, where the host knows it. */
  commitSubject?: string;
  runUrl?: string;
  actor?: string;
  workflow?: string;
  eventName?: string;
  serverUrl?: string;
}
