import { randomBytes, randomUUID } from "node:crypto";
import { issueJwt, timeClaims, type JwtClaims } from "./jwt";
import { json, presentedToken, router, startFakeServer, type FakeRequest, type FakeResponse, type RecordedRequest, type FaultRule, type DelayRule, type Route } from "./http";
import { TOKEN_EXCHANGE_AUDIENCE } from "./entra";

export const DEFAULT_ADO_ORGANIZATION = "contoso";
export const DEFAULT_ADO_PROJECT = "ml-platform";
export const DEFAULT_ADO_REPOSITORY = "ml-models";
export const DEFAULT_SERVICE_CONNECTION = { id: "5f3c2e4a-9d1b-4c8e-a7f6-2b0d9e1c3a55", name: "amlops-wif" };
const MAX_COMMENT_LENGTH = 150_000;

/** Location ids the official client asks for (see azure-devops-node-api GitApi / LocationsApi). */
const LOCATION = {
  resourceAreas: "e81700f7-3be2-46de-8624-2eb35882fcaa",
  gitArea: "4e080c62-fa21-4fbc-8fef-2a10a2b38049",
  threads: "ab6e2e5d-a0b7-4153-b64a-a4efe0d49449",
  comments: "965a3ec7-5ed8-455a-bdcb-835a5ea7fe7b",
  pullRequestStatuses: "b5f6bb4f-8d1e-4d79-8d11-4c9172c99c35",
};

const THREAD_STATUS = ["unknown", "active", "fixed", "wontFix", "closed", "byDesign", "pending"];
const COMMENT_TYPE = ["unknown", "text", "codeChange", "system"];
const STATUS_STATE = ["notSet", "pending", "succeeded", "failed", "error", "notApplicable", "partiallySucceeded"];

export interface AdoIdentity {
  displayName: string;
  id: string;
  uniqueName: string;
}

export interface AdoTokenGrant {
  identity?: AdoIdentity;
  /** false = may read but not contribute to pull requests. */
  write?: boolean;
}

export interface AdoComment {
  id: number;
  parentCommentId: number;
  author: AdoIdentity;
  content: string;
  publishedDate: string;
  lastUpdatedDate: string;
  lastContentUpdatedDate: string;
  commentType: string;
  usersLiked: unknown[];
  isDeleted?: boolean;
}

/** Thread properties come back typed: `{ "$type": "System.String", "$value": "..." }`. */
export interface AdoTypedProperty {
  $type: string;
  $value: unknown;
}

export interface AdoThread {
  id: number;
  publishedDate: string;
  lastUpdatedDate: string;
  comments: AdoComment[];
  status: string;
  threadContext: unknown;
  properties: Record<string, AdoTypedProperty>;
  identities: null;
  isDeleted: boolean;
}

/** A pull request status, as the service answers it. */
export interface AdoPullRequestStatus {
  id: number;
  iterationId: number;
  state: string;
  description?: string;
  context: { genre?: string; name: string };
  targetUrl?: string;
  createdBy: AdoIdentity;
  creationDate: string;
  updatedDate: string;
}

export interface AdoRepository {
  id: string;
  name: string;
}

export interface ServiceConnection {
  id: string;
  name: string;
}

export interface IssuedPipelineOidcToken {
  time: Date;
  serviceConnectionId: string;
  claims: JwtClaims;
  token: string;
}

export interface AzureDevOpsFakeOptions {
  organization?: string;
  project?: string;
  repositories?: string[];
  /** Valid `System.AccessToken` values (default: one random token with write access). */
  tokens?: Record<string, AdoTokenGrant>;
  serviceConnections?: ServiceConnection[];
  /** Lifetime of service connection OIDC tokens (default 600 s). */
  oidcLifetimeSeconds?: number;
}

export interface AzureDevOpsFake {
  /** Collection URI with trailing slash: `SYSTEM_TEAMFOUNDATIONCOLLECTIONURI` / `SYSTEM_COLLECTIONURI`. */
  url: string;
  organization: string;
  organizationId: string;
  project: string;
  projectId: string;
  repositories: AdoRepository[];
  /** A `System.AccessToken` with write access. */
  accessToken: string;
  tokens: Map<string, AdoTokenGrant>;
  serviceConnections: Map<string, ServiceConnection>;
  /** `SYSTEM_OIDCREQUESTURI`. */
  oidcRequestUri: string;
  /** Issuer of service connection tokens (what the federated credential trusts). */
  oidcIssuer: string;
  /** Mutable: lifetime of OIDC tokens issued from now on. */
  oidcLifetimeSeconds: number;
  oidcTokens: IssuedPipelineOidcToken[];
  /** Threads per pull request, keyed `<repository id>/<pull request id>`. */
  threads: Map<string, AdoThread[]>;
  /** Statuses per pull request, keyed like threads. */
  statuses: Map<string, AdoPullRequestStatus[]>;
  requests: RecordedRequest[];
  /** Answers the next matching request(s) with an injected status (rate limits, outages). */
  failNext(rule: FaultRule): void;
  /** Holds the next matching request(s) back before answering (to make clients race). */
  delayNext(rule: DelayRule): void;
  /** Threads of a pull request; the repository by name or id. */
  threadsOf(repository: string, pullRequestId: number): AdoThread[];
  /** Statuses of a pull request, oldest first; the repository by name or id. */
  statusesOf(repository: string, pullRequestId: number): AdoPullRequestStatus[];
  /** The subject a token for this connection carries: `sc://<org>/<project>/<connection name>`. */
  subjectFor(connection: ServiceConnection): string;
  addServiceConnection(connection: ServiceConnection): void;
  close(): Promise<void>;
}

export async function startAzureDevOpsFake(options: AzureDevOpsFakeOptions = {}): Promise<AzureDevOpsFake> {
  const organization = options.organization ?? DEFAULT_ADO_ORGANIZATION;
  const project = options.project ?? DEFAULT_ADO_PROJECT;
  const projectId = randomUUID();
  const organizationId = randomUUID();
  const buildIdentity: AdoIdentity = {
    displayName: `${project} Build Service (${organization})`,
    id: randomUUID(),
    uniqueName: `Build\\${projectId}`,
  };
  const accessToken = randomBytes(32).toString("base64url");
  const tokens = new Map(Object.entries(options.tokens ?? { [accessToken]: { identity: buildIdentity, write: true } }));
  const repositories = (options.repositories ?? [DEFAULT_ADO_REPOSITORY]).map((name) => ({ id: randomUUID(), name }));
  const serviceConnections = new Map((options.serviceConnections ?? [DEFAULT_SERVICE_CONNECTION]).map((c) => [c.id.toLowerCase(), c]));
  const threads = new Map<string, AdoThread[]>();
  const statuses = new Map<string, AdoPullRequestStatus[]>();
  const oidcTokens: IssuedPipelineOidcToken[] = [];
  const fake = {} as AzureDevOpsFake;
  let origin = "";
  let nextThreadId = 1;

  const repositoryOf = (idOrName: string): AdoRepository | undefined =>
    repositories.find((r) => r.id.toLowerCase() === idOrName.toLowerCase() || r.name.toLowerCase() === idOrName.toLowerCase());
  const isProject = (value: string): boolean => [project, projectId].some((p) => p.toLowerCase() === value.toLowerCase());
  const threadKey = (repository: AdoRepository, pullRequestId: number | string): string => `${repository.id}/${Number(pullRequestId)}`;

  function deny(request: FakeRequest, needsWrite: boolean): FakeResponse | undefined {
    const token = presentedToken(request.headers);
    const grant = token === undefined ? undefined : tokens.get(token);
    if (!grant) {
      return vssError(401, "UnauthorizedRequestException", "TF400813: The user '' is not authorized to access this resource.");
    }
    if (request.params.org && request.params.org.toLowerCase() !== organization.toLowerCase()) {
      return vssError(404, "HostNotFoundException", `TF400818: The organization '${request.params.org}' could not be found.`);
    }
    if (request.params.project && !isProject(request.params.project)) {
      return vssError(404, "ProjectDoesNotExistWithNameException", `TF200016: The following project does not exist: ${request.params.project}. Verify that the name of the project is correct and that the project exists on the specified Azure DevOps Server.`);
    }
    if (request.params.repo && !repositoryOf(request.params.repo)) {
      return vssError(404, "GitRepositoryNotFoundException", `TF401019: The Git repository with name or identifier ${request.params.repo} does not exist or you do not have permissions for the operation you are attempting.`);
    }
    if (needsWrite && grant.write === false) {
      return vssError(403, "GitNeedsPermissionException", "TF401027: You need the Git 'PullRequestContribute' permission to perform this action.");
    }
    return undefined;
  }

  function threadsFor(request: FakeRequest): AdoThread[] {
    const key = threadKey(repositoryOf(request.params.repo) as AdoRepository, request.params.pr);
    if (!threads.has(key)) threads.set(key, []);
    return threads.get(key) as AdoThread[];
  }

  function identityOf(request: FakeRequest): AdoIdentity {
    return tokens.get(presentedToken(request.headers) ?? "")?.identity ?? buildIdentity;
  }

  function newComment(request: FakeRequest, body: Record<string, unknown>, id: number): AdoComment | FakeResponse {
    const content = typeof body.content === "string" ? body.content : "";
    if (content.length > MAX_COMMENT_LENGTH) {
      return vssError(400, "InvalidArgumentValueException", `The comment content is too long. The maximum length is ${MAX_COMMENT_LENGTH} characters.`);
    }
    const now = new Date().toISOString();
    return {
      id,
      parentCommentId: Number(body.parentCommentId ?? 0),
      author: identityOf(request),
      content,
      publishedDate: now,
      lastUpdatedDate: now,
      lastContentUpdatedDate: now,
      commentType: enumName(COMMENT_TYPE, body.commentType, "text"),
      usersLiked: [],
    };
  }

  const prefix = "/{org}/{project}/_apis/git/repositories/{repo}/pullRequests/{pr}/threads";
  const withAccess = (needsWrite: boolean, handler: Route["handler"]): Route["handler"] => (r) => deny(r, needsWrite) ?? handler(r);

  const routes: Route[] = [
    { method: "OPTIONS", pattern: "/{org}/_apis/Location", handler: withAccess(false, () => locations([location(LOCATION.resourceAreas, "Location", "ResourceAreas", "_apis/{resource}/{areaId}")])) },
    {
      method: "GET",
      pattern: "/{org}/_apis/ResourceAreas",
      handler: withAccess(false, () => json(200, { count: 1, value: [{ id: LOCATION.gitArea, name: "git", locationUrl: `${origin}/${organization}/` }] })),
    },
    {
      method: "OPTIONS",
      pattern: "/{org}/_apis/git",
      handler: withAccess(false, () =>
        locations([
          location(LOCATION.threads, "git", "threads", "{project}/_apis/{area}/repositories/{repositoryId}/pullRequests/{pullRequestId}/{resource}/{threadId}"),
          location(LOCATION.comments, "git", "comments", "{project}/_apis/{area}/repositories/{repositoryId}/pullRequests/{pullRequestId}/threads/{threadId}/{resource}/{commentId}"),
          location(LOCATION.pullRequestStatuses, "git", "pullRequestStatuses", "{project}/_apis/{area}/repositories/{repositoryId}/pullRequests/{pullRequestId}/statuses/{statusId}"),
        ]),
      ),
    },
    { method: "GET", pattern: prefix, handler: withAccess(false, (r) => json(200, { value: threadsFor(r), count: threadsFor(r).length })) },
    {
      method: "POST",
      pattern: prefix,
      handler: withAccess(true, (r) => {
        const body = jsonBody(r);
        const inputComments = Array.isArray(body.comments) ? (body.comments as Record<string, unknown>[]) : [];
        if (inputComments.length === 0) return vssError(400, "InvalidArgumentValueException", "The thread must contain at least one comment.");
        const comments: AdoComment[] = [];
        for (const [index, input] of inputComments.entries()) {
          const comment = newComment(r, input, index + 1);
          if ("status" in comment) return comment;
          comments.push(comment);
        }
        const now = new Date().toISOString();
        const thread: AdoThread = {
          id: nextThreadId++,
          publishedDate: now,
          lastUpdatedDate: now,
          comments,
          status: enumName(THREAD_STATUS, body.status, "active"),
          threadContext: body.threadContext ?? null,
          properties: typedProperties(body.properties),
          identities: null,
          isDeleted: false,
        };
        threadsFor(r).push(thread);
        return json(200, thread);
      }),
    },
    { method: "GET", pattern: `${prefix}/{thread}`, handler: withAccess(false, (r) => withThread(r, (thread) => json(200, thread))) },
    {
      method: "PATCH",
      pattern: `${prefix}/{thread}`,
      handler: withAccess(true, (r) =>
        withThread(r, (thread) => {
          const body = jsonBody(r);
          if (body.status !== undefined) thread.status = enumName(THREAD_STATUS, body.status, thread.status);
          if (body.properties) thread.properties = { ...thread.properties, ...typedProperties(body.properties) };
          thread.lastUpdatedDate = new Date().toISOString();
          return json(200, thread);
        }),
      ),
    },
    { method: "GET", pattern: `${prefix}/{thread}/comments`, handler: withAccess(false, (r) => withThread(r, (t) => json(200, { value: t.comments, count: t.comments.length }))) },
    {
      method: "POST",
      pattern: `${prefix}/{thread}/comments`,
      handler: withAccess(true, (r) =>
        withThread(r, (thread) => {
          const comment = newComment(r, jsonBody(r), Math.max(0, ...thread.comments.map((c) => c.id)) + 1);
          if ("status" in comment) return comment;
          thread.comments.push(comment);
          thread.lastUpdatedDate = comment.publishedDate;
          return json(200, comment);
        }),
      ),
    },
    { method: "GET", pattern: `${prefix}/{thread}/comments/{comment}`, handler: withAccess(false, (r) => withComment(r, (_t, c) => json(200, c))) },
    {
      method: "PATCH",
      pattern: `${prefix}/{thread}/comments/{comment}`,
      handler: withAccess(true, (r) =>
        withComment(r, (thread, comment) => {
          const content = jsonBody(r).content;
          if (typeof content === "string") {
            if (content.length > MAX_COMMENT_LENGTH) {
              return vssError(400, "InvalidArgumentValueException", `The comment content is too long. The maximum length is ${MAX_COMMENT_LENGTH} characters.`);
            }
            comment.content = content;
            comment.lastContentUpdatedDate = new Date().toISOString();
          }
          comment.lastUpdatedDate = new Date().toISOString();
          thread.lastUpdatedDate = comment.lastUpdatedDate;
          return json(200, comment);
        }),
      ),
    },
    {
      method: "DELETE",
      pattern: `${prefix}/{thread}/comments/{comment}`,
      handler: withAccess(true, (r) =>
        withComment(r, (_thread, comment) => {
          comment.isDeleted = true;
          return { status: 200 };
        }),
      ),
    },
    {
      method: "GET",
      pattern: "/{org}/{project}/_apis/git/repositories/{repo}/pullRequests/{pr}/statuses",
      handler: withAccess(false, (r) => {
        const list = statuses.get(threadKey(repositoryOf(r.params.repo) as AdoRepository, r.params.pr)) ?? [];
        return json(200, { value: list, count: list.length });
      }),
    },
    {
      method: "POST",
      pattern: "/{org}/{project}/_apis/git/repositories/{repo}/pullRequests/{pr}/statuses",
      handler: withAccess(true, (r) => {
        const body = jsonBody(r);
        const context = body.context as { genre?: unknown; name?: unknown } | undefined;
        if (!context || typeof context.name !== "string" || context.name === "") {
          return vssError(400, "InvalidArgumentValueException", "The status context name must be specified.");
        }
        const key = threadKey(repositoryOf(r.params.repo) as AdoRepository, r.params.pr);
        const list = statuses.get(key) ?? [];
        const now = new Date().toISOString();
        const status: AdoPullRequestStatus = {
          id: Math.max(0, ...list.map((s) => s.id)) + 1,
          iterationId: 1,
          state: enumName(STATUS_STATE, body.state, "notSet"),
          ...(typeof body.description === "string" ? { description: body.description } : {}),
          context: { ...(typeof context.genre === "string" ? { genre: context.genre } : {}), name: context.name },
          ...(typeof body.targetUrl === "string" ? { targetUrl: body.targetUrl } : {}),
          createdBy: identityOf(r),
          creationDate: now,
          updatedDate: now,
        };
        statuses.set(key, [...list, status]);
        return json(200, status);
      }),
    },
    {
      method: "DELETE",
      pattern: "/{org}/{project}/_apis/git/repositories/{repo}/pullRequests/{pr}/statuses/{status}",
      handler: withAccess(true, (r) => {
        const key = threadKey(repositoryOf(r.params.repo) as AdoRepository, r.params.pr);
        const list = statuses.get(key) ?? [];
        if (!list.some((status) => status.id === Number(r.params.status))) {
          return vssError(404, "GitPullRequestStatusNotFoundException", `The pull request status with ID ${r.params.status} could not be found.`);
        }
        statuses.set(key, list.filter((status) => status.id !== Number(r.params.status)));
        return { status: 204 };
      }),
    },
    {
      method: "POST",
      pattern: "/{org}/{project}/_apis/distributedtask/hubs/build/plans/{plan}/jobs/{job}/oidctoken",
      handler: withAccess(false, (r) => {
        const connectionId = r.query.get("serviceConnectionId") ?? "";
        const connection = serviceConnections.get(connectionId.toLowerCase());
        if (!r.query.get("api-version")) return vssError(400, "VssVersionNotSpecifiedException", "No api-version was supplied for the POST request.");
        if (!connection) {
          return vssError(404, "ServiceEndpointNotFoundException", `Service connection ${connectionId} could not be found, or the pipeline is not authorized to use it.`);
        }
        const claims: JwtClaims = { iss: fake.oidcIssuer, sub: fake.subjectFor(connection), aud: TOKEN_EXCHANGE_AUDIENCE, ...timeClaims(fake.oidcLifetimeSeconds) };
        const token = issueJwt(claims);
        oidcTokens.push({ time: new Date(), serviceConnectionId: connection.id, claims, token });
        return json(200, { oidcToken: token });
      }),
    },
  ];

  function withThread(request: FakeRequest, then: (thread: AdoThread) => FakeResponse): FakeResponse {
    const thread = threadsFor(request).find((t) => t.id === Number(request.params.thread));
    return thread ? then(thread) : vssError(404, "GitPullRequestCommentThreadNotFoundException", `TF401181: The pull request thread with ID ${request.params.thread} could not be found.`);
  }

  function withComment(request: FakeRequest, then: (thread: AdoThread, comment: AdoComment) => FakeResponse): FakeResponse {
    return withThread(request, (thread) => {
      const comment = thread.comments.find((c) => c.id === Number(request.params.comment));
      return comment ? then(thread, comment) : vssError(404, "GitPullRequestCommentNotFoundException", `TF401182: The comment with ID ${request.params.comment} could not be found.`);
    });
  }

  const server = await startFakeServer(router(routes, (r) => vssError(404, "RouteNotFoundException", `No route for ${r.method} ${r.path}.`)));
  origin = server.url;
  const planId = randomUUID();

  Object.assign(fake, {
    url: `${origin}/${organization}/`,
    organization,
    organizationId,
    project,
    projectId,
    repositories,
    accessToken: [...tokens].find(([, grant]) => grant.write !== false)?.[0] ?? accessToken,
    tokens,
    serviceConnections,
    oidcRequestUri: `${origin}/${organization}/${projectId}/_apis/distributedtask/hubs/build/plans/${planId}/jobs/${randomUUID()}/oidctoken`,
    oidcIssuer: `https://vstoken.dev.azure.com/${organizationId}`,
    oidcLifetimeSeconds: options.oidcLifetimeSeconds ?? 600,
    oidcTokens,
    threads,
    statuses,
    requests: server.requests,
    failNext: server.failNext,
    delayNext: server.delayNext,
    threadsOf: (repository: string, pullRequestId: number) => {
      const found = repositoryOf(repository);
      return found ? (threads.get(threadKey(found, pullRequestId)) ?? []) : [];
    },
    statusesOf: (repository: string, pullRequestId: number) => {
      const found = repositoryOf(repository);
      return found ? (statuses.get(threadKey(found, pullRequestId)) ?? []) : [];
    },
    subjectFor: (connection: ServiceConnection) => `sc://${organization}/${project}/${connection.name}`,
    addServiceConnection: (connection: ServiceConnection) => void serviceConnections.set(connection.id.toLowerCase(), connection),
    close: server.close,
  });
  return fake;
}

function location(id: string, area: string, resourceName: string, routeTemplate: string): Record<string, unknown> {
  return { id, area, resourceName, routeTemplate, resourceVersion: 1, minVersion: "3.0", maxVersion: "7.2", releasedVersion: "7.1" };
}

function locations(value: Record<string, unknown>[]): FakeResponse {
  return json(200, { count: value.length, value });
}

/** The error body Azure DevOps returns. */
export function vssError(status: number, typeKey: string, message: string): FakeResponse {
  return json(status, {
    $id: "1",
    innerException: null,
    message,
    typeName: `Microsoft.TeamFoundation.Framework.Server.${typeKey}, Microsoft.TeamFoundation.Framework.Server`,
    typeKey,
    errorCode: 0,
    eventId: 3000,
  });
}

function jsonBody(request: FakeRequest): Record<string, unknown> {
  try {
    const parsed: unknown = request.body ? JSON.parse(request.body) : {};
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Enum values arrive as numbers (the client's enums) or names; the service answers names. */
function enumName(names: readonly string[], value: unknown, fallback: string): string {
  if (typeof value === "number") return names[value] ?? fallback;
  if (typeof value === "string") return names.find((n) => n.toLowerCase() === value.toLowerCase()) ?? fallback;
  return fallback;
}

function typedProperties(input: unknown): Record<string, AdoTypedProperty> {
  if (!input || typeof input !== "object") return {};
  const out: Record<string, AdoTypedProperty> = {};
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (value && typeof value === "object" && "$value" in value) out[key] = value as AdoTypedProperty;
    else if (typeof value === "number") out[key] = { $type: Number.isInteger(value) ? "System.Int32" : "System.Double", $value: value };
    else if (typeof value === "boolean") out[key] = { $type: "System.Boolean", $value: value };
    else out[key] = { $type: "System.String", $value: String(value) };
  }
  return out;
}
