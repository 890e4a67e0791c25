import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { BlobServiceClient, type ContainerClient } from "@azure/storage-blob";
import { datastoreBlobUrl } from "../../shared/azure/datastore-url";
import { createWorkspaceResolver } from "../../shared/jobs/resolvers";
import { inlineEnvironmentVersion } from "../../shared/jobs/asset-resolver";
import { ensureCodeVersion, ensureComponentVersion, ensureEnvironmentVersion } from "../../shared/jobs/workspace-assets";
import { latestAssetVersion } from "../../shared/azure/asset-versions";
import { startAzurite, type AzuriteInstance } from "../../emulator/harness/azurite";
import { clientWithTransport, type CapturedRequest } from "./capture-transport";
import { LATEST_VERSION, planningResolver, SCOPE, WORKSPACE_ID } from "./helpers";
import { createSpecValidator } from "./spec-validator";

/** Remembers what was PUT; GET answers it back or 404, list answers `versions`. */
function assetStore(versions: string[] = []): { respond: (request: CapturedRequest) => { status: number; body?: unknown }; puts: () => string[] } {
  const stored = new Map<string, unknown>();
  return {
    respond(request) {
      const resourcePath = new URL(request.url).pathname;
      if (request.method === "PUT") {
        stored.set(resourcePath, request.body);
        return { status: 201, body: { id: resourcePath, ...(request.body as object) } };
      }
      if (resourcePath.endsWith("/versions")) return { status: 200, body: { value: versions.map((name) => ({ id: `${resourcePath}/${name}`, name, properties: {} })) } };
      const body = stored.get(resourcePath);
      return body ? { status: 200, body: { id: resourcePath, ...(body as object) } } : { status: 404, body: { error: { code: "UserError", message: "Not found" } } };
    },
    puts: () => [...stored.keys()],
  };
}

describe("ensureCodeVersion", () => {
  it("uploads and registers when the code version is new, with a body the spec accepts", async () => {
    const validate = await createSpecValidator();
    const store = assetStore();
    const { client, requests } = clientWithTransport(SCOPE.subscriptionId, store.respond);
    let uploads = 0;
    const codeUri = "https://acct.blob.core.windows.net/azureml-blobstore/LocalUpload/abc/src";
    const result = await ensureCodeVersion(client, SCOPE, "abc", { codeUri, upload: async () => void uploads++ });
    expect(uploads).toBe(1);
    expect(result).toEqual({ id: `${WORKSPACE_ID}/codes/abc/versions/1`, created: true });
    const put = requests.find((r) => r.method === "PUT")!;
    expect(put.body).toEqual({ properties: { codeUri, isAnonymous: true } });
    expect((await validate({ url: put.url, method: "PUT", body: put.body })).errors).toEqual([]);
  });

  it("reuses an existing code version and uploads nothing", async () => {
    const store = assetStore();
    const { client, requests } = clientWithTransport(SCOPE.subscriptionId, store.respond);
    await ensureCodeVersion(client, SCOPE, "abc", { codeUri: "https://x/c/p", upload: async () => undefined });
    let uploads = 0;
    const again = await ensureCodeVersion(client, SCOPE, "abc", { codeUri: "https://x/c/p", upload: async () => void uploads++ });
    expect(again.created).toBe(false);
    expect(uploads).toBe(0);
    expect(requests.filter((r) => r.method === "PUT")).toHaveLength(1);
  });

  it("passes on errors other than 404", async () => {
    const { client } = clientWithTransport(SCOPE.subscriptionId, () => ({ status: 403, body: { error: { code: "AuthorizationFailed", message: "no" } } }));
    await expect(ensureCodeVersion(client, SCOPE, "abc", { codeUri: "https://x/c/p", upload: async () => undefined })).rejects.toMatchObject({ statusCode: 403 });
  });
});

describe("ensureEnvironmentVersion and ensureComponentVersion", () => {
  it("register content-hashed anonymous versions once, with bodies the spec accepts", async () => {
    const validate = await createSpecValidator();
    const store = assetStore();
    const { client, requests } = clientWithTransport(SCOPE.subscriptionId, store.respond);
    const environment = { image: "python:3.11", condaFile: "dependencies:\n  - python=3.11\n" };
    const first = await ensureEnvironmentVersion(client, SCOPE, environment);
    expect(first).toEqual({ id: `${WORKSPACE_ID}/environments/CliV2AnonymousEnvironment/versions/${inlineEnvironmentVersion(environment)}`, created: true });
    expect((await ensureEnvironmentVersion(client, SCOPE, environment)).created).toBe(false);
    const component = { type: "command", command: "python t.py", environment: "azureml:/subscriptions/x/environments/e/versions/1", is_deterministic: true };
    const registered = await ensureComponentVersion(client, SCOPE, component);
    expect(registered.id).toMatch(new RegExp(`^${WORKSPACE_ID}/components/azureml_anonymous/versions/[0-9a-f]{32}$`));
    const puts = requests.filter((r) => r.method === "PUT");
    expect(puts.map((p) => p.body)).toEqual([
      { properties: { image: environment.image, condaFile: environment.condaFile, isAnonymous: true } },
      { properties: { componentSpec: { ...component, name: "azureml_anonymous", version: registered.id.split("/").pop() }, isAnonymous: true } },
    ]);
    for (const put of puts) expect((await validate({ url: put.url, method: "PUT", body: put.body })).errors).toEqual([]);
  });
});

describe("latestAssetVersion", () => {
  it("asks for the newest version and returns its name", async () => {
    const store = assetStore(["12"]);
    const { client, requests } = clientWithTransport(SCOPE.subscriptionId, store.respond);
    expect(await latestAssetVersion(client, SCOPE, "environments", "sklearn")).toBe("12");
    const query = new URL(requests[0].url).searchParams;
    expect(query.get("$orderBy")).toBe("createdtime desc");
    expect(query.get("$top")).toBe("1");
  });

  it("fails naming the asset when it has no versions", async () => {
    const { client } = clientWithTransport(SCOPE.subscriptionId, assetStore([]).respond);
    await expect(latestAssetVersion(client, SCOPE, "data", "churn")).rejects.toThrow(/azureml:churn@latest: the workspace has no data named "churn"/);
  });
});

describe("datastoreBlobUrl", () => {
  it.each([
    [{ accountName: "acct", endpoint: "core.windows.net", protocol: "https" }, "https://acct.blob.core.windows.net"],
    [{ accountName: "acct", endpoint: "core.chinacloudapi.cn", protocol: "https" }, "https://acct.blob.core.chinacloudapi.cn"],
    [{ accountName: "acct" }, "https://acct.blob.core.windows.net"],
    [{ accountName: "devstoreaccount1", endpoint: "127.0.0.1:10000", protocol: "http" }, "http://127.0.0.1:10000/devstoreaccount1"],
    [{ accountName: "devstoreaccount1", endpoint: "localhost:10000", protocol: "http" }, "http://localhost:10000/devstoreaccount1"],
    [{ accountName: "devstoreaccount1", endpoint: "[::1]:10000", protocol: "http" }, "http://[::1]:10000/devstoreaccount1"],
  ])("%j → %s", (datastore, url) => {
    expect(datastoreBlobUrl(datastore)).toBe(url);
  });
});

describe("workspace resolver against Azurite", () => {
  let azurite: AzuriteInstance;
  let container: ContainerClient;

  beforeAll(async () => {
    azurite = await startAzurite();
    container = BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient("azureml-blobstore");
    await container.create();
  });

  afterAll(async () => {
    await azurite.stop();
  });

  async function blobNames(prefix: string): Promise<string[]> {
    const names: string[] = [];
    for await (const blob of container.listBlobsFlat({ prefix })) names.push(blob.name);
    return names.sort();
  }

  it("uploads a code snapshot once, registers it, and gives the ids the dry run predicted", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "resolver-"));
    await mkdir(path.join(dir, "src"));
    await writeFile(path.join(dir, "src/train.py"), "print('hi')");
    await writeFile(path.join(dir, "src/.amlignore"), "*.tmp\n");
    await writeFile(path.join(dir, "src/scratch.tmp"), "x");
    const store = assetStore([LATEST_VERSION]);
    const { client, requests } = clientWithTransport(SCOPE.subscriptionId, store.respond);
    const events: { action: string; reused: boolean }[] = [];
    const resolver = createWorkspaceResolver({ client, scope: SCOPE, container, onAction: (e) => events.push(e) });

    const codeId = await resolver.codeId(path.join(dir, "src"));
    expect(codeId).toBe(await planningResolver().codeId(path.join(dir, "src")));
    expect(await resolver.codeId(path.join(dir, "src"))).toBe(codeId);
    const hash = codeId.split("/codes/")[1].split("/")[0];
    expect(await blobNames(`LocalUpload/${hash}/`)).toEqual([`LocalUpload/${hash}/src/.amlignore`, `LocalUpload/${hash}/src/train.py`]);
    const put = requests.find((r) => r.method === "PUT")!;
    expect(put.body).toEqual({ properties: { codeUri: `${container.url}/LocalUpload/${hash}/src`, isAnonymous: true } });

    const second = createWorkspaceResolver({ client, scope: SCOPE, container, onAction: (e) => events.push(e) });
    expect(await second.codeId(path.join(dir, "src"))).toBe(codeId);
    expect(events).toEqual([expect.objectContaining({ action: "upload-code", reused: false }), expect.objectContaining({ action: "upload-code", reused: true })]);
    expect(requests.filter((r) => r.method === "PUT")).toHaveLength(1);
  });

  it("uploads a local input folder once and returns its datastore URI", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "input-"));
    await mkdir(path.join(dir, "data"));
    await writeFile(path.join(dir, "data/a.csv"), "x\n1\n");
    const { client } = clientWithTransport(SCOPE.subscriptionId, assetStore().respond);
    const events: { reused: boolean }[] = [];
    const uri = await createWorkspaceResolver({ client, scope: SCOPE, container, onAction: (e) => events.push(e) }).inputUri(path.join(dir, "data"), "uri_folder");
    expect(uri).toBe(await planningResolver().inputUri(path.join(dir, "data"), "uri_folder"));
    const prefix = uri.replace("azureml://datastores/workspaceblobstore/paths/", "");
    expect(await blobNames(prefix)).toEqual([`${prefix}a.csv`]);
    await createWorkspaceResolver({ client, scope: SCOPE, container, onAction: (e) => events.push(e) }).inputUri(path.join(dir, "data"), "uri_folder");
    expect(events.map((e) => e.reused)).toEqual([false, true]);
  });
});
