/** `resource-group` → `resourceGroup`: Azure Pipelines names are camelCase, GitHub names kebab-case. */
export function toCamelCase(kebab: string): string {
  return kebab.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
