import { randomUUID } from "node:crypto";
import { decodeJwt, issueJwt, nowSeconds, timeClaims, type JwtClaims } from "./jwt";
import { json, parseBody, router, startFakeServer, type FakeRequest, type FakeResponse, type RecordedRequest } from "./http";

export const TOKEN_EXCHANGE_AUDIENCE = "api://AzureADTokenExchange";
const JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/** A trust between an app and an external identity provider (GitHub Actions, Azure DevOps). */
export interface FederatedCredential {
  issuer: string;
  /** Exact subject, or a pattern for flexible federated credentials. */
  subject: string | RegExp;
  /** Default `api://AzureADTokenExchange`. */
  audience?: string;
}

export interface EntraApp {
  clientId: string;
  /** Tenant the app lives in; any tenant when omitted. */
  tenantId?: string;
  secrets?: string[];
  federatedCredentials?: FederatedCredential[];
  /** Accept assertions the app signs itself (certificate credential: iss = sub = client id). */
  acceptCertificateAssertions?: boolean;
}

export interface EntraFakeOptions {
  apps?: EntraApp[];
  /** Lifetime of issued access tokens (default 3600). Short values make clients refresh. */
  tokenLifetimeSeconds?: number;
}

export interface TokenRequestRecord {
  time: Date;
  tenantId: string;
  grantType: string;
  clientId: string;
  scope: string;
  credential: "secret" | "assertion" | "none";
  assertion?: string;
  assertionClaims?: JwtClaims;
  /** `issued`, or the AADSTS code of the error returned. */
  outcome: "issued" | string;
  accessTokenClaims?: JwtClaims;
}

export interface EntraFake {
  /** Authority host (`authorityHost` of `@azure/identity`). */
  url: string;
  apps: Map<string, EntraApp>;
  /** Mutable: affects tokens issued from now on. */
  tokenLifetimeSeconds: number;
  tokenRequests: TokenRequestRecord[];
  requests: RecordedRequest[];
  /** Adds or replaces an app registration. */
  registerApp(app: EntraApp): void;
  /** The next `count` token requests answer `status` (503 by default) with an Entra error body. */
  failNextTokenRequests(count: number, status?: number): void;
  issuedTokenCount(): number;
  close(): Promise<void>;
}

export async function startEntraFake(options: EntraFakeOptions = {}): Promise<EntraFake> {
  const apps = new Map<string, EntraApp>((options.apps ?? []).map((app) => [app.clientId, app]));
  const tokenRequests: TokenRequestRecord[] = [];
  let pendingFailures: { remaining: number; status: number } = { remaining: 0, status: 503 };
  let origin = "";

  const fake = {} as EntraFake;
  const handler = router(
    [
      { method: "GET", pattern: "/{tenant}/v2.0/.well-known/openid-configuration", handler: (r) => json(200, openIdConfiguration(origin, r.params.tenant)) },
      { method: "GET", pattern: "/common/discovery/instance", handler: () => json(200, instanceDiscovery(origin)) },
      { method: "GET", pattern: "/{tenant}/discovery/v2.0/keys", handler: () => json(200, { keys: [] }) },
      {
        method: "POST",
        pattern: "/{tenant}/oauth2/v2.0/token",
        handler: (request) => {
          if (pendingFailures.remaining > 0) {
            pendingFailures.remaining--;
            return entraError(pendingFailures.status, "temporarily_unavailable", 90033, "A transient error has occurred. Please try again.");
          }
          const { record, response } = issueToken(request, apps, fake.tokenLifetimeSeconds, origin);
          tokenRequests.push(record);
          return response;
        },
      },
    ],
    (r) => entraError(404, "invalid_request", 90002, `No route for ${r.method} ${r.path}.`),
  );
  const server = await startFakeServer(handler);
  origin = server.url;
  Object.assign(fake, {
    url: server.url,
    apps,
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
    tokenRequests,
    requests: server.requests,
    registerApp: (app: EntraApp) => void apps.set(app.clientId, app),
    failNextTokenRequests: (count: number, status = 503) => void (pendingFailures = { remaining: count, status }),
    issuedTokenCount: () => tokenRequests.filter((r) => r.outcome === "issued").length,
    close: server.close,
  });
  return fake;
}

function openIdConfiguration(origin: string, tenant: string): Record<string, unknown> {
  return {
    token_endpoint: `${origin}/${tenant}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ["client_secret_post", "private_key_jwt", "client_secret_basic"],
    jwks_uri: `${origin}/${tenant}/discovery/v2.0/keys`,
    response_modes_supported: ["query", "fragment", "form_post"],
    subject_types_supported: ["pairwise"],
    id_token_signing_alg_values_supported: ["RS256"],
    response_types_supported: ["code", "id_token", "code id_token", "id_token token"],
    scopes_supported: ["openid", "profile", "email", "offline_access"],
    issuer: `${origin}/${tenant}/v2.0`,
    request_uri_parameter_supported: false,
    authorization_endpoint: `${origin}/${tenant}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${origin}/${tenant}/oauth2/v2.0/devicecode`,
    end_session_endpoint: `${origin}/${tenant}/oauth2/v2.0/logout`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    tenant_region_scope: "WW",
    cloud_instance_name: new URL(origin).host,
    cloud_graph_host_name: "graph.windows.net",
    msgraph_host: "graph.microsoft.com",
  };
}

function instanceDiscovery(origin: string): Record<string, unknown> {
  const host = new URL(origin).host;
  return {
    tenant_discovery_endpoint: `${origin}/common/v2.0/.well-known/openid-configuration`,
    "api-version": "1.1",
    metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
  };
}

/** The error body Entra returns: `error`, `error_description` starting with the AADSTS code, `error_codes`, ids. */
export function entraError(status: number, error: string, code: number, message: string): FakeResponse {
  const traceId = randomUUID();
  const correlationId = randomUUID();
  const timestamp = new Date().toISOString().replace("T", " ").replace(/\.\d+Z$/, "Z");
  return json(status, {
    error,
    error_description: `AADSTS${code}: ${message} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
    error_codes: [code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `https://login.microsoftonline.com/error?code=${code}`,
  });
}

interface TokenOutcome {
  record: TokenRequestRecord;
  response: FakeResponse;
}

function issueToken(request: FakeRequest, apps: Map<string, EntraApp>, lifetime: number, origin: string): TokenOutcome {
  const form = parseBody(request);
  const text = (name: string): string => (typeof form[name] === "string" ? (form[name] as string) : "");
  const tenantId = request.params.tenant;
  const clientId = text("client_id");
  const scope = text("scope");
  const assertion = text("client_assertion");
  const record: TokenRequestRecord = {
    time: new Date(),
    tenantId,
    grantType: text("grant_type"),
    clientId,
    scope,
    credential: text("client_secret") ? "secret" : assertion ? "assertion" : "none",
    outcome: "issued",
  };
  if (assertion) {
    record.assertion = assertion;
    record.assertionClaims = decodeJwt(assertion);
  }
  const fail = (status: number, error: string, code: number, message: string): TokenOutcome => {
    record.outcome = `AADSTS${code}`;
    return { record, response: entraError(status, error, code, message) };
  };

  if (record.grantType !== "client_credentials") {
    return fail(400, "unsupported_grant_type", 70003, `The app requested an unsupported grant type '${record.grantType}'.`);
  }
  const app = apps.get(clientId);
  if (!app || (app.tenantId && app.tenantId !== tenantId)) {
    return fail(
      400,
      "unauthorized_client",
      700016,
      `Application with identifier '${clientId}' was not found in the directory '${tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
    );
  }
  const resource = resourceOf(scope);
  if (!resource) {
    return fail(
      400,
      "invalid_scope",
      1002012,
      `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
    );
  }
  if (record.credential === "secret") {
    if (!(app.secrets ?? []).includes(text("client_secret"))) {
      return fail(
        401,
        "invalid_client",
        7000215,
        `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`,
      );
    }
  } else if (record.credential === "assertion") {
    if (text("client_assertion_type") !== JWT_BEARER) {
      return fail(400, "invalid_request", 50027, `Invalid client_assertion_type '${text("client_assertion_type")}'.`);
    }
    const claims = record.assertionClaims;
    if (!claims) return fail(400, "invalid_request", 50027, "JWT token is invalid or malformed.");
    const now = nowSeconds();
    const exp = Number(claims.exp);
    const nbf = Number(claims.nbf ?? claims.iat ?? 0);
    if (!Number.isFinite(exp) || exp <= now || nbf > now + 300) {
      const iso = (s: number): string => (Number.isFinite(s) ? new Date(s * 1000).toISOString() : "unknown");
      return fail(
        400,
        "invalid_client",
        700024,
        `Client assertion is not within its valid time range. Current time: ${iso(now)}, assertion valid from ${iso(nbf)}, expiry time of assertion ${iso(exp)}.`,
      );
    }
    if (!assertionTrusted(app, claims, `${origin}/${tenantId}/oauth2/v2.0/token`)) {
      return fail(
        401,
        "invalid_client",
        70021,
        `No matching federated identity record found for presented assertion. Assertion Issuer: '${String(claims.iss)}'. Assertion Subject: '${String(claims.sub)}'. Assertion Audience: '${audiences(claims).join(",")}'.`,
      );
    }
  } else {
    return fail(401, "invalid_client", 7000216, "'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type.");
  }

  const claims: JwtClaims = {
    aud: resource,
    iss: `https://sts.windows.net/${tenantId}/`,
    ...timeClaims(lifetime),
    appid: clientId,
    appidacr: record.credential === "secret" ? "1" : "2",
    idp: `https://sts.windows.net/${tenantId}/`,
    idtyp: "app",
    oid: `sp-${clientId}`,
    sub: `sp-${clientId}`,
    tid: tenantId,
    ver: "1.0",
  };
  record.accessTokenClaims = claims;
  return {
    record,
    response: json(200, { token_type: "Bearer", expires_in: lifetime, ext_expires_in: lifetime, access_token: issueJwt(claims) }),
  };
}

/** `https://management.azure.com/.default` → `https://management.azure.com`. */
function resourceOf(scope: string): string | undefined {
  const resourceScope = scope.split(/\s+/).find((s) => s.endsWith("/.default"));
  return resourceScope?.slice(0, -"/.default".length);
}

function audiences(claims: JwtClaims): string[] {
  return (Array.isArray(claims.aud) ? claims.aud : [claims.aud]).map(String);
}

function assertionTrusted(app: EntraApp, claims: JwtClaims, tokenEndpoint: string): boolean {
  const aud = audiences(claims);
  if (app.acceptCertificateAssertions && claims.iss === app.clientId && claims.sub === app.clientId) {
    return aud.some((a) => a === tokenEndpoint || a.startsWith(new URL(tokenEndpoint).origin));
  }
  return (app.federatedCredentials ?? []).some(
    (fc) =>
      fc.issuer === claims.iss &&
      (typeof fc.subject === "string" ? fc.subject === claims.sub : fc.subject.test(String(claims.sub))) &&
      aud.includes(fc.audience ?? TOKEN_EXCHANGE_AUDIENCE),
  );
}
