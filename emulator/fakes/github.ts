import { randomBytes, randomUUID } from "node:crypto";
import { issueJwt, timeClaims, type JwtClaims } from "./jwt";
import { json, presentedToken, router, startFakeServer, type FakeRequest, type FakeResponse, type RecordedRequest, type FaultRule, type DelayRule } from "./http";

export const GITHUB_OIDC_ISSUER = "https://token.actions.githubusercontent.com";
export const DEFAULT_GITHUB_TOKEN = "ghs_amlopsTestInstallationToken000000000";
export const DEFAULT_GITHUB_REPOSITORY = "contoso/ml-models";
const DOCS = "https://docs.github.com/rest";
const MAX_COMMENT_LENGTH = 65536;

export interface GitHubTokenGrant {
  /** Login the token acts as (default `github-actions[bot]`). */
  login?: string;
  /** false = a read-only token, as a pull request from a fork gets. */
  write?: boolean;
  /** false = no `checks: write` (a workflow whose `permissions:` leave it out). */
  checks?: boolean;
}

export interface IssueComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: { login: string; id: number; type: string };
  created_at: string;
  updated_at: string;
  author_association: string;
}

export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title?: string | null; summary?: string | null; text?: string | null };
  details_url?: string | null;
  external_id?: string | null;
  started_at: string | null;
  completed_at: string | null;
  html_url: string;
}

export interface PullRequestSeed {
  number: number;
  headRef?: string;
  headSha?: string;
  baseRef?: string;
  title?: string;
  user?: string;
  /** A pull request from a fork. */
  fork?: boolean;
}

/** What the workflow run looks like to the OIDC token endpoint. */
export interface OidcRunContext {
  repository: string;
  ref: string;
  sha: string;
  eventName: string;
  actor: string;
  runId: string;
  runAttempt: string;
  workflow: string;
  /** Overrides the subject derived from event and ref. */
  subject?: string;
}

export interface OidcRequest {
  /** `ACTIONS_ID_TOKEN_REQUEST_URL` (already carries `?api-version=2.0`). */
  url: string;
  /** `ACTIONS_ID_TOKEN_REQUEST_TOKEN`. */
  token: string;
  context: OidcRunContext;
}

export interface IssuedOidcToken {
  time: Date;
  audience: string;
  claims: JwtClaims;
  token: string;
}

export interface GitHubFakeOptions {
  /** Valid tokens (default: DEFAULT_GITHUB_TOKEN with write access). */
  tokens?: Record<string, GitHubTokenGrant>;
  /** Known repositories `owner/name` (default DEFAULT_GITHUB_REPOSITORY). */
  repositories?: string[];
  pullRequests?: PullRequestSeed[];
  /** Lifetime of OIDC tokens (default 300 s). */
  oidcLifetimeSeconds?: number;
  /** Context of the default OIDC request (`oidc`). */
  oidcContext?: Partial<OidcRunContext>;
}

export interface GitHubFake {
  /** API base: `GITHUB_API_URL`. */
  url: string;
  /** The first repository, as given: what runs default to. */
  repository: string;
  tokens: Map<string, GitHubTokenGrant>;
  repositories: Set<string>;
  /** Comments per issue, keyed `owner/repo#number`. */
  comments: Map<string, IssueComment[]>;
  checkRuns: CheckRun[];
  pullRequests: Map<string, PullRequestSeed>;
  /** Mutable: lifetime of OIDC tokens issued from now on. */
  oidcLifetimeSeconds: number;
  /** The default OIDC request endpoint. */
  oidc: OidcRequest;
  oidcTokens: IssuedOidcToken[];
  requests: RecordedRequest[];
  /** Answers the next matching request(s) with an injected status (rate limits, outages). */
  failNext(rule: FaultRule): void;
  /** Holds the next matching request(s) back before answering (to make clients race). */
  delayNext(rule: DelayRule): void;
  commentsOn(repository: string, issueNumber: number): IssueComment[];
  addPullRequest(repository: string, pullRequest: PullRequestSeed): void;
  /** A separate OIDC request endpoint (own URL and token) for one run's context. */
  createOidcRequest(context?: Partial<OidcRunContext>): OidcRequest;
  close(): Promise<void>;
}

export function defaultOidcContext(overrides: Partial<OidcRunContext> = {}): OidcRunContext {
  return {
    repository: DEFAULT_GITHUB_REPOSITORY,
    ref: "refs/heads/main",
    sha: "0000000000000000000000000000000000000000",
    eventName: "push",
    actor: "octocat",
    runId: "1",
    runAttempt: "1",
    workflow: "ml",
    ...overrides,
  };
}

/** The subject GitHub puts in the token: pull requests and environments have their own form. */
export function oidcSubject(context: OidcRunContext): string {
  if (context.subject) return context.subject;
  if (context.eventName === "pull_request" || context.eventName === "pull_request_target") return `repo:${context.repository}:pull_request`;
  return `repo:${context.repository}:ref:${context.ref}`;
}

export async function startGitHubFake(options: GitHubFakeOptions = {}): Promise<GitHubFake> {
  const tokens = new Map(Object.entries(options.tokens ?? { [DEFAULT_GITHUB_TOKEN]: { login: "github-actions[bot]", write: true } }));
  const primaryRepository = options.repositories?.[0] ?? DEFAULT_GITHUB_REPOSITORY;
  const repositories = new Set((options.repositories ?? [DEFAULT_GITHUB_REPOSITORY]).map((r) => r.toLowerCase()));
  const comments = new Map<string, IssueComment[]>();
  const checkRuns: CheckRun[] = [];
  const pullRequests = new Map<string, PullRequestSeed>();
  const oidcRequests = new Map<string, OidcRequest>();
  const oidcTokens: IssuedOidcToken[] = [];
  let nextId = 1_000_001;
  let origin = "";
  const fake = {} as GitHubFake;

  const issueKey = (repository: string, n: number | string): string => `${repository.toLowerCase()}#${Number(n)}`;
  const repoOf = (r: FakeRequest): string => `${r.params.owner}/${r.params.repo}`;

  /** Authentication and authorisation as GitHub answers them; undefined when the call may proceed. */
  function deny(request: FakeRequest, needsWrite: boolean, docs: string, permission: "write" | "checks" = "write"): FakeResponse | undefined {
    const token = presentedToken(request.headers);
    if (token === undefined) return json(401, { message: "Requires authentication", documentation_url: DOCS, status: "401" });
    const grant = tokens.get(token);
    if (!grant) return json(401, { message: "Bad credentials", documentation_url: DOCS, status: "401" });
    if (!repositories.has(repoOf(request).toLowerCase())) return notFound(docs);
    if (needsWrite && (grant.write === false || (permission === "checks" && grant.checks === false))) {
      return json(403, { message: "Resource not accessible by integration", documentation_url: docs, status: "403" });
    }
    return undefined;
  }

  function userOf(request: FakeRequest): IssueComment["user"] {
    const login = tokens.get(presentedToken(request.headers) ?? "")?.login ?? "github-actions[bot]";
    return { login, id: login === "github-actions[bot]" ? 41898282 : 1000 + login.length, type: login.endsWith("[bot]") ? "Bot" : "User" };
  }

  function findComment(repository: string, id: number): IssueComment | undefined {
    for (const [key, list] of comments) {
      if (!key.startsWith(`${repository.toLowerCase()}#`)) continue;
      const found = list.find((c) => c.id === id);
      if (found) return found;
    }
    return undefined;
  }

  function commentBodyProblem(body: unknown): FakeResponse | undefined {
    if (typeof body !== "string") {
      return json(422, { message: 'Invalid request.\n\n"body" wasn\'t supplied.', documentation_url: `${DOCS}/issues/comments`, status: "422" });
    }
    if (body.length > MAX_COMMENT_LENGTH) {
      return json(422, {
        message: "Validation Failed",
        errors: [{ resource: "IssueComment", code: "custom", field: "body", message: `body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)` }],
        documentation_url: `${DOCS}/issues/comments`,
        status: "422",
      });
    }
    return undefined;
  }

  const handler = router(
    [
      {
        method: "GET",
        pattern: "/repos/{owner}/{repo}/issues/{number}/comments",
        handler: (r) => deny(r, false, `${DOCS}/issues/comments#list-issue-comments`) ?? listComments(r, comments.get(issueKey(repoOf(r), r.params.number)) ?? [], origin),
      },
      {
        method: "POST",
        pattern: "/repos/{owner}/{repo}/issues/{number}/comments",
        handler: (r) => {
          const denied = deny(r, true, `${DOCS}/issues/comments#create-an-issue-comment`);
          if (denied) return denied;
          const body = jsonBody(r).body;
          const problem = commentBodyProblem(body);
          if (problem) return problem;
          const now = new Date().toISOString();
          const id = nextId++;
          const repository = repoOf(r);
          const comment: IssueComment = {
            id,
            node_id: `IC_${Buffer.from(String(id)).toString("base64url")}`,
            url: `${origin}/repos/${repository}/issues/comments/${id}`,
            html_url: `https://github.com/${repository}/pull/${r.params.number}#issuecomment-${id}`,
            issue_url: `${origin}/repos/${repository}/issues/${r.params.number}`,
            body: body as string,
            user: userOf(r),
            created_at: now,
            updated_at: now,
            author_association: "NONE",
          };
          const key = issueKey(repository, r.params.number);
          comments.set(key, [...(comments.get(key) ?? []), comment]);
          return json(201, comment, { location: comment.url });
        },
      },
      {
        method: "GET",
        pattern: "/repos/{owner}/{repo}/issues/comments/{id}",
        handler: (r) => deny(r, false, `${DOCS}/issues/comments#get-an-issue-comment`) ?? found(findComment(repoOf(r), Number(r.params.id))),
      },
      {
        method: "PATCH",
        pattern: "/repos/{owner}/{repo}/issues/comments/{id}",
        handler: (r) => {
          const denied = deny(r, true, `${DOCS}/issues/comments#update-an-issue-comment`);
          if (denied) return denied;
          const comment = findComment(repoOf(r), Number(r.params.id));
          if (!comment) return notFound(`${DOCS}/issues/comments#update-an-issue-comment`);
          const body = jsonBody(r).body;
          const problem = commentBodyProblem(body);
          if (problem) return problem;
          comment.body = body as string;
          comment.updated_at = new Date().toISOString();
          return json(200, comment);
        },
      },
      {
        method: "DELETE",
        pattern: "/repos/{owner}/{repo}/issues/comments/{id}",
        handler: (r) => {
          const denied = deny(r, true, `${DOCS}/issues/comments#delete-an-issue-comment`);
          if (denied) return denied;
          for (const [key, list] of comments) {
            const index = list.findIndex((c) => c.id === Number(r.params.id));
            if (index >= 0 && key.startsWith(`${repoOf(r).toLowerCase()}#`)) {
              list.splice(index, 1);
              return { status: 204 };
            }
          }
          return notFound(`${DOCS}/issues/comments#delete-an-issue-comment`);
        },
      },
      {
        method: "POST",
        pattern: "/repos/{owner}/{repo}/check-runs",
        handler: (r) => {
          const denied = deny(r, true, `${DOCS}/checks/runs#create-a-check-run`, "checks");
          if (denied) return denied;
          const body = jsonBody(r);
          if (typeof body.name !== "string" || typeof body.head_sha !== "string") {
            return json(422, { message: "Invalid request.\n\n\"name\", \"head_sha\" weren't supplied.", documentation_url: `${DOCS}/checks/runs#create-a-check-run`, status: "422" });
          }
          const id = nextId++;
          const run = applyCheckRun(
            { id, name: body.name, head_sha: body.head_sha, status: "queued", conclusion: null, output: {}, started_at: null, completed_at: null, html_url: `https://github.com/${repoOf(r)}/runs/${id}` },
            body,
          );
          checkRuns.push(run);
          return json(201, run);
        },
      },
      {
        method: "PATCH",
        pattern: "/repos/{owner}/{repo}/check-runs/{id}",
        handler: (r) => {
          const denied = deny(r, true, `${DOCS}/checks/runs#update-a-check-run`, "checks");
          if (denied) return denied;
          const run = checkRuns.find((c) => c.id === Number(r.params.id));
          if (!run) return notFound(`${DOCS}/checks/runs#update-a-check-run`);
          return json(200, applyCheckRun(run, jsonBody(r)));
        },
      },
      {
        method: "GET",
        pattern: "/repos/{owner}/{repo}/pulls/{number}",
        handler: (r) => {
          const denied = deny(r, false, `${DOCS}/pulls/pulls#get-a-pull-request`);
          if (denied) return denied;
          const seed = pullRequests.get(issueKey(repoOf(r), r.params.number));
          return seed ? json(200, pullRequestBody(repoOf(r), seed, origin)) : notFound(`${DOCS}/pulls/pulls#get-a-pull-request`);
        },
      },
      {
        method: "GET",
        pattern: "/repos/{owner}/{repo}/commits/{ref}/check-runs",
        handler: (r) => {
          const denied = deny(r, false, `${DOCS}/checks/runs#list-check-runs-for-a-git-reference`);
          if (denied) return denied;
          const name = r.query.get("check_name");
          const matching = checkRuns.filter((run) => run.head_sha === r.params.ref && (!name || run.name === name)).reverse();
          return json(200, { total_count: matching.length, check_runs: matching });
        },
      },
      {
        method: "GET",
        pattern: "/repos/{owner}/{repo}/commits/{sha}/pulls",
        handler: (r) => {
          const denied = deny(r, false, `${DOCS}/commits/commits#list-pull-requests-associated-with-a-commit`);
          if (denied) return denied;
          const prefix = `${repoOf(r).toLowerCase()}#`;
          const matching = [...pullRequests].filter(([key, seed]) => key.startsWith(prefix) && (seed.headSha ?? "1111111111111111111111111111111111111111") === r.params.sha);
          return json(200, matching.map(([, seed]) => pullRequestBody(repoOf(r), seed, origin)));
        },
      },
      {
        method: "GET",
        pattern: "/_apis/distributedtask/hubs/Actions/plans/{plan}/jobs/{job}/idtoken",
        handler: (r) => {
          const request = oidcRequests.get(r.params.plan);
          if (!request || presentedToken(r.headers) !== request.token) {
            return json(401, { $id: "1", message: "TF400813: The user is not authorized to access this resource.", typeKey: "UnauthorizedRequestException" });
          }
          const audience = r.query.get("audience") ?? `https://github.com/${request.context.repository.split("/")[0]}`;
          const claims = oidcClaims(request.context, audience, fake.oidcLifetimeSeconds);
          const token = issueJwt(claims, { kid: "amlops-test", x5t: "amlops-test" });
          oidcTokens.push({ time: new Date(), audience, claims, token });
          return json(200, { count: oidcTokens.length, value: token });
        },
      },
    ],
    (r) => json(404, { message: "Not Found", documentation_url: DOCS, status: "404", path: r.path }),
  );

  const server = await startFakeServer(handler);
  origin = server.url;

  function createOidcRequest(context: Partial<OidcRunContext> = {}): OidcRequest {
    const plan = randomUUID();
    const request: OidcRequest = {
      url: `${origin}/_apis/distributedtask/hubs/Actions/plans/${plan}/jobs/${randomUUID()}/idtoken?api-version=2.0`,
      token: randomBytes(24).toString("base64url"),
      context: defaultOidcContext(context),
    };
    oidcRequests.set(plan, request);
    return request;
  }

  Object.assign(fake, {
    url: server.url,
    repository: primaryRepository,
    tokens,
    repositories,
    comments,
    checkRuns,
    pullRequests,
    oidcLifetimeSeconds: options.oidcLifetimeSeconds ?? 300,
    oidc: createOidcRequest({ repository: primaryRepository, ...options.oidcContext }),
    oidcTokens,
    requests: server.requests,
    failNext: server.failNext,
    delayNext: server.delayNext,
    commentsOn: (repository: string, n: number) => comments.get(issueKey(repository, n)) ?? [],
    addPullRequest: (repository: string, seed: PullRequestSeed) => {
      repositories.add(repository.toLowerCase());
      pullRequests.set(issueKey(repository, seed.number), seed);
    },
    createOidcRequest,
    close: server.close,
  });
  for (const seed of options.pullRequests ?? []) fake.addPullRequest(primaryRepository, seed);
  return fake;
}

function jsonBody(request: FakeRequest): Record<string, unknown> {
  try {
    const parsed: unknown = request.body ? JSON.parse(request.body) : {};
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function notFound(documentation: string): FakeResponse {
  return json(404, { message: "Not Found", documentation_url: documentation, status: "404" });
}

function found(value: unknown): FakeResponse {
  return value === undefined ? notFound(DOCS) : json(200, value);
}

function listComments(request: FakeRequest, all: IssueComment[], origin: string): FakeResponse {
  const perPage = Math.min(Math.max(Number(request.query.get("per_page") ?? 30) || 30, 1), 100);
  const page = Math.max(Number(request.query.get("page") ?? 1) || 1, 1);
  const lastPage = Math.max(Math.ceil(all.length / perPage), 1);
  const pageUrl = (n: number): string => {
    const query = new URLSearchParams(request.query);
    query.set("per_page", String(perPage));
    query.set("page", String(n));
    return `${origin}${request.path}?${query}`;
  };
  const links: string[] = [];
  if (page < lastPage) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
  if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`, `<${pageUrl(1)}>; rel="first"`);
  return json(200, all.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(", ") } : {});
}

function applyCheckRun(run: CheckRun, body: Record<string, unknown>): CheckRun {
  const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
  if (text(body.name)) run.name = text(body.name) as string;
  if (text(body.status)) run.status = text(body.status) as string;
  if (text(body.conclusion)) {
    run.conclusion = text(body.conclusion) as string;
    run.status = "completed";
  }
  if (text(body.started_at)) run.started_at = text(body.started_at) as string;
  if (text(body.completed_at)) run.completed_at = text(body.completed_at) as string;
  if (run.status === "completed" && !run.completed_at) run.completed_at = new Date().toISOString();
  if (run.status !== "queued" && !run.started_at) run.started_at = new Date().toISOString();
  if (text(body.details_url)) run.details_url = text(body.details_url);
  if (text(body.external_id)) run.external_id = text(body.external_id);
  if (body.output && typeof body.output === "object") run.output = { ...run.output, ...(body.output as CheckRun["output"]) };
  return run;
}

function pullRequestBody(repository: string, seed: PullRequestSeed, origin: string): Record<string, unknown> {
  const [owner, name] = repository.split("/");
  const headRepository = seed.fork ? `${seed.user ?? "contributor"}/${name}` : repository;
  return {
    url: `${origin}/repos/${repository}/pulls/${seed.number}`,
    html_url: `https://github.com/${repository}/pull/${seed.number}`,
    number: seed.number,
    state: "open",
    title: seed.title ?? `Pull request ${seed.number}`,
    user: { login: seed.user ?? "octocat", type: "User" },
    head: { ref: seed.headRef ?? `feature-${seed.number}`, sha: seed.headSha ?? "1111111111111111111111111111111111111111", repo: { full_name: headRepository, fork: !!seed.fork } },
    base: { ref: seed.baseRef ?? "main", repo: { full_name: repository, owner: { login: owner } } },
  };
}

function oidcClaims(context: OidcRunContext, audience: string, lifetime: number): JwtClaims {
  const [owner] = context.repository.split("/");
  const workflowRef = `${context.repository}/.github/workflows/${context.workflow}.yml@${context.ref}`;
  return {
    sub: oidcSubject(context),
    aud: audience,
    ref: context.ref,
    sha: context.sha,
    repository: context.repository,
    repository_owner: owner,
    run_id: context.runId,
    run_attempt: context.runAttempt,
    actor: context.actor,
    workflow: context.workflow,
    event_name: context.eventName,
    ref_type: context.ref.startsWith("refs/tags/") ? "tag" : "branch",
    workflow_ref: workflowRef,
    job_workflow_ref: workflowRef,
    runner_environment: "github-hosted",
    iss: GITHUB_OIDC_ISSUER,
    ...timeClaims(lifetime),
  };
}
