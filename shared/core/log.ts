/**
 * What a service may say while it works. Hosts implement it; services receive it and never see the host.
 * Text from outside (job logs, data, service messages) is printed with `untrusted`, never as a command.
 */
export interface Log {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string): void;
  /** Prints text that anyone may have shaped so that no line of it acts as a CI command. */
  untrusted(text: string): void;
  /** Runs fn inside a collapsible log group. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Keeps a value (key, token, SAS URL) out of every later line. */
  setSecret(value: string): void;
  readonly isDebug: boolean;
}
