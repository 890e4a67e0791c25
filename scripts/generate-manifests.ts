import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderAllManifests } from "./manifests";

const root = join(__dirname, "..");
for (const [path, content] of Object.entries(renderAllManifests())) {
  writeFileSync(join(root, path), content);
  console.log(`wrote ${path}`);
}
