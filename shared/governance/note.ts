import { STEP_IDS, type StepId } from "../core/steps";
import type { GovernanceEvent, Outcome } from "./event";
import { escapeMarkdown, inlineCode, link } from "../core/markdown";
import { SHRINK_LEVELS, shrink } from "./note-budget";
import { OUTCOME_MARK, renderSection, shortText, utcTime } from "./note-section";

/** One publication of a step's section. */
export interface HistoryEntry {
  id: string;
  outcome: Outcome;
  headline: string;
  time: string;
  runUrl?: string;
}

export interface SectionRecord extends HistoryEntry {
  step: StepId;
  /** What the step acted on (model, version, endpoint…): the note's header. */
  subject: Record<string, string>;
  /** Superseded publications, newest first. */
  history: HistoryEntry[];
}

export interface NoteSection {
  record: SectionRecord;
  /** The rendered section: verdict line and collapsed details. */
  markdown: string;
}

/** The sticky note of one pull request and key: one section per step. */
export interface Note {
  key: string;
  sections: NoteSection[];
}

const MAX_HISTORY = 5;
const NOTE_MARKER = /^<!-- amlops-note (\{.*\}) -->$/m;
const HISTORY_MARKER = "<!-- amlops-history -->";
const HEADER_FIELDS = [
  ["model", "Model"],
  ["version", "version"],
  ["endpoint", "endpoint"],
] as const;

const sectionStart = (step: StepId) => `<!-- amlops-section ${step} -->`;
const sectionEnd = (step: StepId) => `<!-- amlops-section-end ${step} -->`;

/** The note a comment body holds, or undefined when it is not an amlops note. */
export function parseNote(body: string): Note | undefined {
  const marker = NOTE_MARKER.exec(body);
  if (!marker) return undefined;
  let data: { key?: unknown; sections?: unknown };
  try {
    data = JSON.parse(marker[1]) as typeof data;
  } catch {
    return undefined;
  }
  if (typeof data.key !== "string" || !Array.isArray(data.sections)) return undefined;
  const sections: NoteSection[] = [];
  for (const record of data.sections as SectionRecord[]) {
    if (!record || !STEP_IDS.includes(record.step)) continue;
    const start = body.indexOf(`${sectionStart(record.step)}\n`);
    const end = body.indexOf(`\n${sectionEnd(record.step)}`, start);
    if (start < 0 || end < 0) continue;
    const content = body.slice(start + sectionStart(record.step).length + 1, end);
    const history = content.indexOf(`\n\n${HISTORY_MARKER}`);
    sections.push({ record: { ...record, history: Array.isArray(record.history) ? record.history : [] }, markdown: history >= 0 ? content.slice(0, history) : content });
  }
  return { key: data.key, sections };
}

/** True when the note holds the section published with this id. */
export function hasSection(note: Note | undefined, step: StepId, id: string): boolean {
  return note?.sections.some((section) => section.record.step === step && section.record.id === id) ?? false;
}

function entryOf(record: HistoryEntry): HistoryEntry {
  return { id: record.id, outcome: record.outcome, headline: shortText(record.headline), time: record.time, ...(record.runUrl ? { runUrl: record.runUrl } : {}) };
}

function inLoopOrder(sections: NoteSection[]): NoteSection[] {
  return [...sections].sort((a, b) => STEP_IDS.indexOf(a.record.step) - STEP_IDS.indexOf(b.record.step));
}

/** The note with the event's section in place of the step's earlier one, which joins the history. */
export function withSection(note: Note, event: GovernanceEvent, body: string, id: string): Note {
  const previous = note.sections.find((section) => section.record.step === event.step);
  const history = previous && previous.record.id !== id ? [entryOf(previous.record), ...previous.record.history] : (previous?.record.history ?? []);
  const record: SectionRecord = { ...entryOf({ ...event, id }), step: event.step, subject: event.subject, history: history.slice(0, MAX_HISTORY) };
  const markdown = renderSection(event, body).replace(/<!-- amlops-/g, "<!-- amlops\u200b-");
  return { key: note.key, sections: inLoopOrder([...note.sections.filter((section) => section.record.step !== event.step), { record, markdown }]) };
}

/** One note from several (two steps that created the note at once): per step the newest section, histories joined. */
export function mergeNotes(key: string, notes: Note[]): Note {
  const byStep = new Map<StepId, NoteSection[]>();
  for (const section of notes.flatMap((note) => note.sections)) byStep.set(section.record.step, [...(byStep.get(section.record.step) ?? []), section]);
  const sections = [...byStep.values()].map((candidates) => {
    const [newest, ...older] = [...candidates].sort((a, b) => b.record.time.localeCompare(a.record.time));
    const seen = new Set([newest.record.id]);
    const history = [...older.map((section) => entryOf(section.record)), ...candidates.flatMap((section) => section.record.history)]
      .filter((entry) => !seen.has(entry.id) && seen.add(entry.id))
      .sort((a, b) => b.time.localeCompare(a.time))
      .slice(0, MAX_HISTORY);
    return { record: { ...newest.record, history }, markdown: newest.markdown };
  });
  return { key, sections: inLoopOrder(sections) };
}

function historyLine(history: HistoryEntry[]): string {
  if (history.length === 0) return "";
  const runs = history.map((entry) => `${OUTCOME_MARK[entry.outcome]} ${utcTime(entry.time)}${entry.runUrl ? ` ${link("run", entry.runUrl)}` : ""}`);
  return `\n\n${HISTORY_MARKER}\n<sub>Superseded: ${runs.join(" · ")}</sub>`;
}

function header(note: Note): string {
  const subject: Record<string, string> = {};
  for (const section of note.sections) Object.assign(subject, section.record.subject);
  const facts = HEADER_FIELDS.filter(([key]) => subject[key]).map(([key, label]) => `**${label}** ${inlineCode(shortText(subject[key]))}`);
  return [`## amlops · ${escapeMarkdown(note.key)}`, facts.join(" · ")].filter(Boolean).join("\n\n");
}

function compose(note: Note, now: Date): string {
  const data = { v: 1, key: note.key, sections: note.sections.map((section) => section.record) };
  // Inside JSON strings, `--` (which would end the HTML comment), markup and mention characters are written as escapes.
  const json = JSON.stringify(data)
    .replace(/[<>&@#]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(/--/g, "-\\u002d");
  const marker = `<!-- amlops-note ${json} -->`;
  const sections = note.sections.map((section) => `${sectionStart(section.record.step)}\n${section.markdown}${historyLine(section.record.history)}\n${sectionEnd(section.record.step)}`);
  const footer = `<sub>Updated in place by amlops at ${utcTime(now.toISOString())}; each step replaces its own section.</sub>`;
  return [marker, header(note), ...sections, footer].join("\n\n");
}

/**
 * The comment body, within `maxLength`: sections are cut, largest first and mildest cut first, until the note
 * fits; history goes last.
 */
export function renderNote(note: Note, maxLength: number, now = new Date()): string {
  let current = note;
  let body = compose(current, now);
  for (let level = 0; body.length > maxLength && level < SHRINK_LEVELS; level++) {
    const largestFirst = [...current.sections].sort((a, b) => b.markdown.length - a.markdown.length);
    for (const section of largestFirst) {
      current = { ...current, sections: current.sections.map((s) => (s === section ? { ...s, markdown: shrink(s.markdown, level) } : s)) };
      body = compose(current, now);
      if (body.length <= maxLength) return body;
    }
  }
  if (body.length > maxLength) {
    current = { ...current, sections: current.sections.map((s) => ({ ...s, record: { ...s.record, history: [] } })) };
    body = compose(current, now);
  }
  if (body.length > maxLength) throw new Error(`The governance note needs ${body.length} characters even with every detail left out; the limit is ${maxLength}.`);
  return body;
}
