import { existsSync } from "node:fs";
import * as z from "zod/mini";

export type HostKind = "github" | "azure-pipelines";

/** How an input is presented in manifests; its zod schema decides what is accepted. */
export interface InputMeta {
  description: string;
  required?: boolean;
  /** Default value as the user would type it. */
  default?: string;
  /** Default on GitHub only, e.g. an expression such as `${{ github.token }}`. */
  githubDefault?: string;
  secret?: boolean;
  kind: "string" | "boolean" | "choice" | "multiline" | "path" | "connection";
  options?: readonly string[];
  /** Hosts that offer this input; both when absent. */
  hosts?: readonly HostKind[];
  /** What is accepted, for error messages. */
  accepts: string;
  /** Shown under "Advanced" (collapsed) in the Azure Pipelines task editor. */
  advanced?: boolean;
  /** Shown in the task editor only while another input has a value: `{ input: "compare-to", equals: "version" }`. */
  visibleWhen?: { input: string; equals: string };
  /** Label in the task editor when the generated one (from the name) reads wrong. */
  label?: string;
}

export interface InputDef<T> {
  meta: InputMeta;
  schema: z.ZodMiniType<T, string | undefined>;
}

type Common = Pick<InputMeta, "description" | "required" | "hosts" | "advanced" | "visibleWhen" | "label">;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function text(options: Common & { default?: string; githubDefault?: string; secret?: boolean }): InputDef<string | undefined> {
  return {
    meta: { ...options, kind: "string", accepts: "text" },
    schema: z.pipe(z.optional(z.string()), z.transform((value) => value ?? options.default)),
  };
}

export function requiredText(options: Common & { secret?: boolean }): InputDef<string> {
  return { meta: { ...options, required: true, kind: "string", accepts: "a non-empty value" }, schema: z.string().check(z.minLength(1)) };
}

export function guid(options: Common): InputDef<string | undefined> {
  return {
    meta: { ...options, kind: "string", accepts: "a GUID such as 00000000-0000-0000-0000-000000000000" },
    schema: z.optional(z.string().check(z.regex(GUID))),
  };
}

export function flag(options: Common & { default: boolean }): InputDef<boolean> {
  return {
    meta: { ...options, default: String(options.default), kind: "boolean", accepts: "true or false" },
    schema: z.pipe(
      z.optional(z.string().check(z.regex(/^(true|false)$/i))),
      z.transform((value) => (value === undefined ? options.default : value.toLowerCase() === "true")),
    ),
  };
}

export function choice<const T extends string>(options: Common & { options: readonly T[]; default?: T }): InputDef<T | undefined> {
  const schema = z.optional(z.enum(options.options as unknown as [T, ...T[]]));
  return {
    meta: { ...options, default: options.default, kind: "choice", accepts: `one of ${options.options.join(", ")}` },
    schema: z.pipe(schema, z.transform((value) => value ?? options.default)) as unknown as z.ZodMiniType<T | undefined, string | undefined>,
  };
}

export function count(options: Common & { default?: number; min?: number; max?: number; integer?: boolean }): InputDef<number | undefined> {
  const noun = options.integer ? "a whole number" : "a number";
  const range =
    options.min !== undefined && options.max !== undefined
      ? `${noun} from ${options.min} to ${options.max}`
      : options.min !== undefined
        ? `${noun} ≥ ${options.min}`
        : options.max !== undefined
          ? `${noun} ≤ ${options.max}`
          : noun;
  return {
    meta: { ...options, default: options.default?.toString(), kind: "string", accepts: range },
    schema: z.pipe(
      z.optional(z.string()),
      z.transform((value, ctx) => {
        if (value === undefined) return options.default;
        const parsed = Number(value.trim());
        const valid =
          value.trim() !== "" &&
          Number.isFinite(parsed) &&
          (!options.integer || Number.isInteger(parsed)) &&
          (options.min === undefined || parsed >= options.min) &&
          (options.max === undefined || parsed <= options.max);
        if (!valid) {
          ctx.issues.push({ code: "custom", message: range, input: value });
          return z.NEVER;
        }
        return parsed;
      }),
    ),
  };
}

export function url(options: Common & { default?: string; secret?: boolean }): InputDef<string | undefined> {
  return {
    meta: { ...options, kind: "string", accepts: "an https:// URL" },
    schema: z.pipe(
      z.optional(z.string().check(z.refine((value) => /^https?:\/\/[^\s]+$/.test(value) && URL.canParse(value)))),
      z.transform((value) => value ?? options.default),
    ),
  };
}

export function lines(options: Common): InputDef<string[]> {
  return {
    meta: { ...options, kind: "multiline", accepts: "one entry per line" },
    schema: z.pipe(
      z.optional(z.string()),
      z.transform((value) =>
        (value ?? "")
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter((line) => line !== "" && !line.startsWith("#")),
      ),
    ),
  };
}

export function existingPath(options: Common & { default?: string }): InputDef<string | undefined> {
  return {
    meta: { ...options, kind: "path", accepts: "the path of an existing file or folder" },
    schema: z.optional(z.string().check(z.refine((value) => existsSync(value), { message: "no such file or folder" }))),
  };
}

/** An Azure Resource Manager service connection (Azure Pipelines only). */
export function armConnection(options: Common): InputDef<string | undefined> {
  return {
    meta: { ...options, kind: "connection", hosts: ["azure-pipelines"], accepts: "the name of an Azure Resource Manager service connection" },
    schema: z.optional(z.string()),
  };
}

/** JSON validated by the caller's schema. */
export function json<T>(options: Common & { schema: z.ZodMiniType<T>; accepts: string }): InputDef<T | undefined> {
  return {
    meta: { description: options.description, required: options.required, hosts: options.hosts, advanced: options.advanced, kind: "multiline", accepts: options.accepts },
    schema: z.pipe(
      z.optional(z.string()),
      z.transform((value, ctx) => {
        if (value === undefined) return undefined;
        let parsed: unknown;
        try {
          parsed = JSON.parse(value);
        } catch {
          ctx.issues.push({ code: "custom", message: "not valid JSON", input: value });
          return z.NEVER;
        }
        const result = z.safeParse(options.schema, parsed);
        if (!result.success) {
          ctx.issues.push({ code: "custom", message: result.error.issues[0]?.message ?? "invalid", input: value });
          return z.NEVER;
        }
        return result.data;
      }),
    ),
  };
}

/** Multi-line text kept as written: the caller needs its line and column numbers. */
export function multilineText(options: Common & { accepts: string }): InputDef<string | undefined> {
  return { meta: { ...options, kind: "multiline" }, schema: z.optional(z.string()) };
}
