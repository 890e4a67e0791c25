import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  escapeMarkdown
} from "./chunk-2DTXJNLI.mjs";
import {
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

export {
  createEvent,
  lineageTags,
  publishEvent
};
