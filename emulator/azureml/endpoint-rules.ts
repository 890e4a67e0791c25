import { armError, type EmulatorResponse } from "./http";
import type { DeploymentRecord } from "./state";

const NAME = /^[a-zA-Z][a-zA-Z0-9-]{1,30}[a-zA-Z0-9]$/;

export function checkName(kind: "Endpoint" | "Deployment", name: string): EmulatorResponse | undefined {
  if (NAME.test(name)) return undefined;
  return armError(400, "BadArgument",
    `${kind} name '${name}' is invalid. It must be 3-32 characters long, start with a letter, contain only letters, numbers and hyphens, and not end with a hyphen.`);
}

/** The service's rules for traffic and mirrorTraffic on top of the spec. */
export function checkTraffic(
  traffic: Record<string, number>,
  mirror: Record<string, number>,
  deployments: Map<string, DeploymentRecord> | undefined,
): EmulatorResponse | undefined {
  const unknown = [...Object.keys(traffic), ...Object.keys(mirror)].filter((name) => !deployments?.has(name));
  if (unknown.length > 0) {
    return armError(400, "BadArgument", `Traffic cannot be set for deployment(s) that do not exist: ${[...new Set(unknown)].join(", ")}.`);
  }
  for (const [name, weight] of Object.entries(traffic)) {
    if (!Number.isInteger(weight) || weight < 0 || weight > 100) {
      return armError(400, "BadArgument", `Traffic for deployment '${name}' must be an integer between 0 and 100, got ${weight}.`);
    }
  }
  const total = Object.values(traffic).reduce((sum, weight) => sum + weight, 0);
  if (total !== 0 && total !== 100) {
    return armError(400, "BadArgument", `Traffic values must sum to 0 or 100; the given values sum to ${total}.`);
  }
  const mirrored = Object.entries(mirror).filter(([, weight]) => weight > 0);
  if (mirrored.length > 1) return armError(400, "BadArgument", "Only one deployment can receive mirrored traffic.");
  for (const [name, weight] of mirrored) {
    if (!Number.isInteger(weight) || weight > 50) {
      return armError(400, "BadArgument", `Mirror traffic for deployment '${name}' must be an integer between 0 and 50, got ${weight}.`);
    }
    if ((traffic[name] ?? 0) > 0) {
      return armError(400, "BadArgument", `Deployment '${name}' receives live traffic and cannot also receive mirrored traffic.`);
    }
  }
  return undefined;
}
