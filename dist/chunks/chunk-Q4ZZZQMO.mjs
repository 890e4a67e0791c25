import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  ConfigurationError,
  errorMessage
} from "./chunk-V4Z2CQOR.mjs";

// shared/governance/event.ts
function createEvent(step, context, fields, now = /* @__PURE__ */ new Date()) {
  return {
    step,
    time: now.toISOString(),
    actor: context.actor,
    repository: context.repository,
    ref: context.ref,
    sha: context.sha,
    pullRequest: context.pullRequest,
    runUrl: context.runUrl,
    subject: {},
    evidence: {},
    links: [],
    ...fields
  };
}
function lineageTags(context) {
  let tags = {
    "amlops.repository": context.repository,
    "amlops.commit": context.sha,
    "amlops.ref": context.ref,
    "amlops.pull-request": context.pullRequest?.toString(),
    "amlops.run-url": context.runUrl,
    "amlops.actor": context.actor
  };
  return Object.fromEntries(Object.entries(tags).filter((entry) => !!entry[1]));
}

// shared/governance/markdown.ts
function escapeMarkdown(text) {
  return text.replace(/[\\`*_{}[\]()#+!|<>~]/g, (char) => `\\${char}`).replace(/&/g, "&amp;").replace(/@/g, "@\u200B").replace(/\r?\n/g, " ");
}
function table(header, rows) {
  let line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join(`
`);
}
function codeBlock(content, language = "") {
  let longest = Math.max(2, ...(content.match(/`+/g) ?? []).map((run) => run.length)), fence = "`".repeat(longest + 1);
  return `${fence}${language}
${content}
${fence}`;
}
function formatNumber(value) {
  return Number.isFinite(value) ? value !== 0 && (Math.abs(value) < 1e-4 || Math.abs(value) >= 1e6) ? value.toExponential(3) : String(Number(value.toPrecision(6))) : String(value);
}

// shared/governance/publish.ts
var OUTCOME_MARK = {
  succeeded: "\u2705",
  failed: "\u274C",
  cancelled: "\u23F9\uFE0F",
  planned: "\u{1F4DD}",
  warning: "\u26A0\uFE0F"
};
function renderEvent(event, body) {
  let facts = [
    event.actor && `by ${escapeMarkdown(event.actor)}`,
    event.ref && `on \`${event.ref.replace(/`/g, "'")}\``,
    event.sha && `at ${event.sha.slice(0, 7)}`,
    event.runUrl && `[run](${encodeURI(event.runUrl)})`,
    event.time
  ].filter(Boolean), reason = event.reason ? `

**Why:** ${escapeMarkdown(event.reason)}` : "";
  return `### ${OUTCOME_MARK[event.outcome]} amlops ${event.step}: ${escapeMarkdown(event.headline)}

${facts.join(" \xB7 ")}${reason}

${body}
`;
}
async function publishEvent(host, event, body, webhookUrl) {
  if (await host.appendSummary(renderEvent(event, body)), !!webhookUrl)
    try {
      let response = await fetch(webhookUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(event),
        signal: AbortSignal.timeout(15e3)
      });
      response.ok || host.warning(`The webhook answered HTTP ${response.status}; the governance event was not delivered.`);
    } catch (error) {
      host.warning(`The webhook could not be reached (${errorMessage(error)}); the governance event was not delivered.`);
    }
}

// shared/core/paths.ts
import { realpathSync } from "node:fs";
import { realpath } from "node:fs/promises";
import path from "node:path";
function defaultContainment() {
  return { roots: [process.cwd()] };
}
function isInside(target, folder) {
  let relative = path.relative(folder, target);
  return relative === "" || !relative.startsWith("..") && !path.isAbsolute(relative);
}
function realOrSelf(folder) {
  try {
    return realpathSync(folder);
  } catch {
    return path.resolve(folder);
  }
}
function allowedFolders(containment, namedIn) {
  return [...containment.roots, namedIn].map(realOrSelf);
}
async function containedPath(target, namedIn, containment, origin, written) {
  let real;
  try {
    real = await realpath(target);
  } catch {
    return target;
  }
  return assertInside(real, allowedFolders(containment, namedIn), origin, written), real;
}
function assertInside(real, allowed, origin, written) {
  if (!allowed.some((folder) => isInside(real, folder)))
    throw new ConfigurationError(
      `${origin}: path ${JSON.stringify(written)} resolves to ${real}, outside the workspace (${[...new Set(allowed)].join(", ")}); paths named in files must stay inside the workspace or the folder of the file that names them.`
    );
}

export {
  createEvent,
  lineageTags,
  escapeMarkdown,
  table,
  codeBlock,
  formatNumber,
  publishEvent,
  defaultContainment,
  allowedFolders,
  containedPath,
  assertInside
};
