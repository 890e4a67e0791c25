import { blobByteSource, resolveAzureDataset } from "../../../shared/drift/azure";
import { readTable } from "../../../shared/drift/readers";
import { ConfigurationError } from "../../../shared/core/errors";
import { columnValues, parquetBytes, putBlob, sasFor, startAzureDataHarness, type AzureDataHarness, STARTUP_TIMEOUT_MS } from "./support";

const DS = "azureml://datastores/workspaceblobstore/paths";

describe("Azure data locations read through readTable (Azurite + Azure ML emulator)", () => {
  let h: AzureDataHarness;
  let parquet: Buffer;

  beforeAll(async () => {
    h = await startAzureDataHarness();
    const c = h.container;
    parquet = parquetBytes([
      { name: "age", data: Array.from({ length: 1000 }, (_, i) => 18 + (i % 60)), type: "DOUBLE" },
      { name: "city", data: Array.from({ length: 1000 }, (_, i) => ["Oslo", "Lima", "Kyiv"][i % 3]), type: "STRING" },
    ], 100);
    await Promise.all([
      putBlob(c, "data/single/ref.csv", "age,city\n31,Oslo\n45,Lima\n27,Oslo\n"),
      putBlob(c, "data/single/ref.jsonl", '{"age": 52, "city": "Kyiv"}\n{"age": 19, "city": {"name": "Lima"}}\n'),
      putBlob(c, "data/single/ref.parquet", parquet),
      // A folder: data files at every depth in name order; no hidden or non-data files.
      putBlob(c, "data/folder/b.csv", "age,city\n2,B\n"),
      putBlob(c, "data/folder/a.csv", "age,city\n1,A\n"),
      putBlob(c, "data/folder/nested/c.csv", "age,city\n3,C\n"),
      putBlob(c, "data/folder/.hidden.csv", "age,city\n99,H\n"),
      putBlob(c, "data/folder/.cache/d.csv", "age,city\n98,H\n"),
      putBlob(c, "data/folder/_SUCCESS", ""),
      putBlob(c, "data/folder/notes.txt", "not data"),
      putBlob(c, "data/folder-sibling/z.csv", "age,city\n97,S\n"),
      // An MLTable folder: a pattern and a file, with its own delimiter and header mode.
      putBlob(c, "tables/credit/MLTable", [
        "paths:",
        "  - pattern: ./parts/*.txt",
        "  - file: extra/last.txt",
        "transformations:",
        "  - read_delimited:",
        "      delimiter: ';'",
        "      header: from_first_file",
        "      encoding: utf8",
        "",
      ].join("\n")),
      putBlob(c, "tables/credit/parts/p2.txt", "20;Y\n"),
      putBlob(c, "tables/credit/parts/p1.txt", "age;city\n10;X\n"),
      putBlob(c, "tables/credit/parts/.p0.txt", "0;hidden\n"),
      putBlob(c, "tables/credit/parts/deeper/p3.txt", "30;deep\n"),
      putBlob(c, "tables/credit/extra/last.txt", "40;Z\n"),
      // An MLTable of JSON Lines listing a folder.
      putBlob(c, "tables/events/MLTable", "paths:\n  - folder: ./rows\ntransformations:\n  - read_json_lines:\n      invalid_lines: drop\n"),
      putBlob(c, "tables/events/rows/1.json", '{"age": 1}\nnot json\n{"age": 2}\n'),
      putBlob(c, "tables/events/rows/2.json", '{"age": 3}\n'),
    ]);
  }, STARTUP_TIMEOUT_MS);

  afterAll(async () => {
    await h?.stop();
  });

  afterEach(() => {
    expect(h.emulator.specViolations.splice(0)).toEqual([]);
  });

  it("reads one CSV, JSON Lines and Parquet blob by datastore URI", async () => {
    const csv = await readTable(await resolveAzureDataset(`${DS}/data/single/ref.csv`, h.workspace, h.host));
    expect(columnValues(csv, "age")).toEqual([31, 45, 27]);
    expect(columnValues(csv, "city")).toEqual(["Oslo", "Lima", "Oslo"]);
    expect(csv.sources).toEqual([`${DS}/data/single/ref.csv`]);

    const jsonl = await readTable(await resolveAzureDataset(`${DS}/data/single/ref.jsonl`, h.workspace, h.host));
    expect(columnValues(jsonl, "age")).toEqual([52, 19]);
    expect(columnValues(jsonl, "city.name")).toEqual(["Lima"]);

    const table = await readTable(await resolveAzureDataset(`${DS}/data/single/ref.parquet`, h.workspace, h.host));
    expect(table.rowCount).toBe(1000);
    expect(columnValues(table, "age").slice(0, 3)).toEqual([18, 19, 20]);
    expect(columnValues(table, "age")[999]).toBe(18 + (999 % 60));
    expect(columnValues(table, "city").slice(997)).toEqual(["Lima", "Kyiv", "Oslo"]);
  });

  it("serves Parquet byte ranges from the blob itself", async () => {
    const blob = h.container.getBlobClient("data/single/ref.parquet");
    const source = blobByteSource(blob, "ref.parquet");
    const buffer = await source.randomAccess!();
    expect(buffer.byteLength).toBe(parquet.length);
    const tail = Buffer.from(await buffer.slice(parquet.length - 8));
    expect(tail.subarray(4).toString("latin1")).toBe("PAR1");
    expect(tail.equals(parquet.subarray(parquet.length - 8))).toBe(true);
    expect(Buffer.from(await buffer.slice(100, 1100)).equals(parquet.subarray(100, 1100))).toBe(true);
    expect((await buffer.slice(10, 10)).byteLength).toBe(0);

    const chunks: Buffer[] = [];
    for await (const chunk of source.open()) chunks.push(Buffer.from(chunk));
    expect(Buffer.concat(chunks).equals(parquet)).toBe(true);
  });

  it("reads a folder: every data blob below it in name order, nothing hidden, no sibling folder", async () => {
    for (const location of [`${DS}/data/folder`, `${DS}/data/folder/`]) {
      const table = await readTable(await resolveAzureDataset(location, h.workspace, h.host));
      expect(columnValues(table, "age")).toEqual([1, 2, 3]);
      expect(table.sources).toEqual([`${DS}/data/folder/a.csv`, `${DS}/data/folder/b.csv`, `${DS}/data/folder/nested/c.csv`]);
    }
  });

  it("reads a glob in a datastore path", async () => {
    const table = await readTable(await resolveAzureDataset(`${DS}/data/folder*/*.csv`, h.workspace, h.host));
    expect(columnValues(table, "age")).toEqual([97, 1, 2]); // "folder-sibling/" sorts before "folder/"
    await expect(resolveAzureDataset(`${DS}/data/**/*.tsv`, h.workspace, h.host)).rejects.toThrow(`Data glob ${DS}/data/**/*.tsv matched no blob.`);
  });

  it("reads an MLTable folder, resolving its paths against that folder with the local glob rules", async () => {
    for (const location of [`${DS}/tables/credit`, `${DS}/tables/credit/MLTable`]) {
      const dataset = await resolveAzureDataset(location, h.workspace, h.host);
      expect(dataset.format).toEqual({ kind: "csv", delimiter: ";", header: "first-file", encoding: "utf8" });
      const table = await readTable(dataset);
      expect(columnValues(table, "age")).toEqual([10, 20, 40]);
      expect(columnValues(table, "city")).toEqual(["X", "Y", "Z"]);
    }
    const events = await readTable(await resolveAzureDataset(`${DS}/tables/events/`, h.workspace, h.host));
    expect(columnValues(events, "age")).toEqual([1, 2, 3]);
  });

  it("reads the long datastore URI form and another datastore of the workspace", async () => {
    const long = `azureml://subscriptions/${h.emulator.subscriptionId}/resourcegroups/${h.emulator.resourceGroup}/workspaces/${h.emulator.workspaceName}/datastores/workspaceblobstore/paths/data/single/ref.csv`;
    expect(columnValues(await readTable(await resolveAzureDataset(long, h.workspace, h.host)), "age")).toEqual([31, 45, 27]);

    const other = h.service.getContainerClient("curated");
    await other.createIfNotExists();
    await putBlob(other, "monthly/2024-05.csv", "age,city\n61,Rome\n");
    const store = await h.client.datastores.get(...h.args, "workspaceblobstore");
    await h.client.datastores.createOrUpdate(...h.args, "curated", {
      properties: { ...store.properties, isDefault: undefined, containerName: "curated", credentials: { credentialsType: "AccountKey", secrets: { secretsType: "AccountKey", key: h.azurite.accountKey } } } as never,
    });
    const table = await readTable(await resolveAzureDataset("azureml://datastores/curated/paths/monthly", h.workspace, h.host));
    expect(columnValues(table, "city")).toEqual(["Rome"]);
    expect(table.sources).toEqual(["azureml://datastores/curated/paths/monthly/2024-05.csv"]);
    expect(h.host.secrets).toContain(h.azurite.accountKey);

    // An MLTable may point at another datastore by full URI.
    await putBlob(h.container, "tables/remote/MLTable", "paths:\n  - folder: azureml://datastores/curated/paths/monthly\n  - file: ../../data/single/ref.csv\n");
    const remote = await readTable(await resolveAzureDataset(`${DS}/tables/remote`, h.workspace, h.host));
    expect(columnValues(remote, "age")).toEqual([61, 31, 45, 27]);
  });

  it("reads data assets by version and @latest, as uri_file, uri_folder and mltable", async () => {
    const put = (name: string, version: string, dataType: string, dataUri: string) =>
      h.client.dataVersions.createOrUpdate(...h.args, name, version, { properties: { dataType, dataUri } as never });
    await put("credit-file", "1", "uri_file", `${DS}/data/single/ref.csv`);
    await put("credit-file", "2", "uri_file", `${DS}/data/single/ref.parquet`);
    await put("credit-folder", "1", "uri_folder", `${DS}/data/folder/`);
    await put("credit-table", "1", "mltable", `${DS}/tables/credit/`);

    const v1 = await resolveAzureDataset("azureml:credit-file:1", h.workspace, h.host);
    expect(v1.label).toBe("azureml:credit-file:1");
    expect(columnValues(await readTable(v1), "age")).toEqual([31, 45, 27]);

    const latest = await resolveAzureDataset("azureml:credit-file@latest", h.workspace, h.host);
    expect(latest.label).toBe("azureml:credit-file@latest (version 2)");
    expect((await readTable(latest)).rowCount).toBe(1000);

    expect(columnValues(await readTable(await resolveAzureDataset("azureml:credit-folder:1", h.workspace, h.host)), "age")).toEqual([1, 2, 3]);
    expect(columnValues(await readTable(await resolveAzureDataset("azureml:credit-table:1", h.workspace, h.host)), "age")).toEqual([10, 20, 40]);
  });

  it("fails naming the data asset and version that do not exist", async () => {
    await expect(resolveAzureDataset("azureml:credit-file:9", h.workspace, h.host))
      .rejects.toThrow(new ConfigurationError(`Data asset 'credit-file' version '9' does not exist in workspace '${h.emulator.workspaceName}'.`));
    await expect(resolveAzureDataset("azureml:no-such-data@latest", h.workspace, h.host))
      .rejects.toThrow(`Data asset 'no-such-data' (azureml:no-such-data@latest) does not exist in workspace '${h.emulator.workspaceName}'`);
    await h.client.dataVersions.createOrUpdate(...h.args, "broken-table", "1", { properties: { dataType: "mltable", dataUri: `${DS}/data/folder/` } as never });
    await expect(resolveAzureDataset("azureml:broken-table:1", h.workspace, h.host))
      .rejects.toThrow(`azureml:broken-table:1 is an MLTable data asset, but ${DS}/data/folder/MLTable does not exist.`);
    await h.client.dataVersions.createOrUpdate(...h.args, "gone-file", "1", { properties: { dataType: "uri_file", dataUri: `${DS}/data/gone.csv` } as never });
    await expect(resolveAzureDataset("azureml:gone-file:1", h.workspace, h.host))
      .rejects.toThrow(`Data file azureml:gone-file:1 does not exist (looked for ${DS}/data/gone.csv).`);
  });

  it("fails clearly for a missing blob, an unknown datastore and a folder without data", async () => {
    await expect(resolveAzureDataset(`${DS}/data/nothing-here`, h.workspace, h.host))
      .rejects.toThrow(`Data location ${DS}/data/nothing-here does not exist: no blob ${DS}/data/nothing-here and nothing under it.`);
    await expect(resolveAzureDataset("azureml://datastores/nope/paths/x.csv", h.workspace, h.host))
      .rejects.toThrow(`Datastore 'nope' does not exist in workspace '${h.emulator.workspaceName}'.`);
    await putBlob(h.container, "data/empty-ish/readme.md", "# nothing");
    await expect(resolveAzureDataset(`${DS}/data/empty-ish`, h.workspace, h.host)).rejects.toThrow(/^Data folder .*data\/empty-ish has no MLTable file and no data file \(\.csv, /);
    await expect(resolveAzureDataset(`${DS}/data/folder/notes.txt`, h.workspace, h.host)).rejects.toThrow(/Cannot tell the format of .*notes\.txt/);
  });

  it("reads blob and folder SAS URLs as they are, masking the token and keeping it out of names", async () => {
    const containerUrl = h.container.url;
    const blobSas = sasFor(h, h.emulator.blobContainer, "data/single/ref.csv");
    const fileUrl = `${containerUrl}/data/single/ref.csv?${blobSas}`;
    const file = await resolveAzureDataset(fileUrl, h.workspace, h.host);
    expect(file.label).toBe(`${containerUrl}/data/single/ref.csv`);
    const fileTable = await readTable(file);
    expect(columnValues(fileTable, "age")).toEqual([31, 45, 27]);
    expect(fileTable.sources).toEqual([`${containerUrl}/data/single/ref.csv`]);
    expect(h.host.secrets).toContain(blobSas);

    const folderSas = sasFor(h, h.emulator.blobContainer);
    const folder = await readTable(await resolveAzureDataset(`${containerUrl}/data/folder/?${folderSas}`, h.workspace, h.host));
    expect(columnValues(folder, "age")).toEqual([1, 2, 3]);
    const mltable = await readTable(await resolveAzureDataset(`${containerUrl}/tables/credit?${folderSas}`, h.workspace, h.host));
    expect(columnValues(mltable, "city")).toEqual(["X", "Y", "Z"]);
    const parquetTable = await readTable(await resolveAzureDataset(`${containerUrl}/data/single/ref.parquet?${folderSas}`, h.workspace, h.host));
    expect(parquetTable.rowCount).toBe(1000);
  });

  it("refuses a SAS that does not grant the read, with the storage service's reason", async () => {
    const otherBlobSas = sasFor(h, h.emulator.blobContainer, "data/single/ref.jsonl");
    await expect(resolveAzureDataset(`${h.container.url}/data/single/ref.csv?${otherBlobSas}`, h.workspace, h.host)).rejects.toThrow(/^Reading the properties of .*ref\.csv was refused \(HTTP 403 AuthorizationFailure\): a SAS token must grant read/);
  });

  it("asks for a SAS on a plain-http URL without one", async () => {
    await expect(resolveAzureDataset(`${h.container.url}/data/single/ref.csv`, h.workspace, h.host))
      .rejects.toThrow(`${h.container.url} uses http://: give a SAS URL (the workspace credential is sent only over https://).`);
  });
});
