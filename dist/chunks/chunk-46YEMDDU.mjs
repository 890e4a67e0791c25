import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);

// shared/governance/event.ts
function createEvent(step, context, fields, now = /* @__PURE__ */ new Date()) {
  return {
    step,
    time: now.toISOString(),
    actor: context.actor,
    repository: context.repository,
    ref: context.ref,
    sha: context.sha,
    pullRequest: context.pullRequest,
    pullRequestTitle: context.pullRequestTitle,
    runUrl: context.runUrl,
    subject: {},
    evidence: {},
    links: [],
    ...fields
  };
}
function lineageTags(context) {
  let tags = {
    "amlops.repository": context.repository,
    "amlops.commit": context.sha,
    "amlops.ref": context.ref,
    "amlops.pull-request": context.pullRequest?.toString(),
    "amlops.run-url": context.runUrl,
    "amlops.actor": context.actor
  };
  return Object.fromEntries(Object.entries(tags).filter((entry) => !!entry[1]));
}

export {
  createEvent,
  lineageTags
};
