// Stages the Azure DevOps extension (manifest, details page, license, icons, each task's task.json, icon and bundle) and packs it with tfx.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const stage = join(root, "build/extension");
const manifest = JSON.parse(readFileSync(join(root, "vss-extension.json"), "utf8"));

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
cpSync(join(root, "vss-extension.json"), join(stage, "vss-extension.json"));
cpSync(join(root, manifest.content.details.path), join(stage, manifest.content.details.path));
cpSync(join(root, manifest.content.license.path), join(stage, manifest.content.license.path));
cpSync(join(root, "images"), join(stage, "images"), { recursive: true });
for (const { path } of manifest.files.filter((file) => file.path.startsWith("tasks/"))) {
  const bundle = join(root, path, "dist/main.mjs");
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`node scripts/build.mjs --tasks\` first.`);
  cpSync(join(root, path, "task.json"), join(stage, path, "task.json"));
  cpSync(join(root, path, "icon.png"), join(stage, path, "icon.png"));
  cpSync(join(root, path, "dist"), join(stage, path, "dist"), { recursive: true });
}
const output = join(root, "build", `${manifest.publisher}.${manifest.id}-${manifest.version}.vsix`);
execFileSync(
  process.execPath,
  [join(root, "node_modules/tfx-cli/_build/tfx-cli.js"), "extension", "create", "--root", stage, "--manifest-globs", "vss-extension.json", "--output-path", output, "--no-prompt", "--json"],
  { stdio: ["ignore", "pipe", "inherit"], cwd: stage },
);
console.log(`packed ${output}`);
