// Third-party notices for a bundle: every package esbuild put into it, with its license text.
// (The bundler drops license comments, so the notices travel as a file beside the bundle.)
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const PACKAGE_DIR = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//;
const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/** The package folders a bundle's metafile names, sorted by package name. */
export function bundledPackages(root, metafile) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const match = PACKAGE_DIR.exec(input);
    if (match) dirs.add(match[1]);
  }
  return [...dirs]
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
      const texts = readdirSync(join(root, dir))
        .filter((file) => LICENSE_FILE.test(file))
        .sort()
        .map((file) => readFileSync(join(root, dir, file), "utf8").trim());
      return { name: manifest.name, version: manifest.version, license: manifest.license ?? "see text", texts };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))
    .filter((pkg, index, all) => index === 0 || pkg.name !== all[index - 1].name || pkg.version !== all[index - 1].version);
}

export function writeNotices(root, metafile, file) {
  const packages = bundledPackages(root, metafile);
  const sections = packages.map((pkg) => {
    const text = pkg.texts.length ? pkg.texts.join("\n\n") : `Licensed under ${pkg.license}; the package ships no license file.`;
    return `## ${pkg.name} ${pkg.version} (${pkg.license})\n\n\`\`\`\`text\n${text}\n\`\`\`\`\n`;
  });
  const header = `# Third-party notices\n\nThis bundle contains the following ${packages.length} packages, each under its own license.\n\n`;
  writeFileSync(file, header + sections.join("\n"));
  return packages;
}

