import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { startAzureDevOpsFake, type AzureDevOpsFake } from "../../emulator/fakes/azure-devops";
import { startEntraFake, type EntraFake } from "../../emulator/fakes/entra";
import { startGitHubFake, type GitHubFake } from "../../emulator/fakes/github";
import { decodeJwt } from "../../emulator/fakes/jwt";
import { combineCaFiles, testTls, writeTempPem } from "../../emulator/fakes/tls";
import { REPOSITORY_ROOT, runAction, runTask } from "../../emulator/harness/contract";

const TENANT = "0b6f2a8e-3c1d-4e5f-9a7b-8c6d5e4f3a2b";
const CLIENT = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";

/** Throwaway steps written for these tests: they use the real host libraries, not the product bundles. */
const ACTION_SCRIPT = `
import fs from "node:fs";
const core = await import(process.env.CORE_URL);
core.setSecret("s3cr3t-value");
console.log("printing s3cr3t-value after masking it");
core.setOutput("job-file-seen", core.getInput("job-file", { required: true }));
core.setOutput("note-key", core.getInput("note-key"));
core.setOutput("github-token", core.getInput("github-token"));
core.setOutput("metrics", JSON.stringify({ auc: 0.91, f1: 0.8 }, null, 2));
core.setOutput("env-keys", JSON.stringify(Object.keys(process.env)));
core.setOutput("event", fs.readFileSync(process.env.GITHUB_EVENT_PATH, "utf8"));
core.warning("look here", { file: "src/a,b.ts", startLine: 3 });
core.error("bad thing");
core.debug("debug line");
core.exportVariable("MY_VAR", "x");
core.addPath("/opt/tool");
core.saveState("pid", "123");
await core.summary.addHeading("Train").addRaw("done").write();
core.setOutput("id-token", await core.getIDToken("api://AzureADTokenExchange"));
`;

const ACTION_MANIFEST = `
name: throwaway
description: test step
inputs:
  job-file:
    description: job
    required: true
  note-key:
    description: key
    default: amlops
  github-token:
    description: token
    default: \${{ github.token }}
runs:
  using: node24
  main: main.mjs
`;

const TASK_SCRIPT = `
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
const require = createRequire(process.env.REPO_PACKAGE_JSON);
const tl = require("azure-pipelines-task-lib/task");
const connection = tl.getInput("azureSubscription", true);
const report = {
  jobFile: tl.getInput("jobFile", true),
  noteKey: tl.getInput("noteKey"),
  scheme: tl.getEndpointAuthorizationScheme(connection, false),
  tenantId: tl.getEndpointAuthorizationParameter(connection, "tenantid", false),
  clientId: tl.getEndpointAuthorizationParameter(connection, "serviceprincipalid", false),
  subscriptionId: tl.getEndpointDataParameter(connection, "subscriptionid", false),
  authority: tl.getEndpointDataParameter(connection, "environmentAuthorityUrl", false),
  arm: tl.getEndpointUrl(connection, false),
  accessTokenSeen: tl.getVariable("System.AccessToken") === process.env.EXPECTED_ACCESS_TOKEN,
  vssTokenSeen: tl.getEndpointAuthorizationParameter("SystemVssConnection", "AccessToken", false) === process.env.EXPECTED_ACCESS_TOKEN,
  pullRequestId: tl.getVariable("System.PullRequest.PullRequestId"),
  collectionUri: tl.getVariable("System.TeamFoundationCollectionUri"),
  envKeys: Object.keys(process.env),
};
const { AzurePipelinesCredential } = require("@azure/identity");
const credential = new AzurePipelinesCredential(report.tenantId, report.clientId, connection, tl.getVariable("System.AccessToken"), {
  authorityHost: report.authority,
  disableInstanceDiscovery: true,
});
report.armToken = (await credential.getToken(report.arm + ".default")).token;
tl.setVariable("report", JSON.stringify(report), false, true);
tl.setVariable("plain", "not an output");
tl.setSecret("hidden-value");
console.log("hidden-value should not show");
tl.warning("careful");
const summary = path.join(tl.getVariable("Agent.TempDirectory"), "summary.md");
fs.writeFileSync(summary, "# Task summary");
tl.uploadSummary(summary);
tl.setResult(tl.TaskResult.SucceededWithIssues, "done with issues");
`;

describe("contract harness, end to end with throwaway steps", () => {
  let dir: string;
  let github: GitHubFake;
  let ado: AzureDevOpsFake;
  let entra: EntraFake;
  const script = (name: string, source: string): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, source);
    return file;
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "amlops-contract-test-"));
    [github, ado, entra] = await Promise.all([startGitHubFake(), startAzureDevOpsFake(), startEntraFake()]);
  });
  afterAll(async () => {
    await Promise.all([github?.close(), ado?.close(), entra?.close()]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("gives an action the runner's contract and reads back everything it produced", async () => {
    const manifest = script("action.yml", ACTION_MANIFEST);
    const before = github.oidcTokens.length;
    const result = await runAction("train", {
      script: script("action.mjs", ACTION_SCRIPT),
      manifest,
      github,
      pullRequest: 7,
      inputs: { "job-file": "jobs/train.yml", surprise: "x" },
      env: { CORE_URL: pathToFileURL(path.join(REPOSITORY_ROOT, "node_modules/@actions/core/lib/core.js")).href },
      debug: true,
    });
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(result.env["INPUT_JOB-FILE"]).toBe("jobs/train.yml");
    expect(result.outputs["job-file-seen"]).toBe("jobs/train.yml");
    expect(result.outputs["note-key"]).toBe("amlops");
    expect(result.outputs["github-token"]).toBe([...github.tokens.keys()][0]);
    expect(JSON.parse(result.outputs.metrics)).toEqual({ auc: 0.91, f1: 0.8 });

    const envKeys = JSON.parse(result.outputs["env-keys"]) as string[];
    expect(envKeys).toEqual(expect.arrayContaining(["GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY", "RUNNER_TEMP", "ACTIONS_ID_TOKEN_REQUEST_URL", "NODE_EXTRA_CA_CERTS"]));
    expect(envKeys.filter((k) => k.startsWith("JEST") || k === "NODE_ENV")).toEqual([]);
    expect(result.env).toMatchObject({ GITHUB_EVENT_NAME: "pull_request", GITHUB_REF: "refs/pull/7/merge", GITHUB_HEAD_REF: "feature-7", RUNNER_DEBUG: "1", GITHUB_API_URL: github.url });
    expect(JSON.parse(result.outputs.event)).toMatchObject({ number: 7, pull_request: { number: 7 } });

    expect(result.errors).toEqual(["bad thing"]);
    expect(result.warnings[0]).toMatch(/^Unexpected input\(s\) 'surprise'/);
    expect(result.warnings).toContain("look here");
    expect(result.annotations.find((a) => a.message === "look here")?.properties).toMatchObject({ file: "src/a,b.ts", line: "3" });
    expect(result.debug).toContain("debug line");
    expect(result.summary).toContain("<h1>Train</h1>");
    expect(result.exportedEnv).toEqual({ MY_VAR: "x" });
    expect(result.addedPath).toEqual(["/opt/tool"]);
    expect(result.state).toEqual({ pid: "123" });

    expect(result.masked).toEqual(expect.arrayContaining(["s3cr3t-value", result.outputs["id-token"]]));
    expect(result.stdout).toContain("printing s3cr3t-value");
    expect(result.log).toContain("printing *** after masking it");
    expect(result.log).not.toContain("s3cr3t-value");

    expect(github.oidcTokens.length).toBe(before + 1);
    expect(decodeJwt(result.outputs["id-token"])).toMatchObject({ sub: "repo:contoso/ml-models:pull_request", aud: "api://AzureADTokenExchange" });
    expect(github.pullRequests.get("contoso/ml-models#7")).toMatchObject({ number: 7 });
  });

  it("gives a task the agent's contract: inputs, service connection, access token, output variables, summary, result", async () => {
    const connection = { id: "0f9e8d7c-6b5a-4f3e-2d1c-0b9a8f7e6d5c", name: "ml-wif", scheme: "WorkloadIdentityFederation" as const, tenantId: TENANT, clientId: CLIENT, subscriptionId: "sub-1", authorityHost: entra.url, armUrl: "https://127.0.0.1:9" };
    entra.registerApp({ clientId: CLIENT, tenantId: TENANT, federatedCredentials: [{ issuer: ado.oidcIssuer, subject: ado.subjectFor(connection) }] });
    const result = await runTask("train", {
      script: script("task.mjs", TASK_SCRIPT),
      azureDevOps: ado,
      serviceConnection: connection,
      pullRequest: 42,
      inputs: { jobFile: "jobs/train.yml", noteKey: "ml" },
      env: { REPO_PACKAGE_JSON: path.join(REPOSITORY_ROOT, "package.json"), EXPECTED_ACCESS_TOKEN: ado.accessToken },
    });
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(result.env.INPUT_JOBFILE).toBe("jobs/train.yml");
    expect(result.env.INPUT_AZURESUBSCRIPTION).toBe(connection.id);
    expect(result.env.TF_BUILD).toBe("True");

    const report = JSON.parse(result.outputs.report) as Record<string, unknown>;
    expect(report).toMatchObject({
      jobFile: "jobs/train.yml",
      noteKey: "ml",
      scheme: "WorkloadIdentityFederation",
      tenantId: TENANT,
      clientId: CLIENT,
      subscriptionId: "sub-1",
      authority: `${entra.url}/`,
      arm: "https://127.0.0.1:9/",
      accessTokenSeen: true,
      vssTokenSeen: true,
      pullRequestId: "42",
      collectionUri: ado.url,
    });
    expect((report.envKeys as string[]).filter((k) => k.startsWith("SECRET_") || k.startsWith("JEST"))).toEqual([]);
    expect(decodeJwt(report.armToken as string)).toMatchObject({ aud: "https://127.0.0.1:9", appid: CLIENT });
    expect(ado.oidcTokens.at(-1)?.claims.sub).toBe(`sc://${ado.organization}/${ado.project}/ml-wif`);

    expect(result.outputs.plain).toBeUndefined();
    expect(result.variables.plain).toEqual({ value: "not an output", isOutput: false, isSecret: false });
    expect(result.result).toBe("SucceededWithIssues");
    expect(result.resultMessage).toBe("done with issues");
    expect(result.warnings).toEqual(["careful", "done with issues"]);
    expect(result.summary).toBe("# Task summary");
    expect(result.masked).toContain("hidden-value");
    expect(result.log).toContain("*** should not show");
    expect(result.log).not.toContain(ado.accessToken);
  });

  it("gives a fork's pull request a read-only token and no OIDC endpoint, as GitHub does", async () => {
    const result = await runAction("train", {
      script: script("fork.mjs", `import fs from "node:fs"; fs.appendFileSync(process.env.GITHUB_OUTPUT, "has-oidc=" + ("ACTIONS_ID_TOKEN_REQUEST_URL" in process.env) + "\\n");`),
      manifest: script("action.yml", ACTION_MANIFEST),
      github,
      pullRequest: { number: 9, fork: true },
      inputs: { "job-file": "x" },
    });
    expect(result.outputs).toEqual({ "has-oidc": "false" });
    expect(github.tokens.get(result.env["INPUT_GITHUB-TOKEN"])).toMatchObject({ write: false });
  });

  it("reports a step summary over the runner's 1 MiB limit", async () => {
    const result = await runAction("train", {
      script: script("big.mjs", `import fs from "node:fs"; fs.writeFileSync(process.env.GITHUB_STEP_SUMMARY, "x".repeat(1100 * 1024));`),
    });
    expect(result.errors).toEqual(["$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got 1100k."]);
  });

  it("sends SIGINT when a line matches, as a cancelled run does", async () => {
    const result = await runAction("train", {
      script: script(
        "cancel.mjs",
        `import fs from "node:fs";
        process.on("SIGINT", () => { console.log("cancelling the job"); fs.appendFileSync(process.env.GITHUB_OUTPUT, "cancelled=true\\n"); process.exit(1); });
        console.log("waiting for the job");
        setInterval(() => {}, 1000);`,
      ),
      signalWhen: { pattern: /waiting for the job/ },
    });
    expect(result.signalsSent).toEqual(["SIGINT"]);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toEqual({ cancelled: "true" });
    expect(result.stdout).toContain("cancelling the job");
  });

  it("kills a step that outlives its timeout and says so", async () => {
    await expect(
      runAction("train", { script: script("hang.mjs", `setInterval(() => {}, 1000);`), timeoutMs: 500 }),
    ).rejects.toThrow(/hang\.mjs did not finish within 500 ms and was killed\.\n--- last stdout ---/);
  });

  it("fails clearly when the bundle has not been built", async () => {
    await expect(runAction("train", { script: path.join(dir, "missing.mjs") })).rejects.toThrow(/missing\.mjs does not exist: build the bundles first/);
  });

  it("combines several CA files into one for NODE_EXTRA_CA_CERTS", () => {
    const other = writeTempPem("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    const combined = combineCaFiles([testTls().caPath, other, testTls().caPath]) as string;
    const content = fs.readFileSync(combined, "utf8");
    expect(content).toContain(testTls().ca.trim());
    expect(content).toContain("MIIB");
    expect(combineCaFiles([testTls().caPath])).toBe(testTls().caPath);
  });
});
