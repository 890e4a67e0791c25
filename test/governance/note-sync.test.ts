import { createEvent } from "../../shared/governance/event";
import { parseNote } from "../../shared/governance/note";
import { upsertSection } from "../../shared/governance/note-sync";
import type { StepId } from "../../shared/core/steps";
import { MemoryNoteStore } from "./memory-note-store";

const event = (step: StepId, headline = `${step} done`) => createEvent(step, { pullRequest: 7 }, { outcome: "succeeded", headline });
const fast = { settleMs: 20, random: () => 0.5 };

function sectionsOf(store: MemoryNoteStore): string[] {
  expect(store.comments).toHaveLength(1);
  return parseNote(store.comments[0].body)!.sections.map((section) => section.record.step);
}

describe("upsertSection", () => {
  it("creates the note once and updates it in place", async () => {
    const store = new MemoryNoteStore();
    await upsertSection(store, "ml", event("train"), "a", "t1", fast);
    await upsertSection(store, "ml", event("check-drift"), "b", "d1", fast);
    await upsertSection(store, "ml", event("train", "again"), "c", "t2", fast);
    expect(sectionsOf(store)).toEqual(["train", "check-drift"]);
    expect(store.calls.filter((call) => call === "create")).toHaveLength(1);
    expect(store.comments[0].body).toContain("again");
  });

  it("leaves other notes alone: other keys and other people's comments", async () => {
    const store = new MemoryNoteStore();
    await store.create("LGTM @someone");
    await upsertSection(store, "nightly", event("train"), "a", "n1", fast);
    await upsertSection(store, "ml", event("train"), "b", "m1", fast);
    expect(store.comments.map((c) => parseNote(c.body)?.key)).toEqual([undefined, "nightly", "ml"]);
  });

  it("keeps both sections when two steps update the same note at once (a lost update is written again)", async () => {
    const store = new MemoryNoteStore(65_536, 30);
    await upsertSection(store, "ml", event("train"), "a", "t1", fast);
    store.calls.length = 0;

    await Promise.all([upsertSection(store, "ml", event("register"), "r", "r1", fast), upsertSection(store, "ml", event("check-drift"), "d", "d1", fast)]);

    expect(sectionsOf(store)).toEqual(["train", "register", "check-drift"]);
    // Both read the same note before either wrote: one write dropped the other's section, which was written again.
    expect(store.calls.filter((call) => call === "update").length).toBeGreaterThan(2);
  });

  it("merges two notes that two steps created at once into one", async () => {
    const store = new MemoryNoteStore(65_536, 30);
    await Promise.all([upsertSection(store, "ml", event("train"), "a", "t1", fast), upsertSection(store, "ml", event("check-drift"), "d", "d1", fast)]);
    expect(store.calls.filter((call) => call === "create")).toHaveLength(2);
    expect(sectionsOf(store)).toEqual(["train", "check-drift"]);
  });

  it("gives up with an error when its section keeps disappearing", async () => {
    const store = new MemoryNoteStore();
    const original = store.update.bind(store);
    store.update = async (id, body) => original(id, body.replace(/"step":"check-drift"/g, '"step":"nothing"'));
    store.create = async (body) => {
      store.comments.push({ id: "1", body: body.replace(/"step":"check-drift"/g, '"step":"nothing"') });
      return { id: "1", body };
    };
    await expect(upsertSection(store, "ml", event("check-drift"), "d", "d1", { ...fast, attempts: 3 })).rejects.toThrow(/did not keep the check-drift section after 3 attempts/);
  });
});
