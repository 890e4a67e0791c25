// Starts the Azure ML emulator, Azurite and the sign-in fakes, prints how to point a workflow at them, and
// keeps running until Ctrl+C.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startHarness } from "../emulator/harness";

async function main(): Promise<void> {
  const harness = await startHarness();
  const settings = join(tmpdir(), "amlops-emulator.env");
  const lines = [
    `NODE_EXTRA_CA_CERTS=${harness.caCertPath}`,
    `INPUT_SUBSCRIPTION-ID=${harness.emulator.subscriptionId}`,
    `INPUT_RESOURCE-GROUP=${harness.emulator.resourceGroup}`,
    `INPUT_WORKSPACE-NAME=${harness.emulator.workspaceName}`,
    `INPUT_ARM-ENDPOINT=${harness.emulator.url}`,
    `INPUT_AUTHORITY-HOST=${harness.entra.url}`,
    `INPUT_CLIENT-ID=${harness.clientId}`,
    `INPUT_TENANT-ID=${harness.tenantId}`,
    `INPUT_CLIENT-SECRET=${harness.clientSecret}`,
  ];
  writeFileSync(settings, `${lines.join("\n")}\n`);
  // The same settings as flags of the terminal command (`npx amlops`).
  const flags = join(tmpdir(), "amlops-emulator.args");
  writeFileSync(flags, `${lines.filter((line) => line.startsWith("INPUT_")).map((line) => line.replace(/^INPUT_([^=]+)=/, (_, name: string) => `--${name.toLowerCase()} `)).join(" ")}\n`);
  console.log(`Azure ML emulator: ${harness.emulator.url}  (state: ${harness.emulator.url}/_emulator/state)`);
  console.log(`Azurite blob:      ${harness.azurite.blobUrl}`);
  console.log(`Entra fake:        ${harness.entra.url}`);
  console.log(`GitHub API fake:   ${harness.github.url}`);
  console.log(`\nRun a bundled action against it, e.g.:\n  env $(cat ${settings} | xargs) INPUT_JOB-FILE=examples/credit-default/job.yml node dist/train.mjs`);
  console.log(`or a step from the terminal:\n  NODE_EXTRA_CA_CERTS=${harness.caCertPath} npx amlops train $(cat ${flags}) --job-file examples/credit-default/job.yml --dry-run true\n`);
  console.log("Ctrl+C stops everything.");
  const stop = async () => {
    await harness.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

void main();
