import type { ReportingSettings } from "../core/pull-request";
import type { Host } from "./port";

const FORMATS = ["json", "slack", "teams"] as const;

/** The shared reporting inputs, already validated by the step's input schema. */
export function readReporting(host: Pick<Host, "getInput" | "context">): ReportingSettings {
  const format = host.getInput("webhook-format");
  return {
    noteKey: host.getInput("note-key")?.trim() || host.context.workflow || "amlops",
    webhookFormat: FORMATS.find((known) => known === format) ?? "json",
    webhookAllowPrivate: host.getInput("webhook-allow-private")?.toLowerCase() === "true",
    governanceFile: host.getInput("governance-file"),
  };
}

/** The secrets a host registered, to keep them out of what it posts (notes, statuses, webhooks). */
export class SecretMask {
  private readonly secrets = new Set<string>();

  add(value: string): void {
    if (value.length >= 4) this.secrets.add(value);
  }

  mask(text: string): string {
    let masked = text;
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) masked = masked.split(secret).join("***");
    return masked;
  }
}
