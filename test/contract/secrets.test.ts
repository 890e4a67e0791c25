import { join } from "node:path";
import { startHarness, type Harness } from "../../emulator/harness";
import { copyFixture } from "./fixtures";
import type { StepRunResult } from "../../emulator/harness/contract";
import { startFakeServer, type FakeServer } from "../../emulator/fakes/http";

// What the user sees is checked raw: the harness's `log` already hides what the CI system masks, so only the
// raw streams can show a secret printed by the step itself. Lines that register a mask carry the secret by design.
const MASK_COMMAND = /^(::add-mask::|##vso\[task\.setsecret\]|##vso\[task\.setvariable [^\]]*issecret=true)/;
const JWT = /eyJ[\w-]{8,}\.[\w-]{8,}\./;
const SAS_SIGNATURE = /[?&]sig=[^&\s]+/;
const WEBHOOK_TOKEN = "hook-token-9f8e7d6c5b4a";

let h: Harness;
let webhook: FakeServer;
let webhookUrl: string;
const webhookBodies = () => webhook.requests.map((request) => request.body);

beforeAll(async () => {
  h = await startHarness();
  webhook = await startFakeServer(() => ({ status: 204 }));
  webhookUrl = `${webhook.url}/hooks/${WEBHOOK_TOKEN}`;
});
afterAll(async () => {
  await webhook?.close();
  await h?.stop();
});

function iris(): string {
  return join(copyFixture("iris"), "job.yml");
}

/** Everything a user or a receiver can read, except the lines that register masks. */
function visible(result: StepRunResult, bodies: string[]): Record<string, string> {
  const raw = (text: string) => text.split(/\r?\n/).filter((line) => !MASK_COMMAND.test(line)).join("\n");
  return {
    stdout: raw(result.stdout),
    stderr: raw(result.stderr),
    summary: result.summary,
    outputs: JSON.stringify(result.outputs),
    webhook: bodies.join("\n"),
  };
}

function expectNoSecret(places: Record<string, string>, secrets: Record<string, string>): void {
  const leaks: string[] = [];
  for (const [place, text] of Object.entries(places)) {
    for (const [kind, secret] of Object.entries(secrets)) {
      const line = secret ? text.split("\n").find((candidate) => candidate.includes(secret)) : undefined;
      if (line !== undefined) leaks.push(`${kind} in ${place}: ${line.slice(0, 160)}`);
    }
    if (JWT.test(text)) leaks.push(`a token (JWT) in ${place}`);
    if (SAS_SIGNATURE.test(text)) leaks.push(`a SAS signature in ${place}`);
  }
  expect(leaks).toEqual([]);
}

describe("secrets never reach what the user sees, debug logging on", () => {
  it("GitHub: client secret, OIDC and request tokens, datastore key, log SAS and webhook token", async () => {
    const from = webhookBodies().length;
    const oidcBefore = h.github.oidcTokens.length;
    const result = await h.runAction("train", {
      inputs: { "job-file": iris(), "poll-interval-seconds": "0.2", "client-secret": h.clientSecret, "webhook-url": webhookUrl, "webhook-allow-private": "true" },
      debug: true,
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs.status).toBe("Completed");
    expect(webhookBodies().length).toBe(from + 1);
    expect(result.env.RUNNER_DEBUG).toBe("1");
    expectNoSecret(visible(result, webhookBodies().slice(from)), {
      "client secret": h.clientSecret,
      "datastore account key": h.azurite.accountKey,
      "OIDC request token": result.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? "",
      "webhook token": WEBHOOK_TOKEN,
      ...Object.fromEntries(h.github.oidcTokens.slice(oidcBefore).map((token, i) => [`OIDC token ${i}`, token.token])),
    });
  });

  it("Azure Pipelines: service principal key, System.AccessToken, datastore key, log SAS and webhook token", async () => {
    const from = webhookBodies().length;
    const result = await h.runTask("train", {
      serviceConnection: h.secretServiceConnection,
      inputs: { jobFile: iris(), pollIntervalSeconds: "0.2", webhookUrl, webhookAllowPrivate: "true" },
      debug: true,
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs.status).toBe("Completed");
    expect(webhookBodies().length).toBe(from + 1);
    expectNoSecret(visible(result, webhookBodies().slice(from)), {
      "service principal key": h.clientSecret,
      "datastore account key": h.azurite.accountKey,
      "System.AccessToken": result.env.SECRET_SYSTEM_ACCESSTOKEN ?? "",
      "webhook token": WEBHOOK_TOKEN,
    });
  });

  it("Azure Pipelines: workload identity federation tokens", async () => {
    const oidcBefore = h.azureDevOps.oidcTokens.length;
    const result = await h.runTask("train", { inputs: { jobFile: iris(), wait: "false" }, debug: true });
    expect(result.errors).toEqual([]);
    expect(h.azureDevOps.oidcTokens.length).toBeGreaterThan(oidcBefore);
    expectNoSecret(visible(result, []), {
      "System.AccessToken": result.env.SECRET_SYSTEM_ACCESSTOKEN ?? "",
      ...Object.fromEntries(h.azureDevOps.oidcTokens.slice(oidcBefore).map((token, i) => [`OIDC token ${i}`, token.token])),
    });
  });
});
