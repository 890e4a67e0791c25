import { hourFolders, parseCollector, parseWindow } from "../../../shared/drift/azure";
import { recordRows } from "../../../shared/drift/azure/collector-records";
import { ConfigurationError, SettingError } from "../../../shared/core/errors";

const NOW = new Date("2024-05-10T12:34:56.000Z");
const iso = (window: { from: Date; to: Date }) => [window.from.toISOString(), window.to.toISOString()];

describe("parseWindow", () => {
  it("ends a relative window now", () => {
    expect(iso(parseWindow("24h", undefined, undefined, NOW))).toEqual(["2024-05-09T12:34:56.000Z", "2024-05-10T12:34:56.000Z"]);
    expect(iso(parseWindow("90m", undefined, undefined, NOW))).toEqual(["2024-05-10T11:04:56.000Z", "2024-05-10T12:34:56.000Z"]);
    expect(iso(parseWindow("7d", undefined, undefined, NOW))).toEqual(["2024-05-03T12:34:56.000Z", "2024-05-10T12:34:56.000Z"]);
    expect(iso(parseWindow("2w", "", "", NOW))).toEqual(["2024-04-26T12:34:56.000Z", "2024-05-10T12:34:56.000Z"]);
    expect(iso(parseWindow("1.5h", undefined, undefined, NOW))).toEqual(["2024-05-10T11:04:56.000Z", "2024-05-10T12:34:56.000Z"]);
  });

  it("counts a relative window back from to; an explicit from overrides the window", () => {
    expect(iso(parseWindow("6h", undefined, "2024-05-01T00:00:00Z", NOW))).toEqual(["2024-04-30T18:00:00.000Z", "2024-05-01T00:00:00.000Z"]);
    expect(iso(parseWindow("24h", "2024-05-10T00:00:00Z", undefined, NOW))).toEqual(["2024-05-10T00:00:00.000Z", NOW.toISOString()]);
    expect(iso(parseWindow("24h", "2024-05-01", "2024-05-03", NOW))).toEqual(["2024-05-01T00:00:00.000Z", "2024-05-03T00:00:00.000Z"]);
  });

  it("takes explicit ISO 8601 bounds, UTC unless an offset is given", () => {
    expect(iso(parseWindow(undefined, "2024-05-01", "2024-05-02T06:30", NOW))).toEqual(["2024-05-01T00:00:00.000Z", "2024-05-02T06:30:00.000Z"]);
    expect(iso(parseWindow(undefined, "2024-05-01T10:00:00+02:00", "2024-05-01T10:00:00.250-0130", NOW))).toEqual(["2024-05-01T08:00:00.000Z", "2024-05-01T11:30:00.250Z"]);
    expect(iso(parseWindow(undefined, "2024-05-10T00:00:00Z", undefined, NOW))).toEqual(["2024-05-10T00:00:00.000Z", NOW.toISOString()]);
  });

  it("names the setting that is wrong, in the service's terms", () => {
    const failure = (window?: string, from?: string, to?: string) => {
      try {
        parseWindow(window, from, to, NOW);
      } catch (error) {
        return error as SettingError;
      }
      throw new Error("expected a SettingError");
    };
    expect(failure("24")).toMatchObject({ setting: "window", message: '"24" is not a positive duration; expected minutes, hours, days or weeks, e.g. 90m, 24h, 7d, 2w.' });
    expect(failure("0h")).toMatchObject({ setting: "window", message: expect.stringMatching(/^"0h" is not a positive duration/) });
    expect(failure(undefined, "yesterday")).toMatchObject({ setting: "from", message: expect.stringMatching(/^"yesterday" is not a date; expected an ISO 8601 date or date-time/) });
    expect(failure(undefined, "2024-02-30")).toMatchObject({ setting: "from" });
    expect(failure(undefined, "2024-05-01", "2024-05-01T25:00")).toMatchObject({ setting: "to", message: expect.stringMatching(/^"2024-05-01T25:00" is not a date/) });
    expect(failure(undefined, "2024-05-02", "2024-05-01")).toMatchObject({ setting: "from", message: expect.stringMatching(/^2024-05-02T00:00:00.000Z is not earlier than the window's end/) });
    expect(failure("soon", "2024-05-01", "2024-05-02")).toMatchObject({ setting: "window" });
    const noStart = failure(undefined, undefined, "2024-05-02");
    expect(noStart.setting).toBe("to");
    expect(noStart.render!((setting) => `collector-${setting}`)).toBe("Input 'collector-to' needs 'collector-from' or 'collector-window' (e.g. 24h) to say where the window starts.");
    expect(failure()).toBeInstanceOf(ConfigurationError);
  });
});

describe("hourFolders", () => {
  it("lists every UTC hour the window overlaps, the end excluded", () => {
    expect(hourFolders({ from: new Date("2024-12-31T22:15:00Z"), to: new Date("2025-01-01T01:00:00Z") })).toEqual([
      "2024/12/31/22/", "2024/12/31/23/", "2025/01/01/00/",
    ]);
    expect(hourFolders({ from: new Date("2024-05-01T10:00:00Z"), to: new Date("2024-05-01T10:00:00.001Z") })).toEqual(["2024/05/01/10/"]);
    expect(hourFolders({ from: new Date("2024-05-01T00:00:00Z"), to: new Date("2024-05-08T00:00:00Z") })).toHaveLength(168);
  });
});

describe("parseCollector", () => {
  it("reads endpoint/deployment, or the endpoint alone for every deployment, with an optional collection", () => {
    expect(parseCollector("credit-ep/blue")).toEqual({ endpoint: "credit-ep", deployment: "blue", collection: "model_inputs" });
    expect(parseCollector("credit-ep/blue/model_outputs")).toEqual({ endpoint: "credit-ep", deployment: "blue", collection: "model_outputs" });
    expect(parseCollector("credit-ep")).toEqual({ endpoint: "credit-ep", deployment: undefined, collection: "model_inputs" });
    expect(parseCollector("credit-ep/*/model_outputs")).toEqual({ endpoint: "credit-ep", deployment: undefined, collection: "model_outputs" });
    expect(() => parseCollector("credit-ep/blue/model_inputs/x")).toThrow(
      new SettingError(
        "collector",
        '"credit-ep/blue/model_inputs/x" is not a data collector; expected <endpoint>/<deployment>, or <endpoint> for every deployment of the endpoint (optionally /<collection> after the deployment or *, model_inputs by default).',
      ),
    );
    expect(() => parseCollector("a/../b")).toThrow(ConfigurationError);
  });
});

describe("recordRows", () => {
  const window = { from: new Date("2024-05-01T10:00:00Z"), to: new Date("2024-05-01T11:00:00Z") };
  const line = (time: unknown, data: unknown) => JSON.stringify({ specversion: "1.0", id: "e1", source: "/x", type: "azureml.inference.model_inputs", time, data });

  it("keeps records from the start of the window up to, not including, its end", () => {
    expect(recordRows(line("2024-05-01T10:00:00Z", [{ a: 1 }]), window)).toEqual({ kind: "rows", rows: [{ a: 1 }] });
    expect(recordRows(line("2024-05-01T10:59:59.9999999Z", [{ a: 2 }]), window)).toEqual({ kind: "rows", rows: [{ a: 2 }] });
    expect(recordRows(line("2024-05-01T11:00:00Z", [{ a: 3 }]), window)).toEqual({ kind: "outside" });
    expect(recordRows(line("2024-05-01T09:59:59.999Z", [{ a: 4 }]), window)).toEqual({ kind: "outside" });
    expect(recordRows(line("2024-05-01T12:30:00+02:00", [{ a: 5 }]), window)).toEqual({ kind: "rows", rows: [{ a: 5 }] });
    expect(recordRows(line("2024-05-01T10:30:00", [{ a: 6 }]), window)).toEqual({ kind: "rows", rows: [{ a: 6 }] });
  });

  it("accepts a pandas split table, one row object, and JSON text of either", () => {
    const t = "2024-05-01T10:30:00Z";
    expect(recordRows(line(t, { columns: ["a", "b"], index: [7, 8], data: [[1, "x"], [2, "y"]] }), window))
      .toEqual({ kind: "rows", rows: [{ a: 1, b: "x" }, { a: 2, b: "y" }] });
    expect(recordRows(line(t, { columns: ["a"], data: [[1]] }), window)).toEqual({ kind: "rows", rows: [{ a: 1 }] });
    expect(recordRows(line(t, { a: 1, b: null }), window)).toEqual({ kind: "rows", rows: [{ a: 1, b: null }] });
    expect(recordRows(line(t, JSON.stringify([{ a: 9 }])), window)).toEqual({ kind: "rows", rows: [{ a: 9 }] });
  });

  it("says why a record gives no row", () => {
    const t = "2024-05-01T10:30:00Z";
    expect(recordRows("{not json", window)).toEqual({ kind: "skip", reason: "not-json" });
    expect(recordRows("[1,2]", window)).toEqual({ kind: "skip", reason: "not-json" });
    expect(recordRows(line("last tuesday", [{ a: 1 }]), window)).toEqual({ kind: "skip", reason: "no-time" });
    expect(recordRows(JSON.stringify({ id: "x", data: [{ a: 1 }] }), window)).toEqual({ kind: "skip", reason: "no-time" });
    expect(recordRows(line(t, null), window)).toEqual({ kind: "skip", reason: "no-data" });
    expect(recordRows(line(t, [[1, 2]]), window)).toEqual({ kind: "skip", reason: "unrecognised-data" });
    expect(recordRows(line(t, { columns: ["a", "b"], data: [[1]] }), window)).toEqual({ kind: "skip", reason: "unrecognised-data" });
    expect(recordRows(line(t, 42), window)).toEqual({ kind: "skip", reason: "unrecognised-data" });
  });
});
