import type { JobBaseProperties } from "@azure/arm-machinelearning";
import { optionalString, optionalStringMap, type Mapping } from "./spec-fields";

export const JOB_BASE_FIELDS = ["$schema", "type", "name", "display_name", "experiment_name", "description", "tags", "properties"] as const;

type BaseFields = Pick<JobBaseProperties, "displayName" | "experimentName" | "description" | "tags" | "properties">;

/** Fields every job type carries: display_name, experiment_name, description, tags, properties. */
export function jobBaseFields(spec: Mapping, defaultExperimentName?: string): BaseFields {
  const fields: BaseFields = {};
  const displayName = optionalString(spec, "display_name", "");
  if (displayName !== undefined) fields.displayName = displayName;
  const experimentName = optionalString(spec, "experiment_name", "") ?? defaultExperimentName;
  if (experimentName !== undefined) fields.experimentName = experimentName;
  const description = optionalString(spec, "description", "");
  if (description !== undefined) fields.description = description;
  const tags = optionalStringMap(spec, "tags", "");
  if (tags) fields.tags = tags;
  const properties = optionalStringMap(spec, "properties", "");
  if (properties) fields.properties = properties;
  return fields;
}
