import { BlobServiceClient, StorageSharedKeyCredential } from "@azure/storage-blob";
import { httpsJson, startHarness, unsignedJwt, workspaceChildId, type Harness } from "./support";

describe("emulator core routes through the real SDK", () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h.stop();
  });

  afterEach(() => {
    const violations = h.emulator.specViolations.splice(0);
    expect(violations).toEqual([]);
  });

  it("serves the seeded workspace with MLflow and discovery URLs on the emulator", async () => {
    const workspace = await h.client.workspaces.get(...h.args);
    const host = new URL(h.emulator.url).host;
    expect(workspace.id).toBe(workspaceChildId(h.emulator).replace(/\/$/, ""));
    expect(workspace.mlFlowTrackingUri).toBe(`azureml://${host}/mlflow/v1.0${workspace.id}`);
    expect(workspace.discoveryUrl).toBe(`${h.emulator.url}/discovery`);
    expect(h.credential.scopes).toContain(`${h.emulator.url}/.default`);
    const discovery = await httpsJson(h.emulator, "/discovery");
    expect(discovery.body).toMatchObject({ api: h.emulator.url, history: h.emulator.url, mlflow: h.emulator.url });
  });

  it("lists and gets the seeded computes", async () => {
    const names: string[] = [];
    for await (const compute of h.client.computeOperations.list(...h.args)) names.push(compute.name!);
    expect(names.sort()).toEqual(["cpu-cluster", "gpu-cluster"]);
    const gpu = await h.client.computeOperations.get(...h.args, "gpu-cluster");
    expect(gpu.properties?.computeType).toBe("AmlCompute");
    await expect(h.client.computeOperations.get(...h.args, "missing-cluster")).rejects.toMatchObject({ statusCode: 404, code: "ResourceNotFound" });
  });

  it("points the default datastore at Azurite and hands out its key", async () => {
    const datastores = [];
    for await (const datastore of h.client.datastores.list(...h.args)) datastores.push(datastore);
    const blobStore = datastores.find((datastore) => datastore.name === "workspaceblobstore")!;
    expect(blobStore.properties).toMatchObject({
      datastoreType: "AzureBlob", isDefault: true, accountName: "devstoreaccount1", protocol: "http",
      endpoint: new URL(h.azurite.blobUrl).host, credentials: { credentialsType: "AccountKey" },
    });
    const secrets = await h.client.datastores.listSecrets(...h.args, "workspaceblobstore");
    expect(secrets).toMatchObject({ secretsType: "AccountKey", key: h.azurite.accountKey });

    const properties = blobStore.properties as { containerName: string; endpoint: string };
    const service = new BlobServiceClient(`http://${properties.endpoint}/devstoreaccount1`,
      new StorageSharedKeyCredential("devstoreaccount1", (secrets as { key: string }).key));
    expect(await service.getContainerClient(properties.containerName).exists()).toBe(true);
  });

  it("creates, gets and lists code, environment and data versions", async () => {
    const code = await h.client.codeVersions.createOrUpdate(...h.args, "train-src", "1", {
      properties: { codeUri: `${h.azurite.blobUrl}/${h.emulator.blobContainer}/LocalUpload/abc/src`, properties: { "azureml.codeHash": "abc" } },
    });
    expect(code.id).toBe(workspaceChildId(h.emulator, "codes", "train-src", "versions", "1"));
    expect((await h.client.codeVersions.get(...h.args, "train-src", "1")).properties.codeUri).toContain("LocalUpload/abc/src");
    const container = await h.client.codeContainers.get(...h.args, "train-src");
    expect(container.properties).toMatchObject({ latestVersion: "1", nextVersion: "2" });

    const env = await h.client.environmentVersions.get(...h.args, "sklearn-env", "1");
    expect(env.properties.image).toContain("mcr.microsoft.com/azureml");
    await h.client.environmentVersions.createOrUpdate(...h.args, "sklearn-env", "2", { properties: { image: "mcr.microsoft.com/azureml/minimal-ubuntu22.04-py39-cpu-inference:latest" } });
    const envVersions = [];
    for await (const version of h.client.environmentVersions.list(...h.args, "sklearn-env")) envVersions.push(version.name);
    expect(envVersions).toEqual(["2", "1"]);
    await expect(h.client.environmentVersions.createOrUpdate(...h.args, "no-image", "1", { properties: { description: "x" } }))
      .rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining("Docker image") });

    await h.client.dataVersions.createOrUpdate(...h.args, "reference", "1", {
      properties: { dataType: "uri_file", dataUri: "azureml://datastores/workspaceblobstore/paths/data/reference.csv" },
    });
    const data = await h.client.dataVersions.get(...h.args, "reference", "1");
    expect(data.properties).toMatchObject({ dataType: "uri_file" });
    const containers = [];
    for await (const item of h.client.dataContainers.list(...h.args)) containers.push(item.name);
    expect(containers).toContain("reference");
  });

  it("refuses to change an existing code version's content", async () => {
    await h.client.codeVersions.createOrUpdate(...h.args, "fixed", "1", { properties: { codeUri: "https://a/1" } });
    await expect(h.client.codeVersions.createOrUpdate(...h.args, "fixed", "1", { properties: { codeUri: "https://a/2" } }))
      .rejects.toMatchObject({ statusCode: 409, message: expect.stringContaining("codeUri cannot be changed") });
  });

  it("rejects a body the spec forbids with 400 and records the violation", async () => {
    const path = `${workspaceChildId(h.emulator, "codes", "bad", "versions", "1")}?api-version=2022-10-01`;
    const response = await httpsJson(h.emulator, path, {
      method: "PUT", headers: { authorization: `Bearer ${unsignedJwt(600)}`, "content-type": "application/json" },
      body: JSON.stringify({ properties: { codeUri: 42 } }),
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: "InvalidRequestContent", message: expect.stringContaining("INVALID_TYPE") } });
    expect(h.emulator.specViolations).toHaveLength(1);
    expect(h.emulator.specViolations[0]).toMatchObject({ direction: "request", operationId: "CodeVersions_CreateOrUpdate" });
    h.emulator.specViolations.length = 0;
  });

  it("answers 401 without a token and ExpiredAuthenticationToken for an expired one", async () => {
    const path = `${workspaceChildId(h.emulator).replace(/\/$/, "")}?api-version=2022-10-01`;
    const missing = await httpsJson(h.emulator, path);
    expect(missing.status).toBe(401);
    expect(missing.body).toMatchObject({ error: { code: "AuthenticationFailed" } });
    const expired = await httpsJson(h.emulator, path, { headers: { authorization: `Bearer ${unsignedJwt(-60)}` } });
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ error: { code: "ExpiredAuthenticationToken" } });
  });

  it("exposes state and the request log on admin routes", async () => {
    const state = await httpsJson(h.emulator, "/_emulator/state");
    expect(state.body).toMatchObject({ computes: { "cpu-cluster": { name: "cpu-cluster" } } });
    const requests = await httpsJson(h.emulator, "/_emulator/requests");
    expect(requests.body).toEqual(expect.arrayContaining([expect.objectContaining({ method: "GET", apiVersion: "2022-10-01", status: 200 })]));
  });
});
