/**
 * The deprecated `{inputs.x}` / `{outputs.x}` / `{search_space.x}` of a command, written `${{…}}` as the SDK's
 * `map_single_brackets_and_warn` writes them before sending; `${{…}}` and `{{…}}` are left alone.
 */
export function mapSingleBrackets(command: string): string {
  return command.replace(/(?<!\{)\{(inputs|outputs|search_space)\.([^}]*)\}(?!\})/g, (_match, prefix: string, name: string) => `\${{${prefix}.${name}}}`);
}
