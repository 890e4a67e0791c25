import { ConfigurationError, SettingError } from "../core/errors";
import type { Host } from "../host/port";

/** Which input (kebab-case) each service setting came from. */
export type InputNames = Record<string, string>;

/**
 * A SettingError about one of `inputs` as a ConfigurationError naming that input as the user spells it on this
 * host; anything else unchanged.
 */
export function inInputTerms(error: unknown, host: Host, inputs: InputNames): unknown {
  if (!(error instanceof SettingError) || !inputs[error.setting]) return error;
  const label = (setting: string) => (inputs[setting] ? host.inputLabel(inputs[setting]) : setting);
  return new ConfigurationError(error.render ? error.render(label) : `Input '${label(error.setting)}': ${error.message}`);
}

/** Runs a service call and names the input behind any SettingError it throws (see inInputTerms). */
export async function withInputNames<T>(host: Host, inputs: InputNames, call: () => T | Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw inInputTerms(error, host, inputs);
  }
}
