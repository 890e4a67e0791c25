import { createEvent, type GovernanceEvent } from "../../shared/governance/event";
import { codeBlock, escapeMarkdown, table } from "../../shared/core/markdown";
import { mergeNotes, parseNote, renderNote, withSection, type Note } from "../../shared/governance/note";
import type { StepId } from "../../shared/core/steps";
import { mermaidCharts, parseMermaid, renderGfm } from "./render";

const GITHUB_LIMIT = 65_536;
const context = { repository: "contoso/ml-models", sha: "5e1c3b9a7d2f4e6a8b0c1d3e5f7a9b1c3d5e7f90", ref: "refs/pull/7/merge", pullRequest: 7, runUrl: "https://github.com/contoso/ml-models/actions/runs/1", actor: "octocat" };

function event(step: StepId, headline: string, time: string, extra: Partial<GovernanceEvent> = {}): GovernanceEvent {
  return { ...createEvent(step, context, { outcome: "succeeded", headline }, new Date(time)), ...extra };
}

const empty = (key = "ml"): Note => ({ key, sections: [] });
const roundTrip = (note: Note) => parseNote(renderNote(note, GITHUB_LIMIT))!;

describe("sticky note", () => {
  it("keeps one section per step, in loop order, and parses back what it rendered", () => {
    let note = withSection(empty(), event("check-drift", "no drift", "2026-01-01T10:00:00Z"), "drift body", "d1");
    note = roundTrip(withSection(note, event("train", "job j1 completed", "2026-01-01T09:00:00Z"), "| metric | value |\n| --- | --- |\n| accuracy | 0.91 |", "t1"));
    note = roundTrip(withSection(note, event("register", "model credit:3 registered", "2026-01-01T11:00:00Z", { subject: { model: "credit", version: "3" } }), "reg body", "r1"));

    const body = renderNote(note, GITHUB_LIMIT);
    expect(note.sections.map((section) => section.record.step)).toEqual(["train", "register", "check-drift"]);
    expect(body.indexOf("amlops train:")).toBeLessThan(body.indexOf("amlops register:"));
    expect(body.indexOf("amlops register:")).toBeLessThan(body.indexOf("amlops check-drift:"));
    expect(body).toContain("**Model** `credit` · **version** `3`");
    expect(body).toContain("| accuracy | 0.91 |");
    expect(body.startsWith("<!-- amlops-note ")).toBe(true);
  });

  it("replaces a re-run step's section only, keeping a one-line history of the superseded run", () => {
    let note = roundTrip(withSection(empty(), event("train", "job j1 completed", "2026-01-01T09:00:00Z"), "first metrics", "t1"));
    note = roundTrip(withSection(note, event("check-drift", "no drift", "2026-01-01T10:00:00Z"), "drift body", "d1"));
    note = roundTrip(withSection(note, event("train", "job j2 completed", "2026-01-01T12:00:00Z", { outcome: "failed" }), "second metrics", "t2"));

    const body = renderNote(note, GITHUB_LIMIT);
    expect(body).not.toContain("first metrics");
    expect(body).toContain("second metrics");
    expect(body).toContain("drift body");
    expect(note.sections.find((s) => s.record.step === "train")!.record.history).toEqual([expect.objectContaining({ id: "t1", outcome: "succeeded", headline: "job j1 completed" })]);
    expect(body).toMatch(/<sub>Superseded: ✅ 2026-01-01 09:00:00 UTC \[run\]\(https:\/\/github\.com\/contoso\/ml-models\/actions\/runs\/1\)<\/sub>/);
    expect(body.match(/Superseded/g)).toHaveLength(1);
  });

  it("writes the same section again without adding it to its own history", () => {
    const once = withSection(empty(), event("train", "done", "2026-01-01T09:00:00Z"), "x", "t1");
    const twice = withSection(roundTrip(once), event("train", "done", "2026-01-01T09:00:00Z"), "x", "t1");
    expect(twice.sections[0].record.history).toEqual([]);
  });

  it("merges two notes created at once: every step's newest section, the other in the history", () => {
    const a = withSection(empty(), event("train", "a", "2026-01-01T09:00:00Z"), "from a", "a1");
    const b = withSection(withSection(empty(), event("check-drift", "b", "2026-01-01T09:00:01Z"), "from b", "b1"), event("train", "b-train", "2026-01-01T09:00:02Z"), "train from b", "b2");
    const merged = mergeNotes("ml", [roundTrip(a), roundTrip(b)]);
    expect(merged.sections.map((s) => [s.record.step, s.record.id])).toEqual([
      ["train", "b2"],
      ["check-drift", "b1"],
    ]);
    expect(merged.sections[0].record.history.map((entry) => entry.id)).toEqual(["a1"]);
  });

  it("is found by its key only", () => {
    const body = renderNote(withSection(empty("nightly"), event("train", "x", "2026-01-01T09:00:00Z"), "x", "t1"), GITHUB_LIMIT);
    expect(parseNote(body)?.key).toBe("nightly");
    expect(parseNote("a comment that mentions <!-- amlops-note not json -->")).toBeUndefined();
    expect(parseNote("plain comment")).toBeUndefined();
  });
});

describe("sticky note size", () => {
  it("stays within GitHub's limit with a 1 MB log tail and a 5000-row table, saying what it left out", () => {
    const log = Array.from({ length: 20_000 }, (_, i) => `line ${i} ${"x".repeat(40)}`).join("\n");
    const rows = Array.from({ length: 5000 }, (_, i) => [`feature_${i}`, String(i)]);
    let note = withSection(empty(), event("train", "job failed", "2026-01-01T09:00:00Z", { outcome: "failed" }), codeBlock(log), "t1");
    note = withSection(note, event("check-drift", "drift", "2026-01-01T09:00:00Z"), table(["feature", "score"], rows), "d1");
    expect(log.length).toBeGreaterThan(1_000_000);

    const body = renderNote(note, GITHUB_LIMIT);
    expect(body.length).toBeLessThanOrEqual(GITHUB_LIMIT);
    expect(body).toMatch(/_… \d+ more rows not shown\._/);
    expect(body).toMatch(/_… \d+ earlier lines not shown\._/);
    expect(body).toContain("line 19999");
    const parsed = parseNote(body)!;
    expect(parsed.sections.map((s) => s.record.step)).toEqual(["train", "check-drift"]);
  });

  it("leaves the details out when cutting tables and logs is not enough", () => {
    const sections = (["train", "evaluate-gate", "register", "deploy-canary", "check-drift"] as StepId[]).reduce(
      (note, step, i) => withSection(note, event(step, step, "2026-01-01T09:00:00Z"), "para ".repeat(8000), `s${i}`),
      empty(),
    );
    const body = renderNote(sections, GITHUB_LIMIT);
    expect(body.length).toBeLessThanOrEqual(GITHUB_LIMIT);
    expect(body).toContain("Details left out to keep the note within its size limit");
    expect(parseNote(body)!.sections).toHaveLength(5);
  });
});

describe("hostile text in the note", () => {
  const hostile = {
    title: "Fix </details> `code` @org/team <img src=x onerror=alert(1)> #42 [x](javascript:alert(1))",
    column: "| a | b |\n|---|---|\n| injected | row |",
    category: "<script>alert(1)</script>\"]\n  bar [1]",
    log: ["normal", "```", "</details>", "<!-- amlops-section-end train -->", "@org/team", "x".repeat(1_000_000)].join("\n"),
  };

  function hostileNote(): string {
    const drift = [
      table(["feature", "score"], [[escapeMarkdown(hostile.column), "0.5"], [escapeMarkdown(hostile.category), "0.1"]]),
      "```mermaid",
      "xychart-beta",
      `  title ${JSON.stringify(hostile.column.replace(/["`\\\n\r]/g, "'").slice(0, 40))}`,
      `  x-axis [${JSON.stringify(hostile.category.replace(/["`\\\n\r]/g, "'").slice(0, 40))}, "b"]`,
      '  y-axis "share" 0 --> 1',
      "  bar [0.5, 0.5]",
      "  line [0.2, 0.8]",
      "```",
    ].join("\n");
    let note = withSection(
      empty("ml </details> @org/team"),
      event("train", `job failed on ${hostile.title}`, "2026-01-01T09:00:00Z", { outcome: "failed", pullRequestTitle: hostile.title, reason: hostile.title, actor: "@org/team", ref: "refs/heads/`evil`|<b>x</b>" }),
      `**Error:** ${escapeMarkdown(hostile.title)}\n\n${codeBlock(hostile.log)}`,
      "t1",
    );
    note = withSection(note, event("check-drift", "drift", "2026-01-01T09:00:00Z"), drift, "d1");
    return renderNote(note, GITHUB_LIMIT);
  }

  it("renders no HTML element, link or mention from user text, and every section stays in its details", () => {
    const body = hostileNote();
    const html = renderGfm(body);
    expect(body.length).toBeLessThanOrEqual(GITHUB_LIMIT);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<b>x<\/b>/);
    expect(html).not.toMatch(/href="javascript:/i);
    // GitHub links mentions and references in text, never inside code.
    const text = html.replace(/<pre>[\s\S]*?<\/pre>/g, "").replace(/<code>[\s\S]*?<\/code>/g, "");
    expect(text).toContain("@\u200borg/team");
    expect(text).not.toMatch(/@org\/team/);
    expect(text).not.toMatch(/#42/);
    // Our own two <details> open and close once each: user text never closes one.
    expect(html.match(/<details>/g)).toHaveLength(2);
    expect(html.match(/<\/details>/g)).toHaveLength(2);
    // The footer is still outside every code block: the log tail's fence could not be closed from inside.
    const footer = html.lastIndexOf("Updated in place by amlops");
    expect(html.lastIndexOf("</pre>")).toBeLessThan(footer);
    expect(html.slice(html.lastIndexOf("</details>"))).toContain("Updated in place by amlops");
    // The column named like a table row stays one cell of one row: two body rows of two cells.
    const driftTable = html.slice(html.indexOf("<th>feature</th>"));
    const tableBody = driftTable.slice(driftTable.indexOf("<tbody>"), driftTable.indexOf("</table>"));
    expect(tableBody.match(/<tr>/g)).toHaveLength(2);
    expect(tableBody.match(/<td>/g)).toHaveLength(4);
    expect(parseNote(body)!.sections.map((s) => s.record.step)).toEqual(["train", "check-drift"]);
  });

  it("keeps every mermaid chart parseable by mermaid", async () => {
    const charts = mermaidCharts(hostileNote());
    expect(charts).toHaveLength(1);
    // A broken chart parsed alongside shows the parser does reject: the check can fail.
    const [parsed, broken] = await parseMermaid([charts[0], 'xychart-beta\n  x-axis ["a]\n  bar [1']);
    expect(parsed).toBeNull();
    expect(broken).toMatch(/Parse error|Lexical error/);
  });
});
