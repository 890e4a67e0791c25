// What azure-pipelines-task-lib's task.js requires for tool running (ToolRunner, q), file matching
// (minimatch) and external output streams: the tasks call none of them, and leaving them out of the
// bundles saves their parsing at every start (bench/startup.ts). Any use fails with this message.
"use strict";
// A function, not an arrow: `new ToolRunner(…)` must reach the message too.
function leftOut() {
  throw new Error("This part of azure-pipelines-task-lib is left out of the amlops bundles (scripts/build.mjs).");
}
module.exports = new Proxy(leftOut, {
  get: (_, name) => (name === "__esModule" ? undefined : leftOut),
  apply: leftOut,
  construct: leftOut,
});
