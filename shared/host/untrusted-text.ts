import { randomUUID } from "node:crypto";
import { EOL } from "node:os";

/**
 * GitHub: the runner obeys no workflow command between `::stop-commands::<token>` and `::<token>::`;
 * the token is random per call, so the text cannot end the pause itself.
 */
export function withoutWorkflowCommands(text: string): string {
  const token = randomUUID();
  return `::stop-commands::${token}${EOL}${text}${EOL}::${token}::${EOL}`;
}

/** Azure Pipelines: the agent reads `##vso[` anywhere in a line and `##[` logging formats; a zero-width joiner breaks both. */
export function neutralizeAgentCommands(text: string): string {
  return text.replace(/##(?=(?:vso)?\[)/gi, "#\u200d#");
}
