/**
 * The task's inputs as the agent hands them over, read before azure-pipelines-task-lib is loaded: task-lib moves
 * `INPUT_*` into its vault on load and prints `name=value` in a debug line whenever an input is read through it,
 * so a secret read that way reaches the log before it can be masked. Import this module before task-lib.
 */
const captured = new Map<string, string>();
for (const [name, value] of Object.entries(process.env)) {
  if (name.startsWith("INPUT_") && value !== undefined) captured.set(name, value);
}

/** The raw value of a task input by its camelCase name (task-lib's key: upper case, dots and spaces as `_`). */
export function capturedTaskInput(name: string): string | undefined {
  return captured.get(`INPUT_${name.replace(/[.\s]/g, "_").toUpperCase()}`);
}

/** The query string of a URL carrying a SAS signature (`sig=`), which grants access on its own. */
export function sasQuery(value: string): string | undefined {
  const query = /\?([^#\s]*\bsig=[^#\s]*)/i.exec(value);
  return query?.[1];
}
