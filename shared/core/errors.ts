/** A problem the user can fix: bad input, a missing file, a resource that does not exist. Printed without a stack. */
export class ConfigurationError extends Error {
  override name = "ConfigurationError";
}

/** How a message spells a setting: the service's own key by default, the input's label once a step maps it. */
export type SettingNames = (setting: string) => string;

/**
 * A value a service was given is not acceptable. `setting` names it in the service's own terms (a key of
 * its settings, e.g. "clientId"); the step that passed it maps the setting to its input, in the host's spelling.
 * A message that names other settings too is a template: `render` spells each of them and is the whole text.
 */
export class SettingError extends ConfigurationError {
  override name = "SettingError";
  readonly render?: (name: SettingNames) => string;
  constructor(
    readonly setting: string,
    message: string | ((name: SettingNames) => string),
  ) {
    super(typeof message === "string" ? message : message((setting) => setting));
    if (typeof message !== "string") this.render = message;
  }
}

/** The service refused or failed an operation; its message is shown to the user as it came. */
export class ServiceError extends Error {
  override name = "ServiceError";
  constructor(
    message: string,
    readonly code?: string,
    readonly statusCode?: number,
  ) {
    super(message);
  }
}

/** The run was cancelled by the CI system. */
export class CancelledError extends Error {
  override name = "CancelledError";
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
