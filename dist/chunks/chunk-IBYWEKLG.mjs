import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  _enum,
  _minLength,
  _regex,
  optional,
  pipe,
  refine,
  string,
  transform
} from "./chunk-PQRR4E6D.mjs";
import {
  NEVER,
  safeParse
} from "./chunk-U4WN3ET4.mjs";

// shared/inputs/define.ts
import { existsSync } from "node:fs";
var GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function text(options) {
  return {
    meta: { ...options, kind: "string", accepts: "text" },
    schema: pipe(optional(string()), transform((value) => value ?? options.default))
  };
}
function requiredText(options) {
  return { meta: { ...options, required: !0, kind: "string", accepts: "a non-empty value" }, schema: string().check(_minLength(1)) };
}
function guid(options) {
  return {
    meta: { ...options, kind: "string", accepts: "a GUID such as 00000000-0000-0000-0000-000000000000" },
    schema: optional(string().check(_regex(GUID)))
  };
}
function flag(options) {
  return {
    meta: { ...options, default: String(options.default), kind: "boolean", accepts: "true or false" },
    schema: pipe(
      optional(string().check(_regex(/^(true|false)$/i))),
      transform((value) => value === void 0 ? options.default : value.toLowerCase() === "true")
    )
  };
}
function choice(options) {
  let schema = optional(_enum(options.options));
  return {
    meta: { ...options, default: options.default, kind: "choice", accepts: `one of ${options.options.join(", ")}` },
    schema: pipe(schema, transform((value) => value ?? options.default))
  };
}
function count(options) {
  let noun = options.integer ? "a whole number" : "a number", range = options.min !== void 0 && options.max !== void 0 ? `${noun} from ${options.min} to ${options.max}` : options.min !== void 0 ? `${noun} \u2265 ${options.min}` : options.max !== void 0 ? `${noun} \u2264 ${options.max}` : noun;
  return {
    meta: { ...options, default: options.default?.toString(), kind: "string", accepts: range },
    schema: pipe(
      optional(string()),
      transform((value, ctx) => {
        if (value === void 0) return options.default;
        let parsed = Number(value.trim());
        return value.trim() !== "" && Number.isFinite(parsed) && (!options.integer || Number.isInteger(parsed)) && (options.min === void 0 || parsed >= options.min) && (options.max === void 0 || parsed <= options.max) ? parsed : (ctx.issues.push({ code: "custom", message: range, input: value }), NEVER);
      })
    )
  };
}
function url(options) {
  return {
    meta: { ...options, kind: "string", accepts: "an https:// URL" },
    schema: pipe(
      optional(string().check(refine((value) => /^https?:\/\/[^\s]+$/.test(value) && URL.canParse(value)))),
      transform((value) => value ?? options.default)
    )
  };
}
function lines(options) {
  return {
    meta: { ...options, kind: "multiline", accepts: "one entry per line" },
    schema: pipe(
      optional(string()),
      transform(
        (value) => (value ?? "").split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"))
      )
    )
  };
}
function existingPath(options) {
  return {
    meta: { ...options, kind: "path", accepts: "the path of an existing file or folder" },
    schema: optional(string().check(refine((value) => existsSync(value), { message: "no such file or folder" })))
  };
}
function armConnection(options) {
  return {
    meta: { ...options, kind: "connection", hosts: ["azure-pipelines"], accepts: "the name of an Azure Resource Manager service connection" },
    schema: optional(string())
  };
}
function json(options) {
  return {
    meta: { description: options.description, required: options.required, hosts: options.hosts, advanced: options.advanced, kind: "multiline", accepts: options.accepts },
    schema: pipe(
      optional(string()),
      transform((value, ctx) => {
        if (value === void 0) return;
        let parsed;
        try {
          parsed = JSON.parse(value);
        } catch {
          return ctx.issues.push({ code: "custom", message: "not valid JSON", input: value }), NEVER;
        }
        let result = safeParse(options.schema, parsed);
        return result.success ? result.data : (ctx.issues.push({ code: "custom", message: result.error.issues[0]?.message ?? "invalid", input: value }), NEVER);
      })
    )
  };
}
function multilineText(options) {
  return { meta: { ...options, kind: "multiline" }, schema: optional(string()) };
}

// shared/steps/common-inputs.ts
var workspaceInputs = {
  "subscription-id": guid({ description: "Azure subscription ID of the workspace. On Azure Pipelines it defaults to the service connection's subscription." }),
  "resource-group": text({ description: "Resource group of the Azure Machine Learning workspace." }),
  "workspace-name": text({ description: "Name of the Azure Machine Learning workspace." })
}, authInputs = {
  azureSubscription: armConnection({
    description: "Azure Resource Manager service connection (workload identity federation or service principal)."
  }),
  "client-id": guid({ description: "Application (client) ID to sign in with: GitHub OIDC federation, or with client-secret." }),
  "tenant-id": guid({ description: "Microsoft Entra tenant ID to sign in to." }),
  "client-secret": text({ description: "Client secret of the application; prefer OIDC federation where possible.", secret: !0 }),
  "arm-endpoint": url({
    advanced: !0,
    label: "ARM endpoint",
    description: "Azure Resource Manager endpoint for sovereign clouds or a local emulator. Default: the service connection's, else https://management.azure.com."
  }),
  "authority-host": url({
    advanced: !0,
    description: "Microsoft Entra authority host for sovereign clouds. Default: the service connection's, else https://login.microsoftonline.com."
  })
}, reportingInputs = {
  "dry-run": flag({ advanced: !0, description: "Print the plan (the exact requests) and change nothing.", default: !1 }),
  "note-key": text({
    advanced: !0,
    description: "Key of the sticky governance note on the pull request; steps with the same key share one note. Default: the workflow (GitHub) or pipeline (Azure Pipelines) name."
  }),
  "note-target": choice({
    advanced: !0,
    description: "Where the note goes on push, schedule or dispatch runs: 'summary' (the job summary only) or 'commit-pr' (the pull request the commit belongs to).",
    options: ["summary", "commit-pr"],
    default: "summary",
    hosts: ["github"]
  }),
  "webhook-url": url({ advanced: !0, description: "Optional https URL that receives the governance event (masked as a secret).", secret: !0 }),
  "webhook-format": choice({
    advanced: !0,
    description: "Body of the webhook: 'json' (the event), 'slack' (Block Kit message) or 'teams' (Adaptive Card for a Workflows webhook).",
    options: ["json", "slack", "teams"],
    default: "json"
  }),
  "webhook-allow-private": flag({ advanced: !0, description: "Allow the webhook host to resolve to a loopback or private address (link-local and cloud metadata addresses stay refused).", default: !1 }),
  "governance-file": text({ advanced: !0, description: "Optional file every governance event is appended to as one JSON line, for archiving as an artifact." }),
  "github-token": text({
    description: "Token used to post the governance note on the pull request.",
    githubDefault: "${{ github.token }}",
    hosts: ["github"],
    secret: !0
  })
}, commonInputs = { ...workspaceInputs, ...authInputs, ...reportingInputs };

export {
  text,
  requiredText,
  flag,
  choice,
  count,
  url,
  lines,
  existingPath,
  json,
  multilineText,
  commonInputs
};
