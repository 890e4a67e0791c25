import { ConfigurationError, SettingError } from "../core/errors";
import type { Host } from "../host/port";

/**
 * Runs a service call and turns a SettingError about one of `inputs` (setting → kebab-case input name) into
 * a ConfigurationError naming that input as the user spells it on this host.
 */
export async function withInputNames<T>(host: Host, inputs: Record<string, string>, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof SettingError && inputs[error.setting]) {
      throw new ConfigurationError(`Input '${host.inputLabel(inputs[error.setting])}': ${error.message}`);
    }
    throw error;
  }
}
