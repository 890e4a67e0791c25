import Ajv from "ajv";
import addFormats from "ajv-formats";
import { trustCertificateInThisProcess } from "../../emulator/azureml";
import { startFakeServer, type FakeServer } from "../../emulator/fakes/http";
import { testTls } from "../../emulator/fakes/tls";
import { createEvent, type GovernanceEvent } from "../../shared/governance/event";
import { deliverWebhook, refusedAddress } from "../../shared/governance/webhook";
import { MAX_WEBHOOK_BODY, slackMessage, teamsMessage, webhookBody } from "../../shared/governance/webhook-payload";
import { slackMessageSchema, teamsMessageSchema } from "./webhook-schemas";

const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
const validSlack = ajv.compile(slackMessageSchema);
const validTeams = ajv.compile(teamsMessageSchema);

function hostileEvent(): GovernanceEvent {
  return {
    ...createEvent(
      "check-drift",
      { repository: "contoso/ml-models", sha: "5e1c3b9a7d2f4e6a8b0c1d3e5f7a9b1c3d5e7f90", ref: "refs/heads/<!channel>", pullRequest: 7, runUrl: "https://github.com/contoso/ml-models/actions/runs/1", actor: "octocat" },
      { outcome: "warning", headline: `drift in <!here> *bold* [x](http://evil) ${"long ".repeat(2000)}`, reason: "@channel", subject: { model: "credit", endpoint: "credit-ep" } },
    ),
    links: [
      { title: "Azure ML studio with a very long title that goes past what a Slack button can hold in its text", url: "https://ml.azure.com/runs/x" },
      { title: "evil", url: "javascript:alert(1)" },
    ],
  };
}

describe("webhook payloads", () => {
  it("are Slack Block Kit messages within Slack's limits, with Slack's control characters escaped", () => {
    const message = slackMessage(hostileEvent());
    expect(validSlack(message) ? [] : validSlack.errors).toEqual([]);
    const text = JSON.stringify(message);
    expect(text).not.toContain("<!here>");
    expect(text).not.toContain("<!channel>");
    expect(text).toContain("&lt;!here&gt;");
    expect(message.blocks.find((block) => block.type === "actions")).toMatchObject({ elements: [{ url: "https://github.com/contoso/ml-models/actions/runs/1" }, { url: "https://ml.azure.com/runs/x" }] });
  });

  it("are Teams Adaptive Card messages, with card markdown escaped and only http(s) links", () => {
    const message = teamsMessage(hostileEvent());
    expect(validTeams(message) ? [] : validTeams.errors).toEqual([]);
    const card = message.attachments[0].content;
    expect(card.actions.map((action) => action.url)).toEqual(["https://github.com/contoso/ml-models/actions/runs/1", "https://ml.azure.com/runs/x"]);
    expect(JSON.stringify(card)).toContain("\\\\*bold\\\\*");
  });

  it("the schemas reject what Slack and Teams reject", () => {
    const slack = slackMessage(hostileEvent());
    expect(validSlack({ ...slack, blocks: [{ type: "header", text: { type: "mrkdwn", text: "x" } }] })).toBe(false);
    expect(validSlack({ ...slack, blocks: [{ type: "header", text: { type: "plain_text", text: "x".repeat(151) } }] })).toBe(false);
    const teams = teamsMessage(hostileEvent());
    expect(validTeams({ ...teams, attachments: [{ ...teams.attachments[0], contentType: "application/json" }] })).toBe(false);
  });

  it("keeps a JSON body within the cap by leaving the evidence out", () => {
    const event = { ...hostileEvent(), evidence: { drift: "x".repeat(MAX_WEBHOOK_BODY * 2) } };
    const body = webhookBody(event, "json");
    expect(body.length).toBeLessThanOrEqual(MAX_WEBHOOK_BODY);
    expect(JSON.parse(body)).toMatchObject({ step: "check-drift", evidence: {}, evidenceOmitted: expect.stringContaining("limit") });
  });
});

describe("webhook destinations", () => {
  it.each([
    ["127.0.0.1", false, "a loopback or private address"],
    ["10.1.2.3", false, "a loopback or private address"],
    ["172.20.0.1", false, "a loopback or private address"],
    ["192.168.1.1", false, "a loopback or private address"],
    ["::1", false, "a loopback or private address"],
    ["fd12::1", false, "a loopback or private address"],
    ["::ffff:127.0.0.1", false, "a loopback or private address"],
    ["169.254.169.254", true, "a cloud metadata address"],
    ["fd00:ec2::254", true, "a cloud metadata address"],
    ["169.254.10.10", true, "a link-local address"],
    ["fe80::1", true, "a link-local address"],
  ])("refuses %s (private allowed: %s)", (address, allowPrivate, reason) => {
    expect(refusedAddress(address, allowPrivate)).toBe(reason);
  });

  it.each([["20.42.0.1"], ["2603:1030::1"], ["127.0.0.1"]])("accepts %s when private addresses are allowed", (address) => {
    expect(refusedAddress(address, true)).toBeUndefined();
  });
});

describe("webhook delivery", () => {
  let server: FakeServer;
  let answers: number[] = [];
  const noWait = { sleep: async () => undefined };

  beforeAll(async () => {
    trustCertificateInThisProcess(testTls().ca);
    server = await startFakeServer((request) => {
      const status = answers.shift() ?? 204;
      return status === 302 ? { status, headers: { location: `${server.url}/elsewhere` } } : { status, body: request.path };
    });
  });
  afterAll(() => server?.close());
  beforeEach(() => {
    answers = [];
    server.requests.length = 0;
  });

  it("retries 5xx and 429 with backoff, then delivers", async () => {
    answers = [500, 429];
    const pauses: number[] = [];
    const result = await deliverWebhook(`${server.url}/hook`, "{}", { allowPrivate: true, backoffMs: 100, sleep: async (ms) => void pauses.push(ms) });
    expect(result).toEqual({ attempts: 3, status: 204 });
    expect(server.requests.map((r) => r.path)).toEqual(["/hook", "/hook", "/hook"]);
    expect(pauses).toEqual([100, 200]);
  });

  it("gives up after its attempts with the last answer", async () => {
    answers = [500, 500, 500, 500];
    await expect(deliverWebhook(`${server.url}/hook`, "{}", { allowPrivate: true, ...noWait })).rejects.toMatchObject({ message: "the webhook answered HTTP 500", attempts: 3 });
    expect(server.requests).toHaveLength(3);
  });

  it("does not follow a redirect and does not retry a 4xx", async () => {
    answers = [302];
    await expect(deliverWebhook(`${server.url}/hook`, "{}", { allowPrivate: true, ...noWait })).rejects.toThrow("the webhook answered HTTP 302 (a redirect, not followed)");
    answers = [404];
    await expect(deliverWebhook(`${server.url}/hook`, "{}", { allowPrivate: true, ...noWait })).rejects.toThrow("the webhook answered HTTP 404");
    expect(server.requests.map((r) => r.path)).toEqual(["/hook", "/hook"]);
  });

  it("refuses plain http, a loopback name without the explicit allowance, and an oversized body, sending nothing", async () => {
    await expect(deliverWebhook(server.url.replace("https:", "http:"), "{}", { allowPrivate: true, ...noWait })).rejects.toThrow("the webhook URL must use https");
    await expect(deliverWebhook(`${server.url}/hook`, "{}", { allowPrivate: false, ...noWait })).rejects.toThrow(/resolves to a loopback or private address/);
    const localhost = server.url.replace("127.0.0.1", "localhost");
    await expect(deliverWebhook(`${localhost}/hook`, "{}", { allowPrivate: false, ...noWait })).rejects.toThrow(/resolves to a loopback or private address/);
    await expect(deliverWebhook(`${server.url}/hook`, "x".repeat(MAX_WEBHOOK_BODY + 1), { allowPrivate: true, ...noWait })).rejects.toThrow(/the limit is/);
    expect(server.requests).toEqual([]);
  });
});
