import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PermissionError, type PullRequestChannel, type ReportingSettings, type StepStatus } from "../../shared/core/pull-request";
import { assetLineage } from "../../shared/governance/asset-lineage";
import { createEvent } from "../../shared/governance/event";
import { parseNote } from "../../shared/governance/note";
import { publishEvent } from "../../shared/governance/publish";
import { MemoryHost } from "../support/memory-host";
import { MemoryNoteStore } from "./memory-note-store";

const SECRET = "sv=2024&sig=TopSecretSignature";

class PullRequestHost extends MemoryHost {
  readonly store = new MemoryNoteStore();
  readonly statuses: StepStatus[] = [];
  settings: ReportingSettings = { noteKey: "ml", webhookFormat: "json", webhookAllowPrivate: false };
  channelError?: Error;
  statusError?: Error;

  reporting(): ReportingSettings {
    return this.settings;
  }
  mask(text: string): string {
    return this.secrets.reduce((masked, secret) => masked.split(secret).join("***"), text);
  }
  async pullRequest(): Promise<PullRequestChannel | undefined> {
    if (this.channelError) throw this.channelError;
    return {
      description: "pull request #7",
      notes: this.store,
      setStatus: async (status) => {
        if (this.statusError) throw this.statusError;
        this.statuses.push(status);
      },
    };
  }
}

const context = { repository: "contoso/ml-models", sha: "abc123", pullRequest: 7, runUrl: "https://github.com/contoso/ml-models/actions/runs/1", actor: "octocat", workflow: "ml" };
const fast = { noteSync: { settleMs: 1 } };
const warnings = (host: MemoryHost) => host.logs.filter((log) => log.level === "warning").map((log) => log.message);

describe("publishEvent", () => {
  it("writes the summary, the note and a status with the verdict, secrets masked everywhere", async () => {
    const host = new PullRequestHost({}, context);
    host.setSecret(SECRET);
    const event = createEvent("train", context, { outcome: "failed", headline: `job failed reading ${SECRET}` });
    await publishEvent(host, event, `log: ${SECRET}`, undefined, fast);

    expect(host.summaries.join("")).toContain("### ❌ amlops train: job failed reading \\*\\*\\*");
    expect(host.store.comments).toHaveLength(1);
    expect(parseNote(host.store.comments[0].body)?.sections.map((s) => s.record.step)).toEqual(["train"]);
    expect(host.statuses).toEqual([expect.objectContaining({ step: "train", state: "failed", title: "job failed reading ***", detailsUrl: context.runUrl })]);
    expect(host.statuses[0].summary).toContain("<details>");
    expect(JSON.stringify([host.summaries, host.store.comments, host.statuses])).not.toContain("TopSecretSignature");
    expect(warnings(host)).toEqual([]);
  });

  it("warns once, naming the permission, when the token may not comment; the step goes on", async () => {
    const host = new PullRequestHost({}, context);
    host.store.create = async () => {
      throw new PermissionError("pull-requests: write", "GitHub answered HTTP 403: Resource not accessible by integration");
    };
    await publishEvent(host, createEvent("train", context, { outcome: "succeeded", headline: "ok" }), "body", undefined, fast);
    expect(warnings(host)).toEqual([
      "The governance note was not published to pull request #7: the token needs the 'pull-requests: write' permission (GitHub answered HTTP 403: Resource not accessible by integration). The step's own result stands.",
    ]);
    expect(host.statuses).toEqual([]);
    expect(host.failure).toBeUndefined();
  });

  it("warns when there is no token at all, and when only the status is refused", async () => {
    const noToken = new PullRequestHost({}, context);
    noToken.channelError = new PermissionError("pull-requests: write", "no token was given (input 'github-token')");
    await publishEvent(noToken, createEvent("train", context, { outcome: "succeeded", headline: "ok" }), "body", undefined, fast);
    expect(warnings(noToken)).toEqual([expect.stringContaining("the token needs the 'pull-requests: write' permission (no token was given")]);

    const noChecks = new PullRequestHost({}, context);
    noChecks.statusError = new PermissionError("checks: write", "GitHub answered HTTP 403");
    await publishEvent(noChecks, createEvent("train", context, { outcome: "succeeded", headline: "ok" }), "body", undefined, fast);
    expect(noChecks.store.comments).toHaveLength(1);
    expect(warnings(noChecks)).toEqual(["The train status was not set on pull request #7: the token needs the 'checks: write' permission (GitHub answered HTTP 403)."]);
  });

  it("appends every event to the governance file as one JSON line", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "governance-file-")), "nested", "events.jsonl");
    const host = new PullRequestHost({}, context);
    host.settings = { ...host.settings, governanceFile: file };
    await publishEvent(host, createEvent("train", context, { outcome: "succeeded", headline: "one" }), "", undefined, fast);
    await publishEvent(host, createEvent("check-drift", context, { outcome: "warning", headline: "two" }), "", undefined, fast);
    const lines = readFileSync(file, "utf8").trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.step, line.headline])).toEqual([
      ["train", "one"],
      ["check-drift", "two"],
    ]);
  });

  it("masks the webhook URL and warns, without failing, when the webhook is refused", async () => {
    const host = new PullRequestHost({}, context);
    await publishEvent(host, createEvent("train", context, { outcome: "succeeded", headline: "ok" }), "", "http://hooks.example.com/T0/B0/XyZsecret", fast);
    expect(host.secrets).toContain("http://hooks.example.com/T0/B0/XyZsecret");
    expect(warnings(host)).toEqual(["The governance event was not delivered: the webhook URL must use https. The step's own result stands."]);
  });
});

describe("assetLineage", () => {
  it("maps the event to tags (within Azure's 256-character tag values) and properties with the evidence", () => {
    const event = createEvent("register", { ...context, ref: "refs/heads/main" }, { outcome: "succeeded", headline: "model credit:3 registered", reason: "r".repeat(300), evidence: { metrics: { auc: 0.91 } } }, new Date("2026-01-01T00:00:00Z"));
    const { tags, properties } = assetLineage(event);
    expect(tags).toEqual({
      "amlops.step": "register",
      "amlops.outcome": "succeeded",
      "amlops.repository": "contoso/ml-models",
      "amlops.commit": "abc123",
      "amlops.ref": "refs/heads/main",
      "amlops.pull-request": "7",
      "amlops.run-url": context.runUrl,
      "amlops.actor": "octocat",
      "amlops.reason": `${"r".repeat(255)}…`,
      "amlops.time": "2026-01-01T00:00:00.000Z",
    });
    expect(properties).toMatchObject({ "amlops.reason": "r".repeat(300), "amlops.headline": "model credit:3 registered", "amlops.evidence.metrics": '{"auc":0.91}' });
  });
});
