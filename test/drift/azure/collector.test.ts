import { parseWindow, resolveCollectorDataset } from "../../../shared/drift/azure";
import { readTable } from "../../../shared/drift/readers";
import { ConfigurationError } from "../../../shared/core/errors";
import { columnValues, putBlob, startAzureDataHarness, type AzureDataHarness, STARTUP_TIMEOUT_MS } from "./support";

const ROOT = "modelDataCollector/credit-ep/blue/model_inputs";
const SHOWN_ROOT = `azureml://datastores/workspaceblobstore/paths/${ROOT}/`;

let serial = 0;
/** One line as the Azure ML data collector writes it. */
function event(time: string, data: unknown): string {
  serial++;
  return JSON.stringify({
    specversion: "1.0", id: `evt-${serial}`, source: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/onlineEndpoints/credit-ep/deployments/blue",
    type: "azureml.inference.model_inputs", datacontenttype: "application/json", time, data,
    path: "/score", method: "POST", contentrange: "bytes 0-59/*", correlationid: `corr-${serial}`, xrequestid: `req-${serial}`,
  });
}
const lines = (...items: string[]) => `${items.join("\n")}\n`;

describe("data collector window read through readTable (Azurite + Azure ML emulator)", () => {
  let h: AzureDataHarness;
  const window = parseWindow(undefined, "2024-05-01T10:30:00Z", "2024-05-01T13:00:00Z");

  beforeAll(async () => {
    h = await startAzureDataHarness();
    const c = h.container;
    await Promise.all([
      // Filed in hours outside the window: never listed, even though their records fall inside it.
      putBlob(c, `${ROOT}/2024/05/01/09/misfiled.jsonl`, lines(event("2024-05-01T10:45:00Z", [{ age: -1, city: "early" }]))),
      putBlob(c, `${ROOT}/2024/05/01/13/misfiled.jsonl`, lines(event("2024-05-01T12:30:00Z", [{ age: -2, city: "late" }]))),
      putBlob(c, `${ROOT}/2024/05/01/10/i-0.jsonl`, lines(
        event("2024-05-01T10:29:59.999Z", [{ age: -3, city: "before" }]),
        event("2024-05-01T10:30:00Z", [{ age: 1, city: "Oslo" }, { age: 2, city: "Lima" }]),
        event("2024-05-01T10:59:00Z", { columns: ["age", "city"], index: [0, 1], data: [[3, "Kyiv"], [4, "Oslo"]] }),
      )),
      putBlob(c, `${ROOT}/2024/05/01/11/i-b.jsonl`, lines(
        event("2024-05-01T11:20:00Z", [{ age: 7, city: "Rome" }]),
        "{truncated",
        event("2024-05-01T11:21:00Z", null),
      )),
      putBlob(c, `${ROOT}/2024/05/01/11/i-a.jsonl`, lines(event("2024-05-01T11:10:00Z", { columns: ["age", "city"], data: [[5, "Lima"], [6, "Kyiv"]] }))),
      putBlob(c, `${ROOT}/2024/05/01/11/notes.txt`, "not collector data"),
      putBlob(c, `${ROOT}/2024/05/01/11/nested/i-c.jsonl`, lines(event("2024-05-01T11:30:00Z", [{ age: -4, city: "nested" }]))),
      putBlob(c, `${ROOT}/2024/05/01/12/i-0.jsonl`, `${event("2024-05-01T12:59:59.999Z", [{ age: 8, city: "Oslo" }])}\r\n${event("2024-05-01T13:00:00Z", [{ age: -5, city: "at-end" }])}`),
      // Another deployment of the same endpoint.
      putBlob(c, "modelDataCollector/credit-ep/green/model_inputs/2024/05/01/11/i-0.jsonl", lines(event("2024-05-01T11:00:00Z", [{ age: -6, city: "green" }]))),
      // Only records outside the window.
      putBlob(c, `${ROOT}/2024/05/02/00/i-0.jsonl`, lines(event("2024-05-01T23:59:00Z", [{ age: 0, city: "x" }]), event("2024-05-02T00:50:00Z", [{ age: 0, city: "x" }]))),
    ]);
  }, STARTUP_TIMEOUT_MS);

  afterAll(async () => {
    await h?.stop();
  });

  afterEach(() => {
    expect(h.emulator.specViolations.splice(0)).toEqual([]);
  });

  it("reads the rows of the records timed in the window, hour by hour and blob by blob", async () => {
    const dataset = await resolveCollectorDataset("credit-ep/blue", window, h.workspace, h.host);
    expect(dataset.label).toBe(`${SHOWN_ROOT} (from 2024-05-01T10:30:00.000Z to 2024-05-01T13:00:00.000Z)`);
    expect(dataset.sources).toHaveLength(1);
    expect(dataset.blobs).toEqual([
      `${SHOWN_ROOT}2024/05/01/10/i-0.jsonl`,
      `${SHOWN_ROOT}2024/05/01/11/i-a.jsonl`,
      `${SHOWN_ROOT}2024/05/01/11/i-b.jsonl`,
      `${SHOWN_ROOT}2024/05/01/12/i-0.jsonl`,
    ]);
    const table = await readTable(dataset);
    expect(columnValues(table, "age")).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(columnValues(table, "city")).toEqual(["Oslo", "Lima", "Kyiv", "Oslo", "Lima", "Kyiv", "Rome", "Oslo"]);
    expect([...table.columns.keys()].sort()).toEqual(["age", "city"]);
    expect(h.host.logs.filter((log) => log.level === "warning").map((log) => log.message)).toEqual([
      "The data collector of deployment 'blue' on endpoint 'credit-ep' from 2024-05-01T10:30:00.000Z to 2024-05-01T13:00:00.000Z: " +
        "left out 1 line(s) that are not a JSON object, 1 record(s) without inline `data`.",
    ]);
  });

  it("fails naming the endpoint, deployment and window when no blob is in its hours", async () => {
    const empty = parseWindow(undefined, "2024-04-01T00:00:00Z", "2024-04-01T06:00:00Z");
    await expect(resolveCollectorDataset("credit-ep/blue", empty, h.workspace, h.host)).rejects.toThrow(new ConfigurationError(
      "The data collector of deployment 'blue' on endpoint 'credit-ep' has no model_inputs data from 2024-04-01T00:00:00.000Z to 2024-04-01T06:00:00.000Z: " +
        `no .jsonl blob in the 6 hour folder(s) under ${SHOWN_ROOT}.`,
    ));
    await expect(resolveCollectorDataset("credit-ep/red", window, h.workspace, h.host)).rejects.toThrow(/^The data collector of deployment 'red' on endpoint 'credit-ep' has no model_inputs data/);
  });

  it("fails when the hour folders hold records but none in the window", async () => {
    const narrow = parseWindow(undefined, "2024-05-02T00:00:00Z", "2024-05-02T00:30:00Z");
    const dataset = await resolveCollectorDataset("credit-ep/blue", narrow, h.workspace, h.host);
    await expect(readTable(dataset)).rejects.toThrow(new ConfigurationError(
      "The data collector of deployment 'blue' on endpoint 'credit-ep' has no model_inputs rows from 2024-05-02T00:00:00.000Z to 2024-05-02T00:30:00.000Z: " +
        `1 blob(s) under ${SHOWN_ROOT} hold 0 record(s) timed in the window and 2 outside it.`,
    ));
  });

  it("streams a large blob in bounded chunks, converted as it arrives", async () => {
    const rows = 20_000;
    const records: string[] = [];
    for (let i = 0; i < rows; i += 50) {
      records.push(event("2024-06-01T08:15:00Z", Array.from({ length: 50 }, (_, j) => ({ age: i + j, city: `c${(i + j) % 7}`, score: (i + j) / 4 }))));
    }
    await putBlob(h.container, "modelDataCollector/credit-ep/big/model_inputs/2024/06/01/08/i-0.jsonl", lines(...records));
    const dataset = await resolveCollectorDataset("credit-ep/big", parseWindow(undefined, "2024-06-01T08:00:00Z", "2024-06-01T09:00:00Z"), h.workspace, h.host);
    const sizes: number[] = [];
    for await (const chunk of dataset.sources[0].open()) sizes.push(chunk.byteLength);
    const total = sizes.reduce((sum, size) => sum + size, 0);
    expect(sizes.length).toBeGreaterThan(2);
    expect(Math.max(...sizes)).toBeLessThan(total / 2);
    const table = await readTable(dataset);
    expect(table.rowCount).toBe(rows);
    expect(columnValues(table, "age").slice(-2)).toEqual([rows - 2, rows - 1]);
    expect(columnValues(table, "score")[401]).toBe(401 / 4);
  });

  it("reads every deployment of the endpoint when the collector names the endpoint alone", async () => {
    for (const collector of ["credit-ep", "credit-ep/*", "credit-ep/*/model_inputs"]) {
      const dataset = await resolveCollectorDataset(collector, window, h.workspace, h.host);
      expect(dataset.blobs).toEqual([
        `${SHOWN_ROOT}2024/05/01/10/i-0.jsonl`,
        `${SHOWN_ROOT}2024/05/01/11/i-a.jsonl`,
        `${SHOWN_ROOT}2024/05/01/11/i-b.jsonl`,
        `${SHOWN_ROOT}2024/05/01/12/i-0.jsonl`,
        "azureml://datastores/workspaceblobstore/paths/modelDataCollector/credit-ep/green/model_inputs/2024/05/01/11/i-0.jsonl",
      ]);
      const table = await readTable(dataset);
      expect(columnValues(table, "age")).toEqual([1, 2, 3, 4, 5, 6, 7, 8, -6]);
    }
    await expect(resolveCollectorDataset("no-such-ep", window, h.workspace, h.host)).rejects.toThrow(
      /^The data collectors of endpoint 'no-such-ep' \(0 deployment\(s\)\) have no model_inputs data/,
    );
  });

  it("rejects a malformed collector name", async () => {
    for (const collector of ["credit-ep/blue/model_inputs/extra", "credit-ep/../secrets", "/blue", "credit-ep/blue/"]) {
      await expect(resolveCollectorDataset(collector, window, h.workspace, h.host)).rejects.toThrow(/expected <endpoint>\/<deployment>, or <endpoint>/);
    }
  });
});
