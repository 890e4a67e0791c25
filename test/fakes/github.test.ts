import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { DEFAULT_GITHUB_REPOSITORY, DEFAULT_GITHUB_TOKEN, GITHUB_OIDC_ISSUER, startGitHubFake, type GitHubFake } from "../../emulator/fakes/github";
import { request } from "../../emulator/fakes/https-client";
import { decodeJwt } from "../../emulator/fakes/jwt";
import { testTls } from "../../emulator/fakes/tls";

const REPO = DEFAULT_GITHUB_REPOSITORY;
const READ_ONLY_TOKEN = "ghs_readOnlyForkToken";
const auth = (token = DEFAULT_GITHUB_TOKEN) => ({ authorization: `token ${token}` });

/** Runs an ES module snippet in a child process, resolving packages from the repository (ESM-only clients stay out of jest). */
async function runModule(source: string, env: Record<string, string>): Promise<unknown> {
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", source], {
    cwd: path.resolve(__dirname, "../.."),
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_EXTRA_CA_CERTS: testTls().caPath, ...env },
  });
  return JSON.parse(stdout.trim().split("\n").pop() ?? "null");
}

describe("GitHub fake", () => {
  let github: GitHubFake;
  beforeAll(async () => {
    github = await startGitHubFake({
      tokens: { [DEFAULT_GITHUB_TOKEN]: { login: "github-actions[bot]", write: true }, [READ_ONLY_TOKEN]: { write: false } },
      pullRequests: [{ number: 7, headRef: "feature/better-model" }],
    });
  });
  afterAll(() => github?.close());

  it("creates, lists and updates issue comments, keeping them per issue", async () => {
    const created = await request(`${github.url}/repos/${REPO}/issues/7/comments`, { method: "POST", headers: auth(), body: { body: "first" } });
    expect(created.status).toBe(201);
    const id = (created.body as { id: number }).id;
    expect(created.body).toMatchObject({ body: "first", user: { login: "github-actions[bot]", type: "Bot" } });

    const updated = await request(`${github.url}/repos/${REPO}/issues/comments/${id}`, { method: "PATCH", headers: { authorization: `Bearer ${DEFAULT_GITHUB_TOKEN}` }, body: { body: "second" } });
    expect(updated.status).toBe(200);
    expect(github.commentsOn(REPO, 7).map((c) => c.body)).toEqual(["second"]);
    expect(github.commentsOn(REPO, 8)).toEqual([]);
  });

  it("answers like GitHub without a token, with a bad token, and with a read-only token", async () => {
    const url = `${github.url}/repos/${REPO}/issues/7/comments`;
    const none = await request(url, { method: "POST", body: { body: "x" } });
    const bad = await request(url, { method: "POST", headers: auth("nope"), body: { body: "x" } });
    const readOnly = await request(url, { method: "POST", headers: auth(READ_ONLY_TOKEN), body: { body: "x" } });
    const readOnlyList = await request(url, { headers: auth(READ_ONLY_TOKEN) });
    expect([none.status, bad.status, readOnly.status, readOnlyList.status]).toEqual([401, 401, 403, 200]);
    expect(bad.body).toMatchObject({ message: "Bad credentials" });
    expect(readOnly.body).toMatchObject({ message: "Resource not accessible by integration" });
  });

  it("refuses a comment longer than GitHub allows", async () => {
    const response = await request(`${github.url}/repos/${REPO}/issues/7/comments`, { method: "POST", headers: auth(), body: { body: "x".repeat(65537) } });
    expect(response.status).toBe(422);
  });

  it("creates and completes a check run", async () => {
    const created = await request(`${github.url}/repos/${REPO}/check-runs`, {
      method: "POST",
      headers: auth(),
      body: { name: "amlops / evaluate-gate", head_sha: "abc", status: "in_progress" },
    });
    const id = (created.body as { id: number }).id;
    await request(`${github.url}/repos/${REPO}/check-runs/${id}`, { method: "PATCH", headers: auth(), body: { conclusion: "success", output: { title: "passed", summary: "ok" } } });
    expect(github.checkRuns.find((r) => r.id === id)).toMatchObject({ status: "completed", conclusion: "success", output: { title: "passed" } });
  });

  it("lists a commit's check runs by name, and refuses check runs to a token without checks: write", async () => {
    github.tokens.set("ghs_noChecks", { write: true, checks: false });
    const create = (token: string) => request(`${github.url}/repos/${REPO}/check-runs`, { method: "POST", headers: auth(token), body: { name: "amlops / train", head_sha: "feed" } });
    expect((await create("ghs_noChecks")).status).toBe(403);
    expect((await create(DEFAULT_GITHUB_TOKEN)).status).toBe(201);
    const listed = await request(`${github.url}/repos/${REPO}/commits/feed/check-runs?check_name=${encodeURIComponent("amlops / train")}`, { headers: auth() });
    expect(listed.body).toMatchObject({ total_count: 1, check_runs: [{ name: "amlops / train", head_sha: "feed" }] });
    const other = await request(`${github.url}/repos/${REPO}/commits/feed/check-runs?check_name=other`, { headers: auth() });
    expect(other.body).toMatchObject({ total_count: 0 });
  });

  it("finds the pull requests of a commit", async () => {
    github.addPullRequest(REPO, { number: 40, headSha: "cafe" });
    const found = await request(`${github.url}/repos/${REPO}/commits/cafe/pulls`, { headers: auth() });
    const none = await request(`${github.url}/repos/${REPO}/commits/beef/pulls`, { headers: auth() });
    expect((found.body as { number: number }[]).map((pr) => pr.number)).toEqual([40]);
    expect(none.body).toEqual([]);
  });

  it("holds a request back when asked, answering it afterwards", async () => {
    github.delayNext({ method: "GET", path: `/repos/${REPO}/pulls/7`, ms: 300 });
    const slow = request(`${github.url}/repos/${REPO}/pulls/7`, { headers: auth() });
    const fast = await request(`${github.url}/repos/${REPO}/pulls/99`, { headers: auth() });
    expect(fast.status).toBe(404);
    expect((await slow).status).toBe(200);
    const order = github.requests.filter((r) => r.path.endsWith("/pulls/7") || r.path.endsWith("/pulls/99")).slice(-2);
    expect(order.map((r) => r.path.split("/").pop())).toEqual(["7", "99"]);
  });

  it("serves registered pull requests and 404 for others", async () => {
    const known = await request(`${github.url}/repos/${REPO}/pulls/7`, { headers: auth() });
    const unknown = await request(`${github.url}/repos/${REPO}/pulls/99`, { headers: auth() });
    expect(known.body).toMatchObject({ number: 7, head: { ref: "feature/better-model" }, base: { ref: "main" } });
    expect(unknown.status).toBe(404);
  });

  it("works with the real Octokit of @actions/github through GITHUB_API_URL, pagination included", async () => {
    const result = await runModule(
      `
      import { getOctokit } from "@actions/github";
      const octokit = getOctokit(process.env.TOKEN);
      const [owner, repo] = process.env.REPO.split("/");
      for (let i = 0; i < 35; i++) await octokit.rest.issues.createComment({ owner, repo, issue_number: 12, body: "note " + i });
      const all = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: 12, per_page: 10 });
      const last = all[all.length - 1];
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: last.id, body: "edited" });
      let status = 0;
      try { await getOctokit("bad").rest.issues.createComment({ owner, repo, issue_number: 12, body: "x" }); } catch (e) { status = e.status; }
      console.log(JSON.stringify({ count: all.length, status }));
      `,
      { GITHUB_API_URL: github.url, TOKEN: DEFAULT_GITHUB_TOKEN, REPO },
    );
    expect(result).toEqual({ count: 35, status: 401 });
    expect(github.commentsOn(REPO, 12).at(-1)?.body).toBe("edited");
    const listCalls = github.requests.filter((r) => r.method === "GET" && r.path.endsWith("/issues/12/comments"));
    expect(listCalls.map((r) => r.query.page ?? "1")).toEqual(["1", "2", "3", "4"]);
  });

  it("issues Actions OIDC tokens to @actions/core getIDToken and counts them", async () => {
    const before = github.oidcTokens.length;
    const token = (await runModule(
      `
      import { getIDToken } from "@actions/core";
      console.log(JSON.stringify(await getIDToken("api://AzureADTokenExchange")));
      `,
      { ACTIONS_ID_TOKEN_REQUEST_URL: github.oidc.url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: github.oidc.token },
    )) as string;
    expect(github.oidcTokens.length).toBe(before + 1);
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ iss: GITHUB_OIDC_ISSUER, aud: "api://AzureADTokenExchange", sub: `repo:${REPO}:ref:refs/heads/main` });
    expect(Number(claims?.exp) - Number(claims?.iat)).toBe(github.oidcLifetimeSeconds);
  });

  it("gives each run its own OIDC endpoint whose subject follows the event", async () => {
    const run = github.createOidcRequest({ eventName: "pull_request", ref: "refs/pull/7/merge" });
    const wrongToken = await request(`${run.url}&audience=x`, { headers: { authorization: `Bearer ${github.oidc.token}` } });
    const ok = await request(`${run.url}&audience=x`, { headers: { authorization: `Bearer ${run.token}` } });
    expect(wrongToken.status).toBe(401);
    expect(decodeJwt((ok.body as { value: string }).value)).toMatchObject({ sub: `repo:${REPO}:pull_request`, aud: "x", ref: "refs/pull/7/merge" });
  });

  it("keeps a repository's spelling for runs and OIDC subjects, and matches routes case-insensitively", async () => {
    const other = await startGitHubFake({ repositories: ["Contoso/ML-Models"] });
    try {
      expect(other.repository).toBe("Contoso/ML-Models");
      expect(other.oidc.context.repository).toBe("Contoso/ML-Models");
      const created = await request(`${other.url}/repos/contoso/ml-models/issues/1/comments`, { method: "POST", headers: auth(), body: { body: "hi" } });
      expect(created.status).toBe(201);
      expect(other.commentsOn("Contoso/ML-Models", 1)).toHaveLength(1);
    } finally {
      await other.close();
    }
  });

  it("answers injected faults first, then normally", async () => {
    github.failNext({
      method: "POST",
      path: /\/issues\/\d+\/comments$/,
      status: 403,
      body: { message: "You have exceeded a secondary rate limit." },
      headers: { "retry-after": "1" },
    });
    const url = `${github.url}/repos/${REPO}/issues/30/comments`;
    const limited = await request(url, { method: "POST", headers: auth(), body: { body: "x" } });
    const ok = await request(url, { method: "POST", headers: auth(), body: { body: "x" } });
    expect([limited.status, limited.headers["retry-after"], ok.status]).toEqual([403, "1", 201]);
    expect(github.commentsOn(REPO, 30)).toHaveLength(1);
  });
});
