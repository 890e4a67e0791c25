import { capMarkdown, LIMITS } from "../core/limits";

const CUT_NOTE = "The summary was cut here: a step summary holds at most 1 MiB. The step's log and report hold every detail.";

/** What is left of the step summary's size limit; markdown past it is cut with a note. */
export class SummaryBudget {
  private used = 0;

  /** The part of `markdown` that fits (empty once the limit is reached). */
  take(markdown: string): string {
    const room = LIMITS.maxSummaryBytes - this.used;
    if (room <= 0) return "";
    const text = capMarkdown(markdown, room, CUT_NOTE);
    this.used += Buffer.byteLength(text) + 1;
    return text;
  }
}
