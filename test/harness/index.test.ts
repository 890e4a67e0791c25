import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import https from "node:https";
import { ClientAssertionCredential, ClientSecretCredential } from "@azure/identity";
import { decodeJwt } from "../../emulator/fakes/jwt";
import { request } from "../../emulator/fakes/https-client";
import { REPOSITORY_ROOT, startHarness, type Harness } from "../../emulator/harness/index";

/** A throwaway task: signs in through the service connection as a product task would, then reads the workspace from the emulator. */
const TASK_SCRIPT = `
import { createRequire } from "node:module";
const require = createRequire(process.env.REPO_PACKAGE_JSON);
const tl = require("azure-pipelines-task-lib/task");
const { AzurePipelinesCredential, ClientSecretCredential } = require("@azure/identity");
const id = tl.getInput("azureSubscription", true);
const tenant = tl.getEndpointAuthorizationParameter(id, "tenantid", false);
const client = tl.getEndpointAuthorizationParameter(id, "serviceprincipalid", false);
const authority = tl.getEndpointDataParameter(id, "environmentAuthorityUrl", false);
const arm = tl.getEndpointUrl(id, false);
const options = { authorityHost: authority, disableInstanceDiscovery: true };
const credential = tl.getEndpointAuthorizationScheme(id, false) === "WorkloadIdentityFederation"
  ? new AzurePipelinesCredential(tenant, client, id, tl.getVariable("System.AccessToken"), options)
  : new ClientSecretCredential(tenant, client, tl.getEndpointAuthorizationParameter(id, "serviceprincipalkey", false), options);
const token = await credential.getToken(arm + ".default");
const sub = tl.getEndpointDataParameter(id, "subscriptionid", false);
const url = arm + "subscriptions/" + sub + "/resourceGroups/" + tl.getInput("resourceGroup", true) +
  "/providers/Microsoft.MachineLearningServices/workspaces/" + tl.getInput("workspaceName", true) + "?api-version=2022-10-01";
const response = await fetch(url, { headers: { authorization: "Bearer " + token.token } });
tl.setVariable("status", String(response.status), false, true);
tl.setVariable("workspace", (await response.json()).name ?? "", false, true);
tl.setResult(tl.TaskResult.Succeeded, "ok");
`;

describe("startHarness", () => {
  let harness: Harness;
  let dir: string;

  beforeAll(async () => {
    harness = await startHarness();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "amlops-harness-test-"));
  });
  afterAll(async () => {
    await harness?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    if (harness) console.log(`startHarness startup (ms): ${JSON.stringify(harness.startupMs)}`);
  });

  function armGet(url: string, token: string) {
    return new Promise<{ status: number; body: unknown }>((resolve, reject) => {
      https
        .get(url, { headers: { authorization: `Bearer ${token}` }, ca: harness.emulator.ca, agent: false }, (res) => {
          let text = "";
          res.on("data", (chunk: Buffer) => (text += chunk.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }));
        })
        .on("error", reject);
    });
  }

  const workspaceUrl = () =>
    `${harness.emulator.url}/subscriptions/${harness.emulator.subscriptionId}/resourceGroups/${harness.emulator.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${harness.emulator.workspaceName}?api-version=2022-10-01`;

  it("wires the GitHub OIDC path: an Actions token exchanged at Entra reaches the emulator", async () => {
    const options = { authorityHost: harness.actionInputs["authority-host"], disableInstanceDiscovery: true, tlsOptions: { ca: harness.entra.apps.size ? fs.readFileSync(harness.caCertPaths[0], "utf8") : "" } };
    const assertion = async () => {
      const response = await request(`${harness.github.oidc.url}&audience=api://AzureADTokenExchange`, { headers: { authorization: `Bearer ${harness.github.oidc.token}` } });
      return (response.body as { value: string }).value;
    };
    const credential = new ClientAssertionCredential(harness.actionInputs["tenant-id"], harness.actionInputs["client-id"], assertion, options);
    const token = await credential.getToken(`${harness.actionInputs["arm-endpoint"]}/.default`);
    expect(decodeJwt(token.token)).toMatchObject({ aud: harness.emulator.url, appid: harness.clientId });
    const workspace = await armGet(workspaceUrl(), token.token);
    expect(workspace).toMatchObject({ status: 200, body: { name: harness.emulator.workspaceName } });
  });

  it("registers the client secret on the same app", async () => {
    const credential = new ClientSecretCredential(harness.tenantId, harness.clientId, harness.clientSecret, {
      authorityHost: harness.entra.url,
      disableInstanceDiscovery: true,
      tlsOptions: { ca: fs.readFileSync(harness.caCertPaths[0], "utf8") },
    });
    await expect(credential.getToken(`${harness.emulator.url}/.default`)).resolves.toMatchObject({ tokenType: "Bearer" });
  });

  it.each([
    ["workload identity federation", () => harness.serviceConnection],
    ["service principal secret", () => harness.secretServiceConnection],
  ])("runs a task whose %s connection reaches the emulator through every CA", async (_name, connection) => {
    const script = path.join(dir, "task.mjs");
    fs.writeFileSync(script, TASK_SCRIPT);
    const result = await harness.runTask("train", {
      script,
      serviceConnection: connection(),
      env: { REPO_PACKAGE_JSON: path.join(REPOSITORY_ROOT, "package.json") },
    });
    expect(result.errors).toEqual([]);
    expect(result.stderr).toBe("");
    expect(result.result).toBe("Succeeded");
    expect(result.outputs).toEqual({ status: "200", workspace: harness.emulator.workspaceName });
    expect(fs.readFileSync(result.env.NODE_EXTRA_CA_CERTS, "utf8")).toContain(harness.emulator.ca.trim());
  });
});
