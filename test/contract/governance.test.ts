import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { startFakeServer, type FakeServer } from "../../emulator/fakes/http";
import { startHarness, type Harness } from "../../emulator/harness";
import { MARKET_SHIFT, NO_SHIFT, writeCreditCsv } from "../../scripts/demo-data";
import { parseNote } from "../../shared/governance/note";
import { mermaidCharts, parseMermaid, renderGfm } from "../governance/render";
import { teamsMessageSchema } from "../governance/webhook-schemas";

const FIXTURES = join(__dirname, "fixtures");
const FAST = { "poll-interval-seconds": "0.2" };
const HOSTILE_TITLE = "Fix </details> `code` @org/team <img src=x onerror=alert(1)> #42";

let h: Harness;
let hook: FakeServer;
let hookAnswers: number[] = [];
const dir = mkdtempSync(join(tmpdir(), "governance-"));
const reference = join(dir, "reference.csv");
const current = join(dir, "current.csv");
const hostileReference = join(dir, "hostile-reference.csv");
const hostileCurrent = join(dir, "hostile-current.csv");

/** Columns named like a markdown table row and like an HTML element; categories that try to close details and mention a team. */
function writeHostileCsv(file: string, shift: number): void {
  const categories = ["@org/team", "</details>", "`x` | y"];
  const rows = Array.from({ length: 400 }, (_, i) => `${(i % 50) + shift},${categories[(i + (shift > 0 ? i % 3 : 0)) % 3]}`);
  writeFileSync(file, ["| a | b |,<img src=x onerror=alert(1)>", ...rows].join("\n"));
}

function jobFile(): string {
  const copy = mkdtempSync(join(tmpdir(), "governance-iris-"));
  cpSync(join(FIXTURES, "iris"), copy, { recursive: true });
  return join(copy, "job.yml");
}

beforeAll(async () => {
  h = await startHarness();
  writeCreditCsv(reference, 600, 1, NO_SHIFT);
  writeCreditCsv(current, 600, 2, MARKET_SHIFT);
  writeHostileCsv(hostileReference, 0);
  writeHostileCsv(hostileCurrent, 30);
  hook = await startFakeServer(() => ({ status: hookAnswers.shift() ?? 204 }));
});
afterAll(async () => {
  await hook?.close();
  await h?.stop();
});

const repo = () => h.github.repository;
const notesOn = (pr: number) => h.github.commentsOn(repo(), pr).filter((comment) => parseNote(comment.body));
const checkRunsOn = (sha: string) => h.github.checkRuns.filter((run) => run.head_sha === sha);

/** The text of one step's section in a note body. */
function section(body: string, step: string): string {
  const start = body.indexOf(`<!-- amlops-section ${step} -->`);
  const end = body.indexOf(`<!-- amlops-section-end ${step} -->`);
  return start >= 0 && end > start ? body.slice(start, end) : "";
}

const drift = (extra: Record<string, string> = {}) => ({ reference, current, "report-path": join(dir, `report-${Math.random()}.json`), ...extra });

describe("governance note on GitHub", () => {
  it("a chain of steps leaves one comment with a section and a check run per step; a re-run replaces its section only", async () => {
    const sha = "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1";
    const train = await h.runAction("train", { inputs: { "job-file": jobFile(), ...FAST }, pullRequest: 21, sha });
    const checkDrift = await h.runAction("check-drift", { inputs: drift(), pullRequest: 21, sha });
    expect([train.exitCode, checkDrift.exitCode]).toEqual([0, 0]);
    const before = notesOn(21)[0].body;

    const rerun = await h.runAction("train", { inputs: { "job-file": jobFile(), "dry-run": "true" }, pullRequest: 21, sha });
    expect(rerun.errors).toEqual([]);

    const comments = h.github.commentsOn(repo(), 21);
    expect(comments).toHaveLength(1);
    const body = comments[0].body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(parseNote(body)!.sections.map((s) => s.record.step)).toEqual(["train", "check-drift"]);
    expect(parseNote(body)!.key).toBe("ml");
    expect(section(body, "check-drift")).toBe(section(before, "check-drift"));
    expect(section(body, "train")).toContain("### 📝 amlops train: dry run of ");
    expect(section(body, "train")).not.toContain("| accuracy | 0.91 |");
    expect(section(before, "train")).toContain("| accuracy | 0.91 |");
    expect(section(body, "train")).toMatch(/<sub>Superseded: ✅ \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \[run\]/);
    expect(section(body, "train")).toContain("| commit | `a1a1a1a1a1a1` |");

    const runs = checkRunsOn(sha);
    expect(runs.map((run) => [run.name, run.conclusion]).sort()).toEqual([
      ["amlops / check-drift", "neutral"],
      ["amlops / train", "neutral"],
    ]);
    expect(runs.find((run) => run.name === "amlops / train")!.output.title).toMatch(/^dry run of /);
    expect(runs.find((run) => run.name === "amlops / check-drift")!.output.summary).toContain("amlops check-drift: dataset drift");
    expect(train.log).toContain("Governance note 'ml' updated on pull request #21.");
  });

  it("two steps racing on the same note both end up in it", async () => {
    // Both read the comments before either writes: the second write drops the first one's section.
    h.github.delayNext({ method: "GET", path: `/repos/${repo()}/issues/22/comments`, ms: 8000, count: 2 });
    const [train, checkDrift] = await Promise.all([
      h.runAction("train", { inputs: { "job-file": jobFile(), "dry-run": "true" }, pullRequest: 22 }),
      h.runAction("check-drift", { inputs: drift(), pullRequest: 22 }),
    ]);
    expect([train.errors, checkDrift.errors]).toEqual([[], []]);
    const comments = h.github.commentsOn(repo(), 22);
    expect(comments).toHaveLength(1);
    expect(parseNote(comments[0].body)!.sections.map((s) => s.record.step)).toEqual(["train", "check-drift"]);
    const writes = h.github.requests.filter((r) => r.path.startsWith(`/repos/${repo()}/issues/`) && (r.method === "POST" || r.method === "PATCH"));
    expect(writes.length).toBeGreaterThan(2);
  });

  it("renders hostile titles, column and category names safely and within the limit", async () => {
    const result = await h.runAction("check-drift", {
      inputs: { reference: hostileReference, current: hostileCurrent, "report-path": join(dir, "hostile.json"), "note-key": "ml </details> @org/team" },
      pullRequest: { number: 23, title: HOSTILE_TITLE },
    });
    expect(result.errors).toEqual([]);
    const [comment] = notesOn(23);
    expect(comment.body.length).toBeLessThanOrEqual(65_536);
    const html = renderGfm(comment.body);
    const text = html.replace(/<pre>[\s\S]*?<\/pre>/g, "").replace(/<code>[\s\S]*?<\/code>/g, "");
    expect(html).not.toMatch(/<img/i);
    expect(text).not.toMatch(/@org\/team|#42/);
    expect(text).toContain("Fix &lt;/details&gt; `code` @\u200borg/team &lt;img src=x onerror=alert(1)&gt; #\u200b42");
    expect(html.match(/<details>/g)).toHaveLength(1);
    expect(html.match(/<\/details>/g)).toHaveLength(1);
    const charts = mermaidCharts(comment.body);
    expect(charts.length).toBeGreaterThan(0);
    expect(await parseMermaid(charts)).toEqual(charts.map(() => null));
  });

  it("keeps a failed job's hostile 1 MB log tail inside its fence and the note within GitHub's limit", async () => {
    const sha = "d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4";
    h.emulator.jobs.setScenario({
      outcome: "Failed",
      error: "boom </details> @org/team",
      logLines: ["starting", "````", "</details>", "<!-- amlops-section-end train -->", "@org/team #42", `${"x".repeat(1024 * 1024)}`, "Traceback (most recent call last):"],
    });
    try {
      const result = await h.runAction("train", { inputs: { "job-file": jobFile(), ...FAST }, pullRequest: { number: 27, title: HOSTILE_TITLE }, sha });
      expect(result.exitCode).toBe(1);
      expect(result.errors).toEqual([expect.stringMatching(/^Job .+ ended Failed: boom <\/details> @org\/team$/)]);
    } finally {
      h.emulator.jobs.clearScenarios();
    }
    const [comment] = notesOn(27);
    expect(comment.body.length).toBeLessThanOrEqual(65_536);
    expect(comment.body).toContain("Traceback (most recent call last):");
    const html = renderGfm(comment.body);
    const text = html.replace(/<pre>[\s\S]*?<\/pre>/g, "").replace(/<code>[\s\S]*?<\/code>/g, "");
    expect(text).not.toMatch(/@org\/team|#42|<img/);
    expect(html.match(/<details>/g)).toHaveLength(2);
    expect(html.match(/<\/details>/g)).toHaveLength(2);
    expect(html.lastIndexOf("</pre>")).toBeLessThan(html.lastIndexOf("Updated in place by amlops"));
    expect(parseNote(comment.body)!.sections.map((s) => s.record.step)).toEqual(["train"]);
    expect(checkRunsOn(sha)).toEqual([expect.objectContaining({ name: "amlops / train", conclusion: "failure" })]);
  });

  it("a fork's pull request (read-only token): one warning naming the permission, the step succeeds", async () => {
    const result = await h.runAction("check-drift", { inputs: drift(), pullRequest: { number: 24, fork: true } });
    expect(result.exitCode).toBe(0);
    expect(result.errors).toEqual([]);
    const governance = result.warnings.filter((warning) => !warning.startsWith("Data drift detected"));
    expect(governance).toEqual([expect.stringMatching(/^The governance note was not published to pull request #24: the token needs the 'pull-requests: write' permission \(GitHub answered HTTP 403/)]);
    expect(h.github.commentsOn(repo(), 24)).toEqual([]);
  });

  it("posts the note but skips the check run, with a warning, when the token lacks checks: write", async () => {
    h.github.tokens.set("ghs_noChecksToken", { write: true, checks: false });
    const sha = "b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2";
    const result = await h.runAction("check-drift", { inputs: drift(), pullRequest: 25, sha, githubToken: "ghs_noChecksToken" });
    expect(result.exitCode).toBe(0);
    expect(notesOn(25)).toHaveLength(1);
    expect(checkRunsOn(sha)).toEqual([]);
    expect(result.warnings).toContainEqual(expect.stringMatching(/^The check-drift status was not set on pull request #25: the token needs the 'checks: write' permission/));
  });

  it("on push, keeps the note in the summary, or posts it to the commit's pull request with note-target: commit-pr", async () => {
    const sha = "c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3";
    h.github.addPullRequest(repo(), { number: 26, headSha: sha });
    const summaryOnly = await h.runAction("check-drift", { inputs: drift(), sha });
    expect(summaryOnly.summary).toContain("amlops check-drift: dataset drift");
    expect(h.github.commentsOn(repo(), 26)).toEqual([]);

    const toPr = await h.runAction("check-drift", { inputs: drift({ "note-target": "commit-pr" }), sha });
    expect(toPr.errors).toEqual([]);
    expect(notesOn(26)).toHaveLength(1);
    expect(checkRunsOn(sha).map((run) => run.name)).toEqual(["amlops / check-drift"]);
  });

  it("retries a failing webhook, then warns and succeeds; the Teams card has the documented shape; the governance file collects events", async () => {
    const url = `${hook.url}/workflows/abc/triggers/manual/paths/invoke?sig=WebhookSecretSignature`;
    const file = join(dir, "governance", "events.jsonl");
    hookAnswers = [500, 500, 500];
    hook.requests.length = 0;
    const failing = await h.runAction("check-drift", { inputs: drift({ "webhook-url": url, "webhook-allow-private": "true", "governance-file": file }) });
    expect(failing.exitCode).toBe(0);
    expect(hook.requests).toHaveLength(3);
    expect(failing.warnings).toContainEqual("The governance event was not delivered: the webhook answered HTTP 500 after 3 attempts. The step's own result stands.");
    expect(failing.log).not.toContain("WebhookSecretSignature");

    hook.requests.length = 0;
    const teams = await h.runAction("check-drift", { inputs: drift({ "webhook-url": url, "webhook-allow-private": "true", "webhook-format": "teams", "governance-file": file }) });
    expect(teams.warnings.filter((warning) => warning.includes("webhook"))).toEqual([]);
    expect(hook.requests).toHaveLength(1);
    const validTeams = addFormats(new Ajv({ strict: false })).compile(teamsMessageSchema);
    const card = JSON.parse(hook.requests[0].body);
    expect(validTeams(card) ? [] : validTeams.errors).toEqual([]);

    const events = readFileSync(file, "utf8").trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(events.map((event) => [event.step, event.outcome])).toEqual([
      ["check-drift", "warning"],
      ["check-drift", "warning"],
    ]);
  });

  it("refuses a webhook on a private address unless allowed explicitly", async () => {
    hook.requests.length = 0;
    const result = await h.runAction("check-drift", { inputs: drift({ "webhook-url": `${hook.url}/hook` }) });
    expect(result.exitCode).toBe(0);
    expect(result.warnings).toContainEqual(expect.stringMatching(/^The governance event was not delivered: the webhook host resolves to a loopback or private address/));
    expect(hook.requests).toEqual([]);
  });
});

describe("governance note on Azure DevOps", () => {
  it("a chain of tasks leaves one thread with a section and one status per step; a re-run replaces its section only", async () => {
    const ado = h.azureDevOps;
    const train = await h.runTask("train", { inputs: { jobFile: jobFile(), pollIntervalSeconds: "0.2" }, pullRequest: 31 });
    const checkDrift = await h.runTask("check-drift", { inputs: { reference, current, reportPath: join(dir, "ado.json") }, pullRequest: 31 });
    expect([train.errors, checkDrift.errors]).toEqual([[], []]);
    const before = ado.threadsOf(ado.repositories[0].name, 31)[0].comments[0].content;
    const rerun = await h.runTask("train", { inputs: { jobFile: jobFile(), dryRun: "true" }, pullRequest: 31 });
    expect(rerun.errors).toEqual([]);

    const threads = ado.threadsOf(ado.repositories[0].name, 31).filter((thread) => !thread.comments[0].isDeleted);
    expect(threads).toHaveLength(1);
    const body = threads[0].comments[0].content;
    expect(parseNote(body)!.key).toBe("ml-models-ci");
    expect(parseNote(body)!.sections.map((s) => s.record.step)).toEqual(["train", "check-drift"]);
    expect(section(body, "check-drift")).toBe(section(before, "check-drift"));
    expect(section(body, "train")).toContain("amlops train: dry run of ");
    expect(section(body, "train")).toContain("Superseded: ✅");

    const statuses = ado.statusesOf(ado.repositories[0].name, 31);
    expect(statuses.map((status) => [`${status.context.genre}/${status.context.name}`, status.state]).sort()).toEqual([
      ["amlops/check-drift", "notApplicable"],
      ["amlops/train", "notApplicable"],
    ]);
    expect(statuses[0].targetUrl).toMatch(/_build\/results\?buildId=/);
  });

  it("two tasks racing on the same thread both end up in it", async () => {
    const ado = h.azureDevOps;
    ado.delayNext({ method: "GET", path: /\/pullRequests\/33\/threads$/, ms: 8000, count: 2 });
    const [train, checkDrift] = await Promise.all([
      h.runTask("train", { inputs: { jobFile: jobFile(), dryRun: "true" }, pullRequest: 33 }),
      h.runTask("check-drift", { inputs: { reference, current, reportPath: join(dir, "ado-race.json") }, pullRequest: 33 }),
    ]);
    expect([train.errors, checkDrift.errors]).toEqual([[], []]);
    const threads = ado.threadsOf(ado.repositories[0].name, 33).filter((thread) => !thread.comments[0].isDeleted);
    expect(threads).toHaveLength(1);
    expect(parseNote(threads[0].comments[0].content)!.sections.map((s) => s.record.step)).toEqual(["train", "check-drift"]);
  });

  it("without System.AccessToken: one warning naming the permission, the task succeeds with issues", async () => {
    const result = await h.runTask("check-drift", { inputs: { reference, current: reference, reportPath: join(dir, "ado-no-token.json") }, pullRequest: 32, accessToken: null });
    expect(result.errors).toEqual([]);
    expect(result.result).toBe("SucceededWithIssues");
    const governance = result.warnings.filter((warning) => warning !== "Completed with warnings.");
    expect(governance).toEqual([expect.stringMatching(/^The governance note was not published to the pull request: the token needs the 'Contribute to pull requests' permission/)]);
    expect(h.azureDevOps.threadsOf(h.azureDevOps.repositories[0].name, 32)).toEqual([]);
  });
});
