import { SettingError } from "../core/errors";

/** Azure ML's rule for endpoint and deployment names. */
const NAME = /^[a-zA-Z][a-zA-Z0-9-]{1,30}[a-zA-Z0-9]$/;
const RULE = "3-32 characters, starting with a letter, only letters, digits and hyphens, not ending with a hyphen";

export function checkName(setting: "endpointName" | "deploymentName", name: string): string {
  if (!NAME.test(name)) throw new SettingError(setting, `'${name}' is not a valid name: expected ${RULE}.`);
  return name;
}

/** `credit-model` version `7` → `credit-model-7`, shortened and cleaned to fit the naming rule. */
export function deploymentNameFor(modelName: string, version: string): string {
  const clean = (text: string) => text.replace(/[^a-zA-Z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  const suffix = clean(version) || "1";
  let base = clean(modelName).replace(/^[^a-zA-Z]+/, "") || "model";
  base = base.slice(0, Math.max(1, 32 - suffix.length - 1)).replace(/-+$/, "");
  const name = `${base}-${suffix}`.slice(0, 32).replace(/-+$/, "");
  return name.length >= 3 ? name : `${name}-v1`.slice(0, 32);
}
