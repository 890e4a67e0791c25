import * as azdev from "azure-devops-node-api";
import { CommentThreadStatus, CommentType, GitStatusState } from "azure-devops-node-api/interfaces/GitInterfaces";
import { DEFAULT_ADO_REPOSITORY, startAzureDevOpsFake, type AzureDevOpsFake } from "../../emulator/fakes/azure-devops";
import { request } from "../../emulator/fakes/https-client";
import { decodeJwt } from "../../emulator/fakes/jwt";
import { testTls } from "../../emulator/fakes/tls";

describe("Azure DevOps fake with the real azure-devops-node-api GitApi", () => {
  let ado: AzureDevOpsFake;
  const connect = (token: string, bearer = true) =>
    new azdev.WebApi(ado.url, bearer ? azdev.getBearerHandler(token) : azdev.getPersonalAccessTokenHandler(token), { cert: { caFile: testTls().caPath } });

  beforeAll(async () => {
    ado = await startAzureDevOpsFake({ tokens: { "build-token": { write: true }, "reader-token": { write: false } } });
  });
  afterAll(() => ado?.close());

  it("creates a thread, lists it, edits its comment and replies, after the client's location discovery", async () => {
    const git = await connect("build-token").getGitApi();
    const created = await git.createThread(
      { comments: [{ parentCommentId: 0, content: "<!-- amlops -->\nfirst", commentType: CommentType.Text }], status: CommentThreadStatus.Active, properties: { amlopsNote: "ml" } },
      DEFAULT_ADO_REPOSITORY,
      42,
      ado.project,
    );
    expect(created.id).toBeGreaterThan(0);
    expect(created.status).toBe(CommentThreadStatus.Active);

    const threads = await git.getThreads(DEFAULT_ADO_REPOSITORY, 42, ado.project);
    expect(threads).toHaveLength(1);
    expect(threads[0].comments?.[0].content).toContain("first");
    expect(threads[0].publishedDate).toBeInstanceOf(Date);

    await git.updateComment({ content: "<!-- amlops -->\nsecond" }, DEFAULT_ADO_REPOSITORY, 42, created.id as number, 1, ado.project);
    await git.createComment({ parentCommentId: 1, content: "reply" }, DEFAULT_ADO_REPOSITORY, 42, created.id as number, ado.project);

    const stored = ado.threadsOf(DEFAULT_ADO_REPOSITORY, 42);
    expect(stored[0].comments.map((c) => c.content)).toEqual(["<!-- amlops -->\nsecond", "reply"]);
    expect(stored[0].properties.amlopsNote).toEqual({ $type: "System.String", $value: "ml" });
    expect(ado.threadsOf(DEFAULT_ADO_REPOSITORY, 43)).toEqual([]);

    const discovery = ado.requests.filter((r) => r.method === "OPTIONS" || r.path.endsWith("/ResourceAreas")).map((r) => `${r.method} ${r.path}`);
    expect(discovery).toEqual([`OPTIONS /${ado.organization}/_apis/Location`, `GET /${ado.organization}/_apis/ResourceAreas`, `OPTIONS /${ado.organization}/_apis/git`]);
  });

  it("accepts the repository id as well as its name, and a personal-access-token handler", async () => {
    const git = await connect("build-token", false).getGitApi();
    const threads = await git.getThreads(ado.repositories[0].id, 42, ado.projectId);
    expect(threads.length).toBeGreaterThan(0);
  });

  it("creates, lists and deletes pull request statuses through the real GitApi", async () => {
    const git = await connect("build-token").getGitApi();
    const created = await git.createPullRequestStatus({ state: GitStatusState.Succeeded, description: "passed", context: { genre: "amlops", name: "train" }, targetUrl: "https://dev.azure.com/x" }, DEFAULT_ADO_REPOSITORY, 42, ado.project);
    expect(created).toMatchObject({ state: GitStatusState.Succeeded, context: { genre: "amlops", name: "train" } });
    expect((await git.getPullRequestStatuses(DEFAULT_ADO_REPOSITORY, 42, ado.project)).map((s) => s.id)).toEqual([created.id]);
    await git.deletePullRequestStatus(DEFAULT_ADO_REPOSITORY, 42, created.id!, ado.project);
    expect(ado.statusesOf(DEFAULT_ADO_REPOSITORY, 42)).toEqual([]);
    const reader = await connect("reader-token").getGitApi();
    await expect(reader.createPullRequestStatus({ state: GitStatusState.Failed, context: { name: "x" } }, DEFAULT_ADO_REPOSITORY, 42, ado.project)).rejects.toMatchObject({ statusCode: 403 });
  });

  it("refuses an unknown token with 401 and a reader's write with 403", async () => {
    await expect(connect("wrong").getGitApi()).rejects.toMatchObject({ statusCode: 401 });
    const git = await connect("reader-token").getGitApi();
    await expect(git.getThreads(DEFAULT_ADO_REPOSITORY, 42, ado.project)).resolves.toBeDefined();
    await expect(git.createThread({ comments: [{ content: "x" }] }, DEFAULT_ADO_REPOSITORY, 42, ado.project)).rejects.toMatchObject({ statusCode: 403 });
  });

  it("answers 404 for an unknown repository (which the client turns into null for a GET)", async () => {
    const git = await connect("build-token").getGitApi();
    await expect(git.getThreads("nope", 42, ado.project)).resolves.toBeNull();
    expect(ado.requests.at(-1)).toMatchObject({ method: "GET", status: 404 });
  });

  it("issues service connection OIDC tokens as Azure DevOps does", async () => {
    const connection = [...ado.serviceConnections.values()][0];
    const url = `${ado.oidcRequestUri}?api-version=7.1&serviceConnectionId=${connection.id}`;
    const ok = await request(url, { method: "POST", headers: { authorization: "Bearer build-token", "content-type": "application/json" } });
    const unknown = await request(`${ado.oidcRequestUri}?api-version=7.1&serviceConnectionId=00000000-0000-0000-0000-000000000000`, {
      method: "POST",
      headers: { authorization: "Bearer build-token" },
    });
    const unauthorised = await request(url, { method: "POST", headers: { authorization: "Bearer wrong" } });
    expect([ok.status, unknown.status, unauthorised.status]).toEqual([200, 404, 401]);
    expect(decodeJwt((ok.body as { oidcToken: string }).oidcToken)).toMatchObject({
      iss: ado.oidcIssuer,
      sub: `sc://${ado.organization}/${ado.project}/${connection.name}`,
      aud: "api://AzureADTokenExchange",
    });
    expect(ado.oidcTokens).toHaveLength(1);
  });

  it("answers injected faults first, then normally", async () => {
    const git = await connect("build-token").getGitApi();
    ado.failNext({ method: "GET", path: /\/threads$/, status: 503, body: { message: "Service Unavailable" } });
    await expect(git.getThreads(DEFAULT_ADO_REPOSITORY, 42, ado.project)).rejects.toMatchObject({ statusCode: 503 });
    await expect(git.getThreads(DEFAULT_ADO_REPOSITORY, 42, ado.project)).resolves.toEqual(expect.any(Array));
  });
});
