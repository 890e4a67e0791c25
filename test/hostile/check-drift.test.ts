import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startHarness, type Harness } from "../../emulator/harness";

/** check-drift fed data shaped by whoever opened the pull request: the workspace is a fresh folder. */
let h: Harness;
const workspace = mkdtempSync(join(tmpdir(), "hostile-drift-"));
const at = (...parts: string[]) => join(workspace, ...parts);
const NO_AZURE = { "subscription-id": undefined, "resource-group": undefined, "workspace-name": undefined, "client-id": undefined, "tenant-id": undefined };
const NO_AZURE_TASK = { subscriptionId: undefined, resourceGroup: undefined, workspaceName: undefined, clientId: undefined, tenantId: undefined, azureSubscription: undefined };

function rows(header: string, count: number, row: (i: number) => string): string {
  return `${header}\n${Array.from({ length: count }, (_, i) => row(i)).join("\n")}\n`;
}

beforeAll(async () => {
  h = await startHarness();
  writeFileSync(at("reference.csv"), rows("x,y", 300, (i) => `${i % 50},${i % 7}`));
}, 120_000);
afterAll(async () => {
  await h?.stop();
});

describe("paths named inside an MLTable stay inside the workspace", () => {
  const secret = "s3cr3t-client-value-0123456789";

  function mltable(folder: string, body: string): string {
    mkdirSync(at(folder), { recursive: true });
    writeFileSync(at(folder, "MLTable"), body);
    return at(folder);
  }

  it("refuses a relative path that climbs out to /proc/self/environ, and nothing of the environment is reported", async () => {
    const table = mltable("environ", "paths:\n  - file: ../../../../../../../../proc/self/environ\ntransformations:\n  - read_delimited:\n      delimiter: '='\n      header: no_header\n");
    const report = at("environ-report.json");
    const result = await h.runAction("check-drift", { cwd: workspace, inputs: { ...NO_AZURE, reference: table, current: table, "report-path": report, "client-secret": secret } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/^Input 'reference': .*environ\/MLTable: path "\.\.\/.*proc\/self\/environ" resolves to \/proc\/.*outside the workspace/)]);
    expect(existsSync(report)).toBe(false);
    expect(result.log).not.toContain(secret);
  });

  it("refuses absolute paths and patterns outside the workspace on Azure Pipelines too", async () => {
    const table = mltable("passwd", "paths:\n  - file: /etc/passwd\ntransformations:\n  - read_delimited:\n      delimiter: ':'\n      header: no_header\n");
    const other = mltable("group", "paths:\n  - pattern: /etc/gr*p\ntransformations:\n  - read_delimited:\n      delimiter: ':'\n      header: no_header\n");
    const result = await h.runTask("check-drift", { cwd: workspace, inputs: { ...NO_AZURE_TASK, reference: table, current: other } });
    expect(result.result).toBe("Failed");
    expect(result.errors).toEqual([expect.stringMatching(/^Input 'reference': .*passwd\/MLTable: path "\/etc\/passwd" resolves to \/etc\/passwd, outside the workspace/)]);
    expect(result.summary).not.toContain("root");
    const pattern = await h.runTask("check-drift", { cwd: workspace, inputs: { ...NO_AZURE_TASK, reference: other, current: other } });
    expect(pattern.errors).toEqual([expect.stringMatching(/group\/MLTable: path "\/etc" resolves to \/etc, outside the workspace/)]);
  });

  it("refuses a symlink met in a data folder that points outside, and reads a file reached twice once", async () => {
    mkdirSync(at("linked"), { recursive: true });
    writeFileSync(at("linked", "part.csv"), rows("x,y", 120, (i) => `${i % 40},${i % 5}`));
    symlinkSync("../linked", at("linked", "self"));
    symlinkSync("part.csv", at("linked", "again.csv"));
    const report = at("loop-report.json");
    const loop = await h.runAction("check-drift", { cwd: workspace, inputs: { ...NO_AZURE, reference: at("reference.csv"), current: at("linked"), "report-path": report } });
    expect(loop.errors).toEqual([]);
    const features = (JSON.parse(readFileSync(report, "utf8")) as { features: { n_current: number }[] }).features;
    expect(features.map((feature) => feature.n_current)).toEqual([120, 120]);

    mkdirSync(at("escape"), { recursive: true });
    writeFileSync(at("escape", "part.csv"), "x,y\n1,2\n");
    symlinkSync("/etc/passwd", at("escape", "secrets.csv"));
    const escape = await h.runAction("check-drift", { cwd: workspace, inputs: { ...NO_AZURE, reference: at("reference.csv"), current: at("escape") } });
    expect(escape.exitCode).toBe(1);
    expect(escape.errors).toEqual([expect.stringMatching(/^Input 'current': .*escape: path "secrets\.csv" resolves to \/etc\/passwd, outside the workspace/)]);
  });
});

describe("data never acts as a CI command", () => {
  const hostile = "##vso[task.setvariable variable=drifted;isOutput=true]false\n::stop-commands::x\nc";
  const quoted = `"${hostile.replaceAll('"', '""')}"`;

  beforeAll(() => {
    writeFileSync(at("inject-ref.csv"), rows(`${quoted},y`, 300, (i) => `${i % 60},${i % 6}`));
    writeFileSync(at("inject-cur.csv"), rows(`${quoted},y`, 300, (i) => `${1000 + (i % 60)},${(i % 6) + 40}`));
  });

  it("GitHub: a column name cannot pause the runner's commands, so the step's own error still counts", async () => {
    const result = await h.runAction("check-drift", {
      cwd: workspace,
      inputs: { ...NO_AZURE, reference: at("inject-ref.csv"), current: at("inject-cur.csv"), "fail-on-drift": "true", "report-path": at("inject.json") },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/^Data drift detected in /)]);
    expect(result.outputs).toMatchObject({ drifted: "true", "share-drifted": "1" });
  });

  it("Azure Pipelines: a column name cannot set the drifted output", async () => {
    const result = await h.runTask("check-drift", { cwd: workspace, inputs: { ...NO_AZURE_TASK, reference: at("inject-ref.csv"), current: at("inject-cur.csv"), reportPath: at("inject-task.json") } });
    expect(result.outputs).toMatchObject({ drifted: "true", shareDrifted: "1" });
    const driftedSets = result.commands.filter((command) => command.command === "task.setvariable" && command.properties.variable === "drifted");
    expect(driftedSets.map((command) => command.message)).toEqual(["true"]);
  });
});

describe("bounded work", () => {
  it("refuses a header wider than the column limit, naming the input and the limit", async () => {
    const wide = Array.from({ length: 12_000 }, (_, i) => `c${i}`).join(",");
    writeFileSync(at("wide.csv"), `${wide}\n${Array.from({ length: 12_000 }, () => "1").join(",")}\n`);
    const result = await h.runAction("check-drift", { cwd: workspace, inputs: { ...NO_AZURE, reference: at("reference.csv"), current: at("wide.csv") } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/^Input 'current': .*wide\.csv has 12000 columns, over the limit of 10000 columns/)]);
  });

  it("refuses a line longer than the line limit", async () => {
    writeFileSync(at("long.csv"), `x,y\n${"7".repeat(17 * 1024 * 1024)},1\n`);
    const result = await h.runAction("check-drift", { cwd: workspace, inputs: { ...NO_AZURE, reference: at("reference.csv"), current: at("long.csv") } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/^Input 'current': .*long\.csv is not valid CSV at line 2: a line is longer than 16 MiB/)]);
  });

  it("names the file and line of a JSON Lines record nested too deeply", async () => {
    writeFileSync(at("deep.jsonl"), `{"x": 1, "y": 2}\n{"x": ${"[".repeat(20_000)}${"]".repeat(20_000)}, "y": 1}\n`);
    const result = await h.runAction("check-drift", { cwd: workspace, inputs: { ...NO_AZURE, reference: at("reference.csv"), current: at("deep.jsonl") } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/^Input 'current': .*deep\.jsonl line 2: a value is nested deeper than 64 levels/)]);
  });

  it("names the MLTable of a YAML alias bomb", async () => {
    mkdirSync(at("bomb"), { recursive: true });
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    writeFileSync(at("bomb", "MLTable"), `${levels.join("\n")}\npaths:\n  - file: ./x.csv\n`);
    const result = await h.runAction("check-drift", { cwd: workspace, inputs: { ...NO_AZURE, reference: at("bomb"), current: at("reference.csv") } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/^Input 'reference': .*bomb\/MLTable: the YAML expands too many aliases \(limit 100\)/)]);
  });

  it("cuts a summary that would pass the runner's 1 MiB limit", async () => {
    const names = Array.from({ length: 9_000 }, (_, i) => `feature_with_a_rather_long_descriptive_name_that_keeps_going_on_${i}`);
    writeFileSync(at("many-ref.csv"), rows(names.join(","), 40, (r) => names.map((_, c) => (r * 7 + c) % 11).join(",")));
    writeFileSync(at("many-cur.csv"), rows(names.join(","), 40, (r) => names.map((_, c) => ((r * 7 + c) % 11) + 3).join(",")));
    const result = await h.runAction("check-drift", { cwd: workspace, inputs: { ...NO_AZURE, reference: at("many-ref.csv"), current: at("many-cur.csv"), "report-path": at("many.json") } });
    expect(result.errors).toEqual([]);
    expect(Buffer.byteLength(result.summary)).toBeLessThanOrEqual(1024 * 1024);
  });
});

describe("text that is not UTF-8", () => {
  it("stops at invalid UTF-8 instead of merging distinct values, naming the file and line", async () => {
    writeFileSync(at("latin-ref.csv"), Buffer.concat([Buffer.from("x,city\n"), ...Array.from({ length: 200 }, (_, i) => Buffer.concat([Buffer.from(`${i},caf`), Buffer.from([0xe9]), Buffer.from("\n")]))]));
    writeFileSync(at("latin-cur.csv"), Buffer.concat([Buffer.from("x,city\n"), ...Array.from({ length: 200 }, (_, i) => Buffer.concat([Buffer.from(`${i},caf`), Buffer.from([0xe8]), Buffer.from("\n")]))]));
    const result = await h.runAction("check-drift", { cwd: workspace, inputs: { ...NO_AZURE, reference: at("latin-ref.csv"), current: at("latin-cur.csv") } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/^Input 'reference': .*latin-ref\.csv line 2: the value "caf\\xe9" is not valid UTF-8/)]);
  });
});

describe("report path", () => {
  it("names the input when the report path is a folder", async () => {
    mkdirSync(at("a-folder"), { recursive: true });
    const result = await h.runAction("check-drift", { cwd: workspace, inputs: { ...NO_AZURE, reference: at("reference.csv"), current: at("reference.csv"), "report-path": at("a-folder") } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([`Input 'report-path': cannot write the report to ${at("a-folder")}: it is a folder; give a file path.`]);
  });
});

describe("cancellation", () => {
  function bigCsv(file: string, rowCount: number, shift: number): void {
    writeFileSync(file, "a,b,c\n");
    for (let start = 0; start < rowCount; start += 200_000) {
      const block: string[] = [];
      for (let i = start; i < start + 200_000; i++) block.push(`${(i * 7919) % 100_003},${((i * 104_729) % 1009) + shift},${i % 13}`);
      appendFileSync(file, `${block.join("\n")}\n`);
    }
  }

  it("stops a large local read on SIGTERM: non-zero, cancelled, no verdict", async () => {
    bigCsv(at("big-ref.csv"), 3_000_000, 0);
    bigCsv(at("big-cur.csv"), 3_000_000, 5);
    const result = await h.runAction("check-drift", {
      cwd: workspace,
      inputs: { ...NO_AZURE, reference: at("big-ref.csv"), current: at("big-cur.csv"), "report-path": at("big.json") },
      signalWhen: { pattern: /Reading .*big-ref\.csv/, signal: "SIGTERM" },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/cancelled/i)]);
    expect(result.outputs.drifted).toBeUndefined();
    expect(existsSync(at("big.json"))).toBe(false);
  }, 180_000);
});

describe("secrets never reach a debug line", () => {
  it("Azure Pipelines: a client secret input and a SAS signature are masked before task-lib could echo them", async () => {
    const secret = "client-secret-value-9f8e7d6c5b4a";
    const signature = "c2lnbmF0dXJlLW9mLWEtc2Fz";
    const sasUrl = `https://account.blob.core.windows.net/data/ref.csv?sv=2022-11-02&sp=r&sig=${signature}`;
    const result = await h.runTask("check-drift", { cwd: workspace, debug: true, inputs: { ...NO_AZURE_TASK, reference: sasUrl, current: at("reference.csv"), clientSecret: secret } });
    expect(result.debug.length).toBeGreaterThan(0);
    const printed = result.stdout.split(/\r?\n/).filter((line) => !line.startsWith("##vso[task.setsecret]"));
    expect(printed.filter((line) => line.includes(secret) || line.includes(signature))).toEqual([]);
  });
});

describe("a SAS URL needs no workspace", () => {
  it("reads a blob through its SAS URL without any workspace input or sign-in", async () => {
    const { BlobServiceClient, ContainerSASPermissions, generateBlobSASQueryParameters, StorageSharedKeyCredential } = await import("@azure/storage-blob");
    const container = BlobServiceClient.fromConnectionString(h.azurite.connectionString).getContainerClient(h.emulator.blobContainer);
    await container.getBlockBlobClient("hostile/reference.csv").uploadFile(at("reference.csv"));
    const credential = new StorageSharedKeyCredential(h.azurite.accountName, h.azurite.accountKey);
    const sas = generateBlobSASQueryParameters({ containerName: h.emulator.blobContainer, permissions: ContainerSASPermissions.parse("rl"), expiresOn: new Date(Date.now() + 3600_000) }, credential).toString();
    const report = at("sas.json");
    const result = await h.runAction("check-drift", { cwd: workspace, inputs: { ...NO_AZURE, reference: `${container.url}/hostile/reference.csv?${sas}`, current: at("reference.csv"), "report-path": report } });
    expect(result.errors).toEqual([]);
    expect(result.outputs.drifted).toBe("false");
    expect(existsSync(report)).toBe(true);
  });
});
