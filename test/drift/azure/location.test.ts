import { isAzureLocation, parseAzureLocation, redactSas } from "../../../shared/drift/azure";
import { ConfigurationError } from "../../../shared/core/errors";

const INPUT = "reference";

describe("isAzureLocation", () => {
  it.each([
    ["azureml:reference:3", true],
    ["azureml:reference@latest", true],
    ["azureml://datastores/workspaceblobstore/paths/data/ref.csv", true],
    ["https://acct.blob.core.windows.net/data/ref.csv", true],
    ["HTTP://127.0.0.1:10000/devstoreaccount1/data/ref.csv", true],
    ["wasbs://data@acct.blob.core.windows.net/ref.csv", true],
    ["abfss://data@acct.dfs.core.windows.net/ref.csv", true],
    ["data/reference.csv", false],
    ["./data/**/*.parquet", false],
    ["/tmp/azureml/ref.csv", false],
    ["C:\\data\\ref.csv", false],
  ])("%s → %s", (location, expected) => {
    expect(isAzureLocation(location)).toBe(expected);
  });
});

describe("parseAzureLocation", () => {
  it("reads data asset references by version, @latest and ARM id", () => {
    expect(parseAzureLocation("azureml:credit-ref:12", INPUT)).toEqual({ kind: "asset", name: "credit-ref", version: "12", latest: false });
    expect(parseAzureLocation("azureml:credit_ref.v2@latest", INPUT)).toEqual({ kind: "asset", name: "credit_ref.v2", version: "latest", latest: true });
    expect(parseAzureLocation("azureml:/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/data/credit/versions/4", INPUT))
      .toEqual({ kind: "asset", name: "credit", version: "4", latest: false });
  });

  it("rejects malformed asset references naming the input and the accepted forms", () => {
    for (const bad of ["azureml:credit", "azureml:credit@stable", "azureml:credit:", "azureml::3", "azureml:credit:1:2"]) {
      expect(() => parseAzureLocation(bad, INPUT)).toThrow(ConfigurationError);
      expect(() => parseAzureLocation(bad, INPUT)).toThrow(/^reference: .* accepted: azureml:<data-asset>:<version> or azureml:<data-asset>@latest\.$/);
    }
  });

  it("reads short and long datastore URIs", () => {
    expect(parseAzureLocation("azureml://datastores/workspaceblobstore/paths/data/ref/", INPUT))
      .toEqual({ kind: "datastore", datastore: "workspaceblobstore", path: "data/ref/" });
    expect(parseAzureLocation("azureml://datastores/blobs/paths", INPUT)).toEqual({ kind: "datastore", datastore: "blobs", path: "" });
    expect(parseAzureLocation("azureml://subscriptions/sub-1/resourcegroups/rg-a/workspaces/ws-b/datastores/blobs/paths/x/y.csv", INPUT)).toEqual({
      kind: "datastore", datastore: "blobs", path: "x/y.csv",
      workspace: { subscriptionId: "sub-1", resourceGroup: "rg-a", workspaceName: "ws-b" },
    });
    expect(parseAzureLocation("azureml://subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/datastores/d/paths/p.csv", INPUT))
      .toMatchObject({ datastore: "d", path: "p.csv", workspace: { resourceGroup: "rg", workspaceName: "ws" } });
    expect(() => parseAzureLocation("azureml://jobs/abc/outputs/artifacts/x.csv", INPUT)).toThrow(/is not a datastore URI; accepted: azureml:\/\/datastores\//);
  });

  it("reads virtual-host blob URLs, keeping a SAS query aside", () => {
    expect(parseAzureLocation("https://acct.blob.core.windows.net/data/folder%20a/ref.csv?sv=2024&sr=b&sig=abc%3D", INPUT)).toEqual({
      kind: "blob-url", containerUrl: "https://acct.blob.core.windows.net/data", path: "folder a/ref.csv", sas: "sv=2024&sr=b&sig=abc%3D",
    });
    expect(parseAzureLocation("https://acct.blob.core.usgovcloudapi.net/data/runs/", INPUT))
      .toEqual({ kind: "blob-url", containerUrl: "https://acct.blob.core.usgovcloudapi.net/data", path: "runs/" });
    expect(parseAzureLocation("https://acct.dfs.core.windows.net/data/x.parquet", INPUT))
      .toMatchObject({ containerUrl: "https://acct.blob.core.windows.net/data", path: "x.parquet" });
  });

  it("reads path-style loopback URLs (Azurite) over http", () => {
    expect(parseAzureLocation("http://127.0.0.1:10000/devstoreaccount1/box/a/b.jsonl", INPUT))
      .toEqual({ kind: "blob-url", containerUrl: "http://127.0.0.1:10000/devstoreaccount1/box", path: "a/b.jsonl" });
    expect(parseAzureLocation("http://localhost:10000/devstoreaccount1/box", INPUT)).toMatchObject({ containerUrl: "http://localhost:10000/devstoreaccount1/box", path: "" });
  });

  it("reads wasbs:// and abfss:// URIs as blob URLs", () => {
    expect(parseAzureLocation("wasbs://data@acct.blob.core.windows.net/ref/x.csv", INPUT))
      .toEqual({ kind: "blob-url", containerUrl: "https://acct.blob.core.windows.net/data", path: "ref/x.csv" });
    expect(parseAzureLocation("abfss://data@acct.dfs.core.windows.net/ref/", INPUT))
      .toEqual({ kind: "blob-url", containerUrl: "https://acct.blob.core.windows.net/data", path: "ref/" });
  });

  it("refuses http:// to anything but loopback, non-blob hosts and non-SAS query strings", () => {
    expect(() => parseAzureLocation("http://acct.blob.core.windows.net/data/x.csv", INPUT))
      .toThrow("reference: http://acct.blob.core.windows.net/data/x.csv uses http://, which is accepted only for a local storage emulator (127.0.0.1, localhost, [::1]); use https://.");
    expect(() => parseAzureLocation("https://example.com/data/x.csv", INPUT)).toThrow(/is not an Azure Blob Storage URL; accepted: https:\/\/<account>\.blob\.core\.windows\.net/);
    expect(() => parseAzureLocation("https://acct.blob.core.windows.net/", INPUT)).toThrow(/must name a container/);
    expect(() => parseAzureLocation("https://acct.blob.core.windows.net/data/x.csv?comp=list", INPUT)).toThrow(/is not a SAS token \(it has no "sig" parameter\)/);
  });

  it("never repeats a SAS token in a message", () => {
    const withSas = "https://example.com/data/x.csv?sv=1&sig=SECRET";
    expect(() => parseAzureLocation(withSas, INPUT)).toThrow(ConfigurationError);
    try {
      parseAzureLocation(withSas, INPUT);
    } catch (error) {
      expect((error as Error).message).not.toContain("SECRET");
    }
    expect(redactSas("https://a.blob.core.windows.net/c/x.csv?sig=SECRET")).toBe("https://a.blob.core.windows.net/c/x.csv");
  });
});
