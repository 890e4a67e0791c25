import { execFileSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "../..");

// ESLint loads eslint.config.mjs with import(), which CommonJS jest cannot run: the Node API runs in a child.
const LINT = `
import { ESLint } from "eslint";
const { files, texts } = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd() });
const results = [...(files.length ? await eslint.lintFiles(files) : [])];
for (const { filePath, code } of texts) results.push(...(await eslint.lintText(code, { filePath })));
const offences = results.map((result) => result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => result.filePath + ": " + m.message));
process.stdout.write(JSON.stringify(offences));
`;

function restrictedImports(request: { files?: string[]; texts?: { filePath: string; code: string }[] }): string[][] {
  const payload = { files: (request.files ?? []).map((file) => join(root, file)), texts: (request.texts ?? []).map((text) => ({ ...text, filePath: join(root, text.filePath) })) };
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", LINT, JSON.stringify(payload)], { cwd: root, encoding: "utf8" }));
}

const FORBIDDEN = [
  { filePath: "shared/drift/layer-fixture.ts", code: 'import type { Host } from "../host/port";\nexport type H = Host;\n' },
  { filePath: "shared/drift/azure/layer-fixture.ts", code: 'import type { Host } from "../../host/port";\nexport type H = Host;\n' },
  { filePath: "shared/azure/layer-fixture.ts", code: 'import { connectWorkspace } from "../steps/workspace-inputs";\nexport const c = connectWorkspace;\n' },
  { filePath: "shared/jobs/layer-fixture.ts", code: 'import { parseInputs } from "../inputs/parse";\nexport const p = parseInputs;\n' },
  { filePath: "shared/governance/layer-fixture.ts", code: 'import * as core from "@actions/core";\nexport const c = core;\n' },
  { filePath: "shared/rollout/layer-fixture.ts", code: 'import type { Host } from "../host/port";\nexport type H = Host;\n' },
  { filePath: "shared/gate/layer-fixture.ts", code: 'import type { Host } from "../host/port";\nexport type H = Host;\n' },
  { filePath: "shared/registry/layer-fixture.ts", code: 'import { connectWorkspace } from "../steps/workspace-inputs";\nexport const c = connectWorkspace;\n' },
  { filePath: "shared/core/layer-fixture.ts", code: 'import type { Workspace } from "../azure/workspace";\nexport type W = Workspace;\n' },
];
const ALLOWED = [
  { filePath: "shared/drift/azure/layer-fixture.ts", code: 'import type { Log } from "../../core/log";\nimport type { Workspace } from "../../azure/workspace";\nexport type Both = [Log, Workspace];\n' },
  { filePath: "shared/steps/layer-fixture.ts", code: 'import type { Host } from "../host/port";\nexport type H = Host;\n' },
];

describe("layers (ESLint zones)", () => {
  it("refuses an import of the host, the steps or the inputs in every service folder, and of a service in shared/core", () => {
    const offences = restrictedImports({ texts: FORBIDDEN });
    expect(offences.map((found) => found.length)).toEqual(FORBIDDEN.map(() => 1));
  });

  it("allows a service to import shared/core and other services, and a step to import the host port", () => {
    expect(restrictedImports({ texts: ALLOWED })).toEqual(ALLOWED.map(() => []));
  });

  it("finds no such import in the services as they are", () => {
    const offences = restrictedImports({ files: ["shared/azure", "shared/jobs", "shared/drift", "shared/governance", "shared/core"] }).flat();
    expect(offences).toEqual([]);
  });
});
