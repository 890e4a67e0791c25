import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);

// shared/host/github-pull-request-target.ts
function pullRequestRepository(context, target) {
  let [owner, repo] = (context.repository ?? "").split("/");
  if (!(!owner || !repo) && !(context.pullRequest === void 0 && target !== "commit-pr"))
    return { owner, repo };
}

export {
  pullRequestRepository
};
