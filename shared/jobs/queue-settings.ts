import { ConfigurationError } from "../core/errors";
import { fieldPath, optionalMapping, optionalString, rejectUnknownFields, type Mapping } from "./spec-fields";

const JOB_TIERS: Record<string, string> = { null: "Null", spot: "Spot", basic: "Basic", standard: "Standard", premium: "Premium" };
const PRIORITIES = ["low", "medium", "high"];

export interface QueueSettings {
  jobTier: string;
}

/**
 * `queue_settings` (api-version 2025-12-01 `queueSettings`): job_tier is sent; priority, which the SDK's schema takes but
 * no stable api-version has, is checked and, when `notes` is given, told there instead of sent.
 */
export function parseQueueSettings(spec: Mapping, where: string, notes?: string[]): QueueSettings | undefined {
  const path = fieldPath(where, "queue_settings");
  const queue = optionalMapping(spec, "queue_settings", where);
  if (!queue) return undefined;
  rejectUnknownFields(queue, notes ? ["job_tier", "priority"] : ["job_tier"], path);
  const priority = optionalString(queue, "priority", path);
  if (priority !== undefined) {
    if (!PRIORITIES.includes(priority.toLowerCase())) throw new ConfigurationError(`${fieldPath(path, "priority")}: ${JSON.stringify(priority)} is not accepted; accepted: ${PRIORITIES.join(", ")}.`);
    notes?.push(`${fieldPath(path, "priority")}: not sent — api-version 2025-12-01 has no queue priority.`);
  }
  const tier = optionalString(queue, "job_tier", path);
  const jobTier = tier === undefined ? undefined : JOB_TIERS[tier.toLowerCase()];
  if (jobTier === undefined) throw new ConfigurationError(`${fieldPath(path, "job_tier")}: ${JSON.stringify(tier ?? null)} is not accepted; accepted: ${Object.keys(JOB_TIERS).join(", ")}.`);
  return { jobTier };
}
