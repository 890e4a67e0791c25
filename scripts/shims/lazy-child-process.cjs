// azure-pipelines-task-lib's task.js requires child_process at load for one Windows path of rmRF, which
// the tasks never take: the module loads on first use instead of at every start (bench/startup.ts).
"use strict";
let childProcess;
module.exports = new Proxy({}, {
  get: (_, name) => (childProcess ??= require("node:child_process"))[name],
});
