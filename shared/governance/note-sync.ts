import type { NoteComment, NoteStore } from "../core/pull-request";
import type { GovernanceEvent } from "./event";
import { hasSection, mergeNotes, parseNote, renderNote, withSection, type Note } from "./note";

export interface NoteSyncOptions {
  /** Attempts before giving up (default 6). */
  attempts?: number;
  /** Waits this long (plus up to as much again at random) before checking that the write held (default 400 ms). */
  settleMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function notesOf(comments: NoteComment[], key: string): { comment: NoteComment; note: Note }[] {
  return comments
    .map((comment) => ({ comment, note: parseNote(comment.body) }))
    .filter((entry): entry is { comment: NoteComment; note: Note } => entry.note?.key === key)
    .sort((a, b) => compareIds(a.comment.id, b.comment.id));
}

function compareIds(a: string, b: string): number {
  return a.length - b.length || a.localeCompare(b);
}

/**
 * Puts the event's section into the one note of `key`, creating it if there is none. Neither host offers a
 * conditional update, so every write is read back after a pause: a section another step's write dropped is
 * written again (merged with what is there), and notes two steps created at once are merged into the oldest.
 * Returns the id of the note.
 */
export async function upsertSection(store: NoteStore, key: string, event: GovernanceEvent, body: string, id: string, options: NoteSyncOptions = {}): Promise<string> {
  const attempts = options.attempts ?? 6;
  const settleMs = options.settleMs ?? 400;
  const sleep = options.sleep ?? wait;
  const random = options.random ?? Math.random;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const found = notesOf(await store.list(), key);
    const merged = withSection(mergeNotes(key, found.map((entry) => entry.note)), event, body, id);
    const text = renderNote(merged, store.maxLength);
    const primary = found[0]?.comment.id ?? (await store.create(text)).id;
    if (found.length > 0) await store.update(primary, text);
    for (const duplicate of found.slice(1)) await store.remove(duplicate.comment.id);

    await sleep(settleMs * (1 + random()));
    const after = notesOf(await store.list(), key);
    if (after.length === 1 && hasSection(after[0].note, event.step, id)) return after[0].comment.id;
    await sleep(settleMs * attempt * random());
  }
  throw new Error(`the note did not keep the ${event.step} section after ${attempts} attempts (other steps kept rewriting it)`);
}
