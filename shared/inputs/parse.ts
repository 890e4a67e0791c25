import { ConfigurationError } from "../core/errors";
import type { Host } from "../host/port";
import { safeParse } from "zod/mini";
import type { InputDef } from "./define";

export type InputDefs = Record<string, InputDef<unknown>>;
export type ParsedInputs<D extends InputDefs> = { [K in keyof D]: D[K] extends InputDef<infer T> ? T : never };

/** Reads and validates every input; the first invalid one raises one error naming it and what is accepted. */
export function parseInputs<D extends InputDefs>(defs: D, host: Host): ParsedInputs<D> {
  const parsed: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(defs)) {
    if (def.meta.hosts && !(def.meta.hosts as readonly string[]).includes(host.kind)) {
      parsed[name] = safeParse(def.schema, undefined).data;
      continue;
    }
    const raw = host.getInput(name, { secret: def.meta.secret });
    if (raw !== undefined && def.meta.secret) host.setSecret(raw);
    if (raw === undefined && def.meta.required) {
      throw new ConfigurationError(`Input '${host.inputLabel(name)}' is required: expected ${def.meta.accepts}.`);
    }
    const result = safeParse(def.schema, raw);
    if (!result.success) {
      const shown = def.meta.secret ? "" : `, got '${truncate(raw ?? "")}'`;
      const issue = result.error.issues[0];
      const because = issue?.code === "custom" && issue.message && issue.message !== def.meta.accepts && issue.message !== "Invalid input" ? ` (${issue.message})` : "";
      throw new ConfigurationError(`Input '${host.inputLabel(name)}' must be ${def.meta.accepts}${shown}${because}.`);
    }
    parsed[name] = result.data;
  }
  return parsed as ParsedInputs<D>;
}

function truncate(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}...` : value;
}
