import { errorMessage } from "../core/errors";

/** One line for the user; the stack only when debug logging is on. */
export function describeFailure(error: unknown, debug: boolean): { message: string; detail?: string } {
  const message = errorMessage(error).trim() || "The step failed without a message.";
  const detail = debug && error instanceof Error && error.stack ? error.stack : undefined;
  return { message: message.split(/\r?\n/).join(" "), detail };
}
