import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { STEP_IDS, TASK_NAMES } from "../../shared/core/steps";

// Packs the .vsix as `npm run package` does (from the task bundles `npm test` builds first) and reads it
// back as the Marketplace does.
const root = join(__dirname, "../..");
let vsix: JSZip;
let files: string[];

beforeAll(async () => {
  const packed = execFileSync(process.execPath, [join(root, "scripts/package-extension.mjs")], { cwd: root, encoding: "utf8" });
  const path = /packed (\S+\.vsix)/.exec(packed)?.[1];
  expect(path).toBeDefined();
  vsix = await JSZip.loadAsync(readFileSync(path!));
  files = Object.keys(vsix.files).filter((name) => !vsix.files[name].dir);
}, 120_000);

/** The step-specific source files a task's bundle was built from (build/bundle-meta, written by the build). */
function stepSources(task: string): string[] {
  const { inputs } = JSON.parse(readFileSync(join(root, "build/bundle-meta", `${task}.json`), "utf8")) as { inputs: string[] };
  return inputs.filter((input) => /^shared\/steps\/(train|evaluate-gate|register|deploy-canary|check-drift)[.-]/.test(input));
}

describe("the Azure DevOps extension package", () => {
  it("holds the details page, license and icons its manifest names", async () => {
    const manifest = JSON.parse(readFileSync(join(root, "vss-extension.json"), "utf8"));
    for (const path of [manifest.content.details.path, manifest.content.license.path, manifest.icons.default]) expect(files).toContain(path);
    const details = await vsix.file(manifest.content.details.path)!.async("string");
    expect(details).not.toMatch(/npm (ci|test|run)/);
  });

  it.each(STEP_IDS)("the %s task folder holds its task.json, icon, bundle and third-party notices", async (step) => {
    const folder = `tasks/${TASK_NAMES[step]}`;
    for (const file of ["task.json", "icon.png", "dist/main.mjs", "dist/THIRD-PARTY-NOTICES.md"]) expect(files).toContain(`${folder}/${file}`);
    const notices = await vsix.file(`${folder}/dist/THIRD-PARTY-NOTICES.md`)!.async("string");
    const { inputs } = JSON.parse(readFileSync(join(root, "build/bundle-meta", `${TASK_NAMES[step]}.json`), "utf8")) as { inputs: string[] };
    const packages = new Set(inputs.map((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1]).filter(Boolean));
    expect(packages.size).toBeGreaterThan(0);
    for (const name of packages) expect(notices).toContain(`## ${name} `);
  });

  it.each(STEP_IDS)("the %s task's bundle carries its own step only", (step) => {
    const sources = stepSources(TASK_NAMES[step]);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).toMatch(new RegExp(`^shared/steps/${step}[.-]`));
  });

  it("each task's bundle is packed once", () => {
    const mains = files.filter((name) => name.endsWith("/dist/main.mjs"));
    expect(mains.sort()).toEqual(STEP_IDS.map((step) => `tasks/${TASK_NAMES[step]}/dist/main.mjs`).sort());
  });
});
