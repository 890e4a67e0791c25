import { ConfigurationError } from "../core/errors";

/** For steps whose behaviour is not part of this release: fails clearly after inputs were validated. */
export function notBuiltYet(stepId: string): Promise<never> {
  return Promise.reject(new ConfigurationError(`The '${stepId}' step is not available in this version of amlops yet; its inputs were valid.`));
}
