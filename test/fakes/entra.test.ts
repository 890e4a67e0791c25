import { AzurePipelinesCredential, ClientAssertionCredential, ClientSecretCredential } from "@azure/identity";
import { startEntraFake, type EntraFake, TOKEN_EXCHANGE_AUDIENCE } from "../../emulator/fakes/entra";
import { GITHUB_OIDC_ISSUER, oidcSubject, startGitHubFake, type GitHubFake } from "../../emulator/fakes/github";
import { startAzureDevOpsFake, type AzureDevOpsFake } from "../../emulator/fakes/azure-devops";
import { request } from "../../emulator/fakes/https-client";
import { decodeJwt, issueJwt, timeClaims } from "../../emulator/fakes/jwt";
import { testTls } from "../../emulator/fakes/tls";

const TENANT = "72f988bf-0000-4000-8000-000000000001";
const SECRET_APP = "11111111-1111-4111-8111-111111111111";
const FEDERATED_APP = "22222222-2222-4222-8222-222222222222";
const ARM_SCOPE = "https://management.azure.com/.default";

describe("Microsoft Entra fake with the real @azure/identity credentials", () => {
  let entra: EntraFake;
  let github: GitHubFake;
  let ado: AzureDevOpsFake;
  const clientOptions = () => ({ authorityHost: entra.url, disableInstanceDiscovery: true, tlsOptions: { ca: testTls().ca } });

  /** What `@actions/core` getIDToken does: GET <url>&audience=<aud> with the request token. */
  async function githubAssertion(): Promise<string> {
    const response = await request(`${github.oidc.url}&audience=${encodeURIComponent(TOKEN_EXCHANGE_AUDIENCE)}`, {
      headers: { authorization: `Bearer ${github.oidc.token}` },
    });
    return (response.body as { value: string }).value;
  }

  beforeAll(async () => {
    [github, ado] = await Promise.all([startGitHubFake(), startAzureDevOpsFake()]);
    entra = await startEntraFake({
      apps: [
        { clientId: SECRET_APP, tenantId: TENANT, secrets: ["correct-horse"] },
        {
          clientId: FEDERATED_APP,
          tenantId: TENANT,
          federatedCredentials: [
            { issuer: GITHUB_OIDC_ISSUER, subject: oidcSubject(github.oidc.context) },
            { issuer: ado.oidcIssuer, subject: ado.subjectFor([...ado.serviceConnections.values()][0]) },
          ],
        },
      ],
    });
  });
  afterAll(() => Promise.all([entra?.close(), github?.close(), ado?.close()]));
  beforeEach(() => {
    entra.tokenLifetimeSeconds = 3600;
    entra.tokenRequests.length = 0;
  });

  it("serves the tenant's OpenID configuration with its own token endpoint", async () => {
    const response = await request(`${entra.url}/${TENANT}/v2.0/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ token_endpoint: `${entra.url}/${TENANT}/oauth2/v2.0/token`, issuer: `${entra.url}/${TENANT}/v2.0` });
  });

  it("issues an access token for the requested resource to ClientSecretCredential", async () => {
    const credential = new ClientSecretCredential(TENANT, SECRET_APP, "correct-horse", clientOptions());
    const token = await credential.getToken(ARM_SCOPE);
    const claims = decodeJwt(token.token);
    expect(claims).toMatchObject({ aud: "https://management.azure.com", appid: SECRET_APP, tid: TENANT });
    // MSAL derives expiry from its own clock plus expires_in: the same instant up to the request's duration.
    expect(Math.abs(token.expiresOnTimestamp - Number(claims?.exp) * 1000)).toBeLessThanOrEqual(5000);
    expect(entra.tokenRequests).toEqual([
      expect.objectContaining({ grantType: "client_credentials", clientId: SECRET_APP, scope: expect.stringContaining(ARM_SCOPE), credential: "secret", outcome: "issued" }),
    ]);
  });

  it("rejects a wrong secret with Entra's invalid_client / AADSTS7000215 error", async () => {
    const credential = new ClientSecretCredential(TENANT, SECRET_APP, "wrong", clientOptions());
    await expect(credential.getToken(ARM_SCOPE)).rejects.toThrow(/AADSTS7000215/);
    expect(entra.tokenRequests.map((r) => r.outcome)).toContain("AADSTS7000215");
  });

  it("rejects an unknown application with AADSTS700016", async () => {
    const credential = new ClientSecretCredential(TENANT, "33333333-3333-4333-8333-333333333333", "x", clientOptions());
    await expect(credential.getToken(ARM_SCOPE)).rejects.toThrow(/AADSTS700016/);
  });

  it("exchanges a GitHub Actions OIDC token through ClientAssertionCredential and records the assertion's claims", async () => {
    const credential = new ClientAssertionCredential(TENANT, FEDERATED_APP, githubAssertion, clientOptions());
    const token = await credential.getToken(ARM_SCOPE);
    expect(decodeJwt(token.token)).toMatchObject({ appid: FEDERATED_APP, appidacr: "2" });
    const exchange = entra.tokenRequests.find((r) => r.outcome === "issued");
    expect(exchange?.credential).toBe("assertion");
    expect(exchange?.assertionClaims).toMatchObject({ iss: GITHUB_OIDC_ISSUER, sub: oidcSubject(github.oidc.context), aud: TOKEN_EXCHANGE_AUDIENCE });
  });

  it("serves a cached token while valid, and exchanges a fresh assertion once it has expired", async () => {
    const longLived = new ClientAssertionCredential(TENANT, FEDERATED_APP, githubAssertion, clientOptions());
    const cached = await longLived.getToken(ARM_SCOPE);
    expect((await longLived.getToken(ARM_SCOPE)).token).toBe(cached.token);
    expect(entra.tokenRequests).toHaveLength(1);

    entra.tokenLifetimeSeconds = 60;
    entra.tokenRequests.length = 0;
    const shortLived = new ClientAssertionCredential(TENANT, FEDERATED_APP, githubAssertion, clientOptions());
    const first = await shortLived.getToken(ARM_SCOPE);
    const second = await shortLived.getToken(ARM_SCOPE);
    expect(second.token).not.toBe(first.token);
    const assertions = entra.tokenRequests.map((r) => r.assertion);
    expect(assertions).toHaveLength(2);
    expect(new Set(assertions).size).toBe(2);
    const issuedByGitHub = github.oidcTokens.map((t) => t.token);
    expect(issuedByGitHub).toEqual(expect.arrayContaining(assertions));
  });

  it("rejects an assertion no federated credential trusts with AADSTS70021", async () => {
    const foreign = async () => issueJwt({ iss: GITHUB_OIDC_ISSUER, sub: "repo:someone/else:ref:refs/heads/main", aud: TOKEN_EXCHANGE_AUDIENCE, ...timeClaims(300) });
    const credential = new ClientAssertionCredential(TENANT, FEDERATED_APP, foreign, clientOptions());
    await expect(credential.getToken(ARM_SCOPE)).rejects.toThrow(/AADSTS70021.*repo:someone\/else/);
  });

  it("rejects an expired assertion with AADSTS700024", async () => {
    const expired = async () =>
      issueJwt({ iss: GITHUB_OIDC_ISSUER, sub: oidcSubject(github.oidc.context), aud: TOKEN_EXCHANGE_AUDIENCE, iat: 1, nbf: 1, exp: 2 });
    const credential = new ClientAssertionCredential(TENANT, FEDERATED_APP, expired, clientOptions());
    await expect(credential.getToken(ARM_SCOPE)).rejects.toThrow(/AADSTS700024/);
  });

  it("serves AzurePipelinesCredential: service connection OIDC token from the Azure DevOps fake, exchanged at Entra", async () => {
    const previous = process.env.SYSTEM_OIDCREQUESTURI;
    process.env.SYSTEM_OIDCREQUESTURI = ado.oidcRequestUri;
    try {
      const connection = [...ado.serviceConnections.values()][0];
      const credential = new AzurePipelinesCredential(TENANT, FEDERATED_APP, connection.id, ado.accessToken, clientOptions());
      const token = await credential.getToken(ARM_SCOPE);
      expect(decodeJwt(token.token)).toMatchObject({ appid: FEDERATED_APP });
      const exchanged = entra.tokenRequests.find((r) => r.outcome === "issued");
      const used = ado.oidcTokens.find((t) => t.token === exchanged?.assertion);
      expect(used?.claims).toMatchObject({ iss: ado.oidcIssuer, sub: `sc://${ado.organization}/${ado.project}/${connection.name}` });
      const oidcRequest = ado.requests.find((r) => r.path.endsWith("/oidctoken"));
      expect(oidcRequest).toMatchObject({ method: "POST", query: { "api-version": "7.1", serviceConnectionId: connection.id } });
      expect(oidcRequest?.headers.authorization).toBe(`Bearer ${ado.accessToken}`);
    } finally {
      if (previous === undefined) delete process.env.SYSTEM_OIDCREQUESTURI;
      else process.env.SYSTEM_OIDCREQUESTURI = previous;
    }
  });

  it("answers the next token requests with a transient error when asked to", async () => {
    entra.failNextTokenRequests(1, 400);
    const credential = new ClientSecretCredential(TENANT, SECRET_APP, "correct-horse", clientOptions());
    await expect(credential.getToken(ARM_SCOPE)).rejects.toThrow(/AADSTS90033/);
    await expect(credential.getToken(ARM_SCOPE)).resolves.toMatchObject({ tokenType: "Bearer" });
  });
});
