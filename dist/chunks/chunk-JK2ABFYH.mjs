import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  PermissionError
} from "./chunk-7KSXO4OZ.mjs";
import {
  escapeMarkdown,
  inlineCode,
  link,
  safeUrl,
  table
} from "./chunk-3P5YZ26R.mjs";
import {
  STEP_IDS
} from "./chunk-YEJH5X6S.mjs";
import {
  errorMessage
} from "./chunk-44J6QWGP.mjs";

// shared/governance/publish.ts
import { randomUUID } from "node:crypto";

// shared/governance/governance-file.ts
import { appendFile, mkdir } from "node:fs/promises";
import path from "node:path";
async function appendGovernanceFile(file, event) {
  let target = path.resolve(file);
  await mkdir(path.dirname(target), { recursive: !0 }), await appendFile(target, `${JSON.stringify(event)}
`);
}

// shared/governance/note-budget.ts
var FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
function markdownBlocks(markdown) {
  let lines = markdown.split(`
`), blocks = [], text = (line) => {
    let last = blocks.at(-1);
    last?.kind === "text" ? last.lines.push(line) : blocks.push({ kind: "text", lines: [line] });
  };
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i], fence = FENCE.exec(line);
    if (fence) {
      let marker = fence[1], body = [], close = marker, j = i + 1;
      for (; j < lines.length; j++) {
        let closing = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lines[j]);
        if (closing && closing[1][0] === marker[0] && closing[1].length >= marker.length) {
          close = lines[j];
          break;
        }
        body.push(lines[j]);
      }
      blocks.push({ kind: "fence", open: line, close, lines: body, language: fence[2].trim() }), i = j;
      continue;
    }
    if (line.trimStart().startsWith("|")) {
      let last = blocks.at(-1);
      last?.kind === "table" ? last.lines.push(line) : blocks.push({ kind: "table", lines: [line] });
      continue;
    }
    text(line);
  }
  return blocks;
}
function joinBlocks(blocks) {
  return blocks.map((block) => (block.kind === "fence" ? [block.open, ...block.lines, block.close] : block.lines).join(`
`)).join(`
`);
}
function closeFences(markdown) {
  return joinBlocks(markdownBlocks(markdown));
}
var LEVELS = [
  { tableRows: 50, codeLines: 60, lineLength: 1e3, charts: !0 },
  { tableRows: 20, codeLines: 30, lineLength: 400, charts: !0 },
  { tableRows: 5, codeLines: 10, lineLength: 200, charts: !1 }
], SHRINK_LEVELS = LEVELS.length + 1, DETAILS_LEFT_OUT = "_Details left out to keep the note within its size limit; see the run._";
function shrink(markdown, level) {
  if (level >= LEVELS.length) return withoutDetails(markdown);
  let limits = LEVELS[level], out = [];
  for (let block of markdownBlocks(markdown))
    if (block.kind === "table") {
      let rows = block.lines.length - 2;
      rows > limits.tableRows ? (out.push({ kind: "table", lines: block.lines.slice(0, 2 + limits.tableRows) }), out.push({ kind: "text", lines: ["", `_\u2026 ${rows - limits.tableRows} more rows not shown._`] })) : out.push(block);
    } else if (block.kind === "fence" && block.language === "mermaid" && !limits.charts)
      out.push({ kind: "text", lines: ["_Chart left out to keep the note within its size limit._"] });
    else if (block.kind === "fence" && block.language !== "mermaid") {
      let dropped = Math.max(0, block.lines.length - limits.codeLines), lines = block.lines.slice(dropped).map((line) => line.length > limits.lineLength ? `${line.slice(0, limits.lineLength)} \u2026` : line);
      dropped > 0 && out.push({ kind: "text", lines: [`_\u2026 ${dropped} earlier lines not shown._`, ""] }), out.push({ ...block, lines });
    } else out.push(block);
  return joinBlocks(out);
}
function withoutDetails(markdown) {
  let blocks = markdownBlocks(markdown), out = [], depth = 0;
  for (let block of blocks) {
    if (block.kind !== "text") {
      depth === 0 && out.push(joinBlocks([block]));
      continue;
    }
    for (let line of block.lines)
      /^<details[\s>]/.test(line) ? (depth === 0 && out.push(line.replace(/^<details\s+open>/, "<details>"), "", DETAILS_LEFT_OUT, ""), depth++) : (/^<\/details>/.test(line) && depth > 0 && depth--, depth === 0 && out.push(line));
  }
  return out.join(`
`);
}
function fitMarkdown(markdown, maxLength) {
  let current = markdown;
  for (let level = 0; current.length > maxLength && level < SHRINK_LEVELS; level++) current = shrink(current, level);
  if (current.length <= maxLength) return current;
  let notice = `

${DETAILS_LEFT_OUT}`;
  return closeFences(current.slice(0, Math.max(0, maxLength - notice.length - 20))) + notice;
}

// shared/governance/note-section.ts
var OUTCOME_MARK = {
  succeeded: "\u2705",
  failed: "\u274C",
  cancelled: "\u23F9\uFE0F",
  planned: "\u{1F4DD}",
  warning: "\u26A0\uFE0F"
}, HEADLINE_LIMIT = 200;
function utcTime(iso) {
  let date = new Date(iso);
  return Number.isNaN(date.getTime()) ? escapeMarkdown(iso) : `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}
function shortText(text, limit = HEADLINE_LIMIT) {
  return text.length > limit ? `${text.slice(0, limit - 1)}\u2026` : text;
}
function verdictLine(event) {
  return `### ${OUTCOME_MARK[event.outcome]} amlops ${event.step}: ${escapeMarkdown(shortText(event.headline))}`;
}
function lineageTable(event) {
  let rows = [
    ["commit", event.sha && inlineCode(event.sha.slice(0, 12))],
    ["ref", event.ref && inlineCode(shortText(event.ref))],
    ["pull request", event.pullRequest !== void 0 ? `#${event.pullRequest}${event.pullRequestTitle ? ` \u2014 ${escapeMarkdown(shortText(event.pullRequestTitle))}` : ""}` : void 0],
    ["repository", event.repository && escapeMarkdown(event.repository)],
    ["actor", event.actor && escapeMarkdown(event.actor)],
    ["reason", event.reason && escapeMarkdown(shortText(event.reason, 500))],
    ["run", event.runUrl && link("run", event.runUrl)],
    ["time", utcTime(event.time)]
  ];
  return table(["lineage", ""], rows.filter((row) => !!row[1]));
}
function linksLine(event) {
  return event.links.length === 0 ? "" : `**Links:** ${event.links.map((entry) => link(entry.title, entry.url)).join(" \xB7 ")}`;
}
function renderSection(event, body, history = "") {
  let details = [lineageTable(event), closeFences(body.trim()), linksLine(event)].filter(Boolean).join(`

`);
  return [verdictLine(event), `<details><summary>Details</summary>

${details}

</details>`, history].filter(Boolean).join(`

`);
}

// shared/governance/note.ts
var MAX_HISTORY = 5, NOTE_MARKER = /^<!-- amlops-note (\{.*\}) -->$/m, HISTORY_MARKER = "<!-- amlops-history -->", HEADER_FIELDS = [
  ["model", "Model"],
  ["version", "version"],
  ["endpoint", "endpoint"]
], sectionStart = (step) => `<!-- amlops-section ${step} -->`, sectionEnd = (step) => `<!-- amlops-section-end ${step} -->`;
function parseNote(body) {
  let marker = NOTE_MARKER.exec(body);
  if (!marker) return;
  let data;
  try {
    data = JSON.parse(marker[1]);
  } catch {
    return;
  }
  if (typeof data.key != "string" || !Array.isArray(data.sections)) return;
  let sections = [];
  for (let record of data.sections) {
    if (!record || !STEP_IDS.includes(record.step)) continue;
    let start = body.indexOf(`${sectionStart(record.step)}
`), end = body.indexOf(`
${sectionEnd(record.step)}`, start);
    if (start < 0 || end < 0) continue;
    let content = body.slice(start + sectionStart(record.step).length + 1, end), history = content.indexOf(`

${HISTORY_MARKER}`);
    sections.push({ record: { ...record, history: Array.isArray(record.history) ? record.history : [] }, markdown: history >= 0 ? content.slice(0, history) : content });
  }
  return { key: data.key, sections };
}
function hasSection(note, step, id) {
  return note?.sections.some((section) => section.record.step === step && section.record.id === id) ?? !1;
}
function entryOf(record) {
  return { id: record.id, outcome: record.outcome, headline: shortText(record.headline), time: record.time, ...record.runUrl ? { runUrl: record.runUrl } : {} };
}
function inLoopOrder(sections) {
  return [...sections].sort((a, b) => STEP_IDS.indexOf(a.record.step) - STEP_IDS.indexOf(b.record.step));
}
function withSection(note, event, body, id) {
  let previous = note.sections.find((section) => section.record.step === event.step), history = previous && previous.record.id !== id ? [entryOf(previous.record), ...previous.record.history] : previous?.record.history ?? [], record = { ...entryOf({ ...event, id }), step: event.step, subject: event.subject, history: history.slice(0, MAX_HISTORY) }, markdown = renderSection(event, body).replace(/<!-- amlops-/g, "<!-- amlops\u200B-");
  return { key: note.key, sections: inLoopOrder([...note.sections.filter((section) => section.record.step !== event.step), { record, markdown }]) };
}
function mergeNotes(key, notes) {
  let byStep = /* @__PURE__ */ new Map();
  for (let section of notes.flatMap((note) => note.sections)) byStep.set(section.record.step, [...byStep.get(section.record.step) ?? [], section]);
  let sections = [...byStep.values()].map((candidates) => {
    let [newest, ...older] = [...candidates].sort((a, b) => b.record.time.localeCompare(a.record.time)), seen = /* @__PURE__ */ new Set([newest.record.id]), history = [...older.map((section) => entryOf(section.record)), ...candidates.flatMap((section) => section.record.history)].filter((entry) => !seen.has(entry.id) && seen.add(entry.id)).sort((a, b) => b.time.localeCompare(a.time)).slice(0, MAX_HISTORY);
    return { record: { ...newest.record, history }, markdown: newest.markdown };
  });
  return { key, sections: inLoopOrder(sections) };
}
function historyLine(history) {
  if (history.length === 0) return "";
  let runs = history.map((entry) => `${OUTCOME_MARK[entry.outcome]} ${utcTime(entry.time)}${entry.runUrl ? ` ${link("run", entry.runUrl)}` : ""}`);
  return `

${HISTORY_MARKER}
<sub>Superseded: ${runs.join(" \xB7 ")}</sub>`;
}
function header(note) {
  let subject = {};
  for (let section of note.sections) Object.assign(subject, section.record.subject);
  let facts2 = HEADER_FIELDS.filter(([key]) => subject[key]).map(([key, label]) => `**${label}** ${inlineCode(shortText(subject[key]))}`);
  return [`## amlops \xB7 ${escapeMarkdown(note.key)}`, facts2.join(" \xB7 ")].filter(Boolean).join(`

`);
}
function compose(note, now) {
  let data = { v: 1, key: note.key, sections: note.sections.map((section) => section.record) }, marker = `<!-- amlops-note ${JSON.stringify(data).replace(/[<>&@#]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/--/g, "-\\u002d")} -->`, sections = note.sections.map((section) => `${sectionStart(section.record.step)}
${section.markdown}${historyLine(section.record.history)}
${sectionEnd(section.record.step)}`), footer = `<sub>Updated in place by amlops at ${utcTime(now.toISOString())}; each step replaces its own section.</sub>`;
  return [marker, header(note), ...sections, footer].join(`

`);
}
function renderNote(note, maxLength, now = /* @__PURE__ */ new Date()) {
  let current = note, body = compose(current, now);
  for (let level = 0; body.length > maxLength && level < SHRINK_LEVELS; level++) {
    let largestFirst = [...current.sections].sort((a, b) => b.markdown.length - a.markdown.length);
    for (let section of largestFirst)
      if (current = { ...current, sections: current.sections.map((s) => s === section ? { ...s, markdown: shrink(s.markdown, level) } : s) }, body = compose(current, now), body.length <= maxLength) return body;
  }
  if (body.length > maxLength && (current = { ...current, sections: current.sections.map((s) => ({ ...s, record: { ...s.record, history: [] } })) }, body = compose(current, now)), body.length > maxLength) throw new Error(`The governance note needs ${body.length} characters even with every detail left out; the limit is ${maxLength}.`);
  return body;
}

// shared/governance/note-sync.ts
var wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function notesOf(comments, key) {
  return comments.map((comment) => ({ comment, note: parseNote(comment.body) })).filter((entry) => entry.note?.key === key).sort((a, b) => compareIds(a.comment.id, b.comment.id));
}
function compareIds(a, b) {
  return a.length - b.length || a.localeCompare(b);
}
async function upsertSection(store, key, event, body, id, options = {}) {
  let attempts = options.attempts ?? 6, settleMs = options.settleMs ?? 400, sleep = options.sleep ?? wait, random = options.random ?? Math.random;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let found = notesOf(await store.list(), key), merged = withSection(mergeNotes(key, found.map((entry) => entry.note)), event, body, id), text = renderNote(merged, store.maxLength), primary = found[0]?.comment.id ?? (await store.create(text)).id;
    found.length > 0 && await store.update(primary, text);
    for (let duplicate of found.slice(1)) await store.remove(duplicate.comment.id);
    await sleep(settleMs * (1 + random()));
    let after = notesOf(await store.list(), key);
    if (after.length === 1 && hasSection(after[0].note, event.step, id)) return after[0].comment.id;
    await sleep(settleMs * attempt * random());
  }
  throw new Error(`the note did not keep the ${event.step} section after ${attempts} attempts (other steps kept rewriting it)`);
}

// shared/governance/webhook.ts
import { lookup } from "node:dns/promises";
import https from "node:https";
import { BlockList, isIP } from "node:net";

// shared/governance/webhook-payload.ts
var MAX_WEBHOOK_BODY = 256 * 1024;
function webhookBody(event, format) {
  switch (format) {
    case "slack":
      return JSON.stringify(slackMessage(event));
    case "teams":
      return JSON.stringify(teamsMessage(event));
    default:
      return jsonEvent(event);
  }
}
function jsonEvent(event) {
  let full = JSON.stringify(event);
  if (full.length <= MAX_WEBHOOK_BODY) return full;
  let withoutEvidence = JSON.stringify({ ...event, evidence: {}, evidenceOmitted: `the evidence took ${full.length} characters; the limit is ${MAX_WEBHOOK_BODY}` });
  return withoutEvidence.length <= MAX_WEBHOOK_BODY ? withoutEvidence : JSON.stringify({ step: event.step, outcome: event.outcome, headline: shortText(event.headline), time: event.time, runUrl: event.runUrl });
}
function title(event) {
  return `${OUTCOME_MARK[event.outcome]} amlops ${event.step}: ${event.outcome}`;
}
function facts(event) {
  return [
    ["Repository", event.repository],
    ["Pull request", event.pullRequest !== void 0 ? String(event.pullRequest) : void 0],
    ["Commit", event.sha?.slice(0, 12)],
    ["Ref", event.ref],
    ["Actor", event.actor],
    ["Reason", event.reason],
    ...Object.entries(event.subject).map(([key, value]) => [key, value]),
    ["Time", utcTime(event.time)]
  ].filter((row) => !!row[1]).map(([name, value]) => [shortText(name, 60), shortText(value, 300)]);
}
function links(event) {
  return [...event.runUrl ? [{ title: "Run", url: event.runUrl }] : [], ...event.links].flatMap((entry) => {
    let url = safeUrl(entry.url);
    return url && url.length <= 3e3 ? [{ title: shortText(entry.title, 70), url }] : [];
  });
}
function slackText(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function slackMessage(event) {
  let fields = facts(event).slice(0, 10).map(([name, value]) => ({ type: "mrkdwn", text: shortText(`*${slackText(name)}*
${slackText(value)}`, 2e3) })), buttons = links(event).slice(0, 5).map((entry) => ({ type: "button", text: { type: "plain_text", text: entry.title, emoji: !0 }, url: entry.url }));
  return {
    text: shortText(slackText(`${title(event)}: ${event.headline}`), 3e3),
    blocks: [
      { type: "header", text: { type: "plain_text", text: shortText(title(event), 150), emoji: !0 } },
      { type: "section", text: { type: "mrkdwn", text: shortText(slackText(event.headline), 3e3) } },
      ...fields.length > 0 ? [{ type: "section", fields }] : [],
      ...buttons.length > 0 ? [{ type: "actions", elements: buttons }] : []
    ]
  };
}
function cardText(text) {
  return text.replace(/[\\*_[\]()~`#>|-]/g, (char) => `\\${char}`).replace(/\r?\n/g, " ");
}
function teamsMessage(event) {
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body: [
            { type: "TextBlock", text: cardText(title(event)), weight: "Bolder", size: "Medium", wrap: !0 },
            { type: "TextBlock", text: cardText(shortText(event.headline, 1e3)), wrap: !0 },
            { type: "FactSet", facts: facts(event).map(([name, value]) => ({ title: cardText(name), value: cardText(value) })) }
          ],
          actions: links(event).map((entry) => ({ type: "Action.OpenUrl", title: entry.title, url: entry.url }))
        }
      }
    ]
  };
}

// shared/governance/webhook.ts
var WebhookError = class extends Error {
  constructor(message, attempts) {
    super(message);
    this.attempts = attempts;
  }
  attempts;
  name = "WebhookError";
}, MAX_RETRY_AFTER_MS = 3e4;
function ranges(entries) {
  let list = new BlockList();
  for (let [network, prefix, family] of entries) list.addSubnet(network, prefix, family);
  return list;
}
var METADATA = /* @__PURE__ */ new Set(["169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254"]), LINK_LOCAL = ranges([
  ["169.254.0.0", 16, "ipv4"],
  ["fe80::", 10, "ipv6"]
]), PRIVATE = ranges([
  ["0.0.0.0", 8, "ipv4"],
  ["10.0.0.0", 8, "ipv4"],
  ["100.64.0.0", 10, "ipv4"],
  ["127.0.0.0", 8, "ipv4"],
  ["172.16.0.0", 12, "ipv4"],
  ["192.168.0.0", 16, "ipv4"],
  ["198.18.0.0", 15, "ipv4"],
  ["::", 128, "ipv6"],
  ["::1", 128, "ipv6"],
  ["fc00::", 7, "ipv6"]
]);
function refusedAddress(address, allowPrivate) {
  let ip = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1] ?? address, family = isIP(ip) === 6 ? "ipv6" : "ipv4";
  if (METADATA.has(ip.toLowerCase())) return "a cloud metadata address";
  if (LINK_LOCAL.check(ip, family)) return "a link-local address";
  if (!allowPrivate && PRIVATE.check(ip, family)) return "a loopback or private address";
}
async function vettedAddress(url, allowPrivate) {
  let host = url.hostname.replace(/^\[|\]$/g, ""), addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: !0, verbatim: !0 });
  for (let entry of addresses) {
    let refused = refusedAddress(entry.address, allowPrivate);
    if (refused) throw new WebhookError(`the webhook host resolves to ${refused}${allowPrivate ? "" : " (allow private addresses explicitly to use one)"}`, 0);
  }
  if (addresses.length === 0) throw new WebhookError("the webhook host does not resolve", 0);
  return addresses[0];
}
function post(url, body, pinned, timeoutMs, signal) {
  let pinnedLookup = ((_host, options, callback) => {
    options?.all ? callback(null, [pinned]) : callback(null, pinned.address, pinned.family);
  });
  return new Promise((resolve, reject) => {
    let request = https.request(
      url,
      {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "user-agent": "amlops" },
        lookup: pinnedLookup,
        timeout: timeoutMs,
        signal
      },
      (response) => {
        response.resume(), response.on("end", () => resolve({ status: response.statusCode ?? 0, retryAfterMs: retryAfter(response.headers["retry-after"]) })), response.on("error", reject);
      }
    );
    request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutMs} ms`))), request.on("error", reject), request.end(body);
  });
}
function retryAfter(header2) {
  if (!header2) return;
  let seconds = Number(header2), ms = Number.isFinite(seconds) ? seconds * 1e3 : new Date(header2).getTime() - Date.now();
  return Number.isFinite(ms) && ms >= 0 ? Math.min(ms, MAX_RETRY_AFTER_MS) : void 0;
}
var wait2 = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function deliverWebhook(webhookUrl, body, options) {
  if (!URL.canParse(webhookUrl)) throw new WebhookError("the webhook URL is not a URL", 0);
  let url = new URL(webhookUrl);
  if (url.protocol !== "https:") throw new WebhookError("the webhook URL must use https", 0);
  if (Buffer.byteLength(body) > MAX_WEBHOOK_BODY) throw new WebhookError(`the event takes ${Buffer.byteLength(body)} bytes; the limit is ${MAX_WEBHOOK_BODY}`, 0);
  let attempts = options.attempts ?? 3, sleep = options.sleep ?? wait2, last = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let pause = (options.backoffMs ?? 1e3) * 2 ** (attempt - 1);
    try {
      let answer = await post(url, body, await vettedAddress(url, options.allowPrivate), options.timeoutMs ?? 15e3, options.signal);
      if (answer.status >= 200 && answer.status < 300) return { attempts: attempt, status: answer.status };
      if (answer.status >= 300 && answer.status < 400) throw new WebhookError(`the webhook answered HTTP ${answer.status} (a redirect, not followed)`, attempt);
      if (last = `the webhook answered HTTP ${answer.status}`, answer.status !== 429 && answer.status !== 408 && answer.status < 500) throw new WebhookError(last, attempt);
      pause = answer.retryAfterMs ?? pause;
    } catch (error) {
      if (error instanceof WebhookError) throw new WebhookError(error.message, attempt);
      if (last = `the webhook could not be reached (${error instanceof Error ? error.message : String(error)})`, options.signal?.aborted) break;
    }
    attempt < attempts && await sleep(pause);
  }
  throw new WebhookError(last, attempts);
}

// shared/governance/publish.ts
var SUMMARY_SECTION_LIMIT = 256 * 1024, STATUS_SUMMARY_LIMIT = 65535;
function defaultReporting(context) {
  return { noteKey: context.workflow || "amlops", webhookFormat: "json", webhookAllowPrivate: !1 };
}
function maskDeep(value, mask) {
  return typeof value == "string" ? mask(value) : Array.isArray(value) ? value.map((item) => maskDeep(item, mask)) : value && typeof value == "object" ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskDeep(item, mask)])) : value;
}
var STATE = {
  succeeded: "succeeded",
  failed: "failed",
  cancelled: "failed",
  planned: "neutral",
  warning: "neutral"
};
async function publishEvent(host, event, body, webhookUrl, options = {}) {
  let settings = host.reporting?.() ?? defaultReporting(host.context), mask = host.mask?.bind(host) ?? ((text) => text), safeEvent = maskDeep(event, mask), safeBody = mask(body), section = renderSection(safeEvent, safeBody);
  if (await host.appendSummary(fitMarkdown(section, SUMMARY_SECTION_LIMIT)), await publishToPullRequest(host, settings, safeEvent, safeBody, section, options.noteSync), settings.governanceFile)
    try {
      await appendGovernanceFile(settings.governanceFile, safeEvent);
    } catch (error) {
      host.warning(`The governance event was not written to ${settings.governanceFile}: ${errorMessage(error)}.`);
    }
  webhookUrl && await sendWebhook(host, webhookUrl, safeEvent, settings, options.webhook);
}
function permissionWarning(host, where, error) {
  host.warning(`The governance note was not published to ${where}: the token needs the '${error.permission}' permission (${error.message}). The step's own result stands.`);
}
async function publishToPullRequest(host, settings, event, body, section, sync) {
  let channel;
  try {
    channel = await host.pullRequest?.();
  } catch (error) {
    error instanceof PermissionError ? permissionWarning(host, "the pull request", error) : host.warning(`The pull request could not be found for the governance note: ${errorMessage(error)}.`);
    return;
  }
  if (channel) {
    try {
      await upsertSection(channel.notes, settings.noteKey, event, body, randomUUID(), sync), host.info(`Governance note '${settings.noteKey}' updated on ${channel.description}.`);
    } catch (error) {
      error instanceof PermissionError ? permissionWarning(host, channel.description, error) : host.warning(`The governance note on ${channel.description} was not updated: ${errorMessage(error)}.`);
      return;
    }
    try {
      await channel.setStatus({ step: event.step, state: STATE[event.outcome], title: shortText(event.headline, 140), summary: fitMarkdown(section, STATUS_SUMMARY_LIMIT), detailsUrl: event.runUrl });
    } catch (error) {
      error instanceof PermissionError ? host.warning(`The ${event.step} status was not set on ${channel.description}: the token needs the '${error.permission}' permission (${error.message}).`) : host.warning(`The ${event.step} status was not set on ${channel.description}: ${errorMessage(error)}.`);
    }
  }
}
async function sendWebhook(host, url, event, settings, options = {}) {
  host.setSecret(url);
  try {
    let { attempts } = await deliverWebhook(url, webhookBody(event, settings.webhookFormat), { allowPrivate: settings.webhookAllowPrivate, signal: host.cancellation, ...options });
    host.info(`Governance event delivered to the webhook (${settings.webhookFormat}${attempts > 1 ? `, after ${attempts} attempts` : ""}).`);
  } catch (error) {
    let attempts = error.attempts;
    host.warning(`The governance event was not delivered: ${errorMessage(error)}${attempts && attempts > 1 ? ` after ${attempts} attempts` : ""}. The step's own result stands.`);
  }
}

export {
  publishEvent
};
