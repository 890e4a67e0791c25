/**
 * Dry-run converts every real-world job file under test/fixtures/jobs/real-world and prints the share accepted,
 * each refusal with its message, and any accepted body the REST spec check rejects.
 * Run: npx tsx bench/job-corpus.ts
 */
import { acceptance, convertCorpus, secondCorpus, submittableShare } from "../test/jobs/real-world";
import { KNOWN_REFUSALS, REFUSAL_KINDS } from "../test/jobs/real-world-refusals";

async function main(): Promise<void> {
  const results = await convertCorpus();
  for (const result of results) {
    if (result.refused) {
      const known = KNOWN_REFUSALS[result.file];
      console.log(`refused  ${result.file}\n         ${result.refused.split("\n")[0]}\n         ${known ? `listed: ${REFUSAL_KINDS[known]}` : "NOT LISTED in test/jobs/real-world-refusals.ts"}`);
    } else if (result.specErrors?.length) console.log(`SPEC     ${result.file}\n         ${result.specErrors.join("\n         ")}`);
  }
  const accepted = results.filter((result) => result.request).length;
  const specFailures = results.filter((result) => result.specErrors?.length).length;
  console.log(`accepted ${accepted}/${results.length} (${(100 * acceptance(results)).toFixed(1)} %); accepted bodies failing the spec check: ${specFailures}`);
  const second = secondCorpus(results);
  const repositories = new Set(second.map((result) => result.file.split("/")[0])).size;
  console.log(`second corpus (${repositories} repositories): accepted ${second.filter((result) => result.request).length}/${second.length} (${(100 * acceptance(second)).toFixed(1)} %)`);
  console.log(`files the CLI takes as written (all but placeholders, missing paths, the preview CLI's syntax and mistakes): ${(100 * submittableShare(results)).toFixed(1)} % accepted`);
}

void main();
