import { errorMessage, SettingError } from "../core/errors";
import type { FeatureChoice } from "./compare";
import { parseDriftMethod } from "./stats";

/** Per-feature tests written one `feature=method` or `feature=method:threshold` per line; a bad line is a SettingError on "featureMethods". */
export function parseFeatureMethods(lines: readonly string[]): Map<string, FeatureChoice> {
  const choices = new Map<string, FeatureChoice>();
  for (const line of lines) {
    const match = /^([^=]+)=\s*([A-Za-z_]+)?\s*(?::\s*(\S+))?$/.exec(line);
    const threshold = match?.[3] !== undefined ? Number(match[3]) : undefined;
    if (!match || (!match[2] && threshold === undefined) || (threshold !== undefined && !Number.isFinite(threshold))) {
      throw new SettingError("featureMethods", `must be one 'feature=method' or 'feature=method:threshold' per line, got '${line}'.`);
    }
    choices.set(match[1].trim(), { method: match[2] ? featureMethod(match[2]) : undefined, threshold });
  }
  return choices;
}

function featureMethod(name: string) {
  try {
    return parseDriftMethod(name);
  } catch (error) {
    throw new SettingError("featureMethods", errorMessage(error));
  }
}
