import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigurationError } from "../../shared/core/errors";
import { MemoryHost } from "../support/memory-host";
import { choice, count, existingPath, flag, guid, lines, requiredText, text, url } from "../../shared/inputs/define";
import { toCamelCase } from "../../shared/inputs/names";
import { parseInputs } from "../../shared/inputs/parse";

const defs = {
  name: requiredText({ description: "A name." }),
  id: guid({ description: "An ID." }),
  wait: flag({ description: "Wait.", default: true }),
  mode: choice({ description: "Mode.", options: ["fast", "slow"], default: "fast" }),
  limit: count({ description: "Limit.", default: 5, min: 1, integer: true }),
  file: existingPath({ description: "A file." }),
  list: lines({ description: "Lines." }),
  endpoint: url({ description: "Endpoint." }),
  secret: text({ description: "Secret.", secret: true }),
};

function parse(inputs: Record<string, string>) {
  return parseInputs(defs, new MemoryHost(inputs));
}

function errorOf(inputs: Record<string, string>): string {
  try {
    parse(inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigurationError");
}

describe("parseInputs", () => {
  it("applies defaults and converts types", () => {
    const parsed = parse({ name: "x", list: "a\n\n  b  \n# comment\nc" });
    expect(parsed).toEqual({ name: "x", id: undefined, wait: true, mode: "fast", limit: 5, file: undefined, list: ["a", "b", "c"], endpoint: undefined, secret: undefined });
  });

  it("accepts valid values in any case the hosts send", () => {
    const dir = mkdtempSync(join(tmpdir(), "inputs-"));
    const file = join(dir, "f.txt");
    writeFileSync(file, "x");
    const parsed = parse({ name: "x", id: "0AFB8A4C-1234-4d5e-9f00-aabbccddeeff", wait: "FALSE", mode: "slow", limit: "12", file, endpoint: "https://127.0.0.1:8443" });
    expect(parsed).toMatchObject({ wait: false, mode: "slow", limit: 12, file, endpoint: "https://127.0.0.1:8443" });
  });

  it.each([
    [{}, "Input 'name' is required: expected a non-empty value."],
    [{ name: "x", id: "not-a-guid" }, "Input 'id' must be a GUID such as 00000000-0000-0000-0000-000000000000, got 'not-a-guid'."],
    [{ name: "x", wait: "yes" }, "Input 'wait' must be true or false, got 'yes'."],
    [{ name: "x", mode: "medium" }, "Input 'mode' must be one of fast, slow, got 'medium'."],
    [{ name: "x", limit: "0" }, "Input 'limit' must be a whole number ≥ 1, got '0'."],
    [{ name: "x", limit: "2.5" }, "Input 'limit' must be a whole number ≥ 1, got '2.5'."],
    [{ name: "x", file: "/no/such/file" }, "Input 'file' must be the path of an existing file or folder, got '/no/such/file' (no such file or folder)."],
    [{ name: "x", endpoint: "ftp://x" }, "Input 'endpoint' must be an https:// URL, got 'ftp://x'."],
  ])("rejects %j with one clear message", (inputs, message) => {
    expect(errorOf(inputs as Record<string, string>)).toBe(message);
  });

  it("masks secret inputs before anything else happens", () => {
    const host = new MemoryHost({ name: "x", secret: "s3cr3t" });
    parseInputs(defs, host);
    expect(host.secrets).toEqual(["s3cr3t"]);
  });
});

describe("toCamelCase", () => {
  it("maps GitHub names to Azure Pipelines names", () => {
    expect(toCamelCase("resource-group")).toBe("resourceGroup");
    expect(toCamelCase("max-rows-in-memory")).toBe("maxRowsInMemory");
    expect(toCamelCase("azureSubscription")).toBe("azureSubscription");
  });
});
