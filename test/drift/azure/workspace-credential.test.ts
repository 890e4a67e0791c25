import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AccessToken, TokenCredential } from "@azure/core-auth";
import { AzureMachineLearningWorkspaces } from "@azure/arm-machinelearning";
import { BlobServiceClient, StorageSharedKeyCredential, type ContainerClient } from "@azure/storage-blob";
import type { Workspace } from "../../../shared/azure/workspace";
import { resolveAzureDataset } from "../../../shared/drift/azure";
import { readTable } from "../../../shared/drift/readers";
import { MemoryHost } from "../../support/memory-host";
import { emulatorCertificate, trustCertificateInThisProcess } from "../../../emulator/azureml/tls";
import { startAzurite, type AzuriteInstance } from "../../../emulator/harness/azurite";
import { columnValues, parquetBytes, putBlob, STARTUP_TIMEOUT_MS } from "./support";

/** Microsoft Entra-shaped access tokens (unsigned) for whatever resource is asked, from the given issuer. */
function entraCredential(issuer: string): TokenCredential & { scopes: string[] } {
  const scopes: string[] = [];
  return {
    scopes,
    async getToken(scope: string | string[]): Promise<AccessToken> {
      const wanted = Array.isArray(scope) ? scope : [scope];
      scopes.push(...wanted);
      const now = Math.floor(Date.now() / 1000);
      const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
      const claims = { aud: wanted[0].replace(/\/\.default$/, ""), iss: issuer, iat: now - 60, nbf: now - 60, exp: now + 3600, oid: "b3b5c3a0-0000-4000-8000-000000000001" };
      return { token: `${encode({ alg: "none", typ: "JWT" })}.${encode(claims)}.`, expiresOnTimestamp: (now + 3600) * 1000 };
    },
  };
}

function workspaceWith(credential: TokenCredential): Workspace {
  return {
    subscriptionId: "6f1e3c52-9d0b-4c1e-8a7e-2b4f5d6c7a81", resourceGroup: "rg", workspaceName: "ws", armEndpoint: "https://127.0.0.1:9",
    credential, credentialKind: "client-secret",
    client: new AzureMachineLearningWorkspaces(credential, "6f1e3c52-9d0b-4c1e-8a7e-2b4f5d6c7a81", { endpoint: "https://127.0.0.1:9" }),
  };
}

describe("blob URLs without a SAS, read with the workspace credential (Azurite over HTTPS with OAuth)", () => {
  let azurite: AzuriteInstance;
  let container: ContainerClient;
  let parquet: Buffer;

  beforeAll(async () => {
    const certificate = emulatorCertificate();
    const keyPath = path.join(mkdtempSync(path.join(os.tmpdir(), "drift-azure-tls-")), "key.pem");
    writeFileSync(keyPath, certificate.key);
    trustCertificateInThisProcess(certificate.cert);
    azurite = await startAzurite({ tls: { certPath: certificate.certPath, keyPath } });
    container = new BlobServiceClient(azurite.blobUrl, new StorageSharedKeyCredential(azurite.accountName, azurite.accountKey)).getContainerClient("private");
    await container.create();
    parquet = parquetBytes([{ name: "income", data: Array.from({ length: 300 }, (_, i) => 1000 + i), type: "INT32" }], 64);
    await Promise.all([
      putBlob(container, "ref/2024/jan.csv", "age,city\n31,Oslo\n"),
      putBlob(container, "ref/2024/feb.csv", "age,city\n45,Lima\n"),
      putBlob(container, "income.parquet", parquet),
    ]);
  }, STARTUP_TIMEOUT_MS);

  afterAll(async () => {
    await azurite?.stop();
  });

  it("reads a file and a folder over HTTPS with a storage token from the workspace credential", async () => {
    expect(azurite.blobUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/devstoreaccount1$/);
    const credential = entraCredential("https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/");
    const workspace = workspaceWith(credential);
    const host = new MemoryHost();

    const folder = await readTable(await resolveAzureDataset(`${container.url}/ref/2024/`, workspace, host));
    expect(columnValues(folder, "city")).toEqual(["Lima", "Oslo"]);
    expect(folder.sources).toEqual([`${container.url}/ref/2024/feb.csv`, `${container.url}/ref/2024/jan.csv`]);

    const table = await readTable(await resolveAzureDataset(`${container.url}/income.parquet`, workspace, host));
    expect(columnValues(table, "income")).toEqual(Array.from({ length: 300 }, (_, i) => 1000 + i));

    expect(new Set(credential.scopes)).toEqual(new Set(["https://storage.azure.com/.default"]));
    expect(host.secrets).toEqual([]);
  });

  it("passes the storage service's refusal on when the token is not accepted", async () => {
    const workspace = workspaceWith(entraCredential("https://issuer.example/not-entra/"));
    await expect(resolveAzureDataset(`${container.url}/ref/2024/jan.csv`, workspace, new MemoryHost())).rejects.toThrow(
      `Reading the properties of ${container.url}/ref/2024/jan.csv was refused (HTTP 403 AuthenticationFailed): a SAS token must grant read (and list, for a folder) and be valid now; ` +
        "without one, the signed-in identity needs the Storage Blob Data Reader role on the storage account.",
    );
  });
});
