import type { NoteComment, NoteStore } from "../../shared/core/pull-request";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Comments of one pull request in memory, last writer wins as on GitHub and Azure DevOps. Reads answer after
 * `readDelayMs` with what was there when they arrived, so concurrent writers race as they do over HTTP.
 */
export class MemoryNoteStore implements NoteStore {
  readonly comments: NoteComment[] = [];
  readonly calls: string[] = [];
  private nextId = 100;

  constructor(
    readonly maxLength = 65_536,
    private readonly readDelayMs = 0,
  ) {}

  async list(): Promise<NoteComment[]> {
    this.calls.push("list");
    const snapshot = this.comments.map((comment) => ({ ...comment }));
    await pause(this.readDelayMs);
    return snapshot;
  }
  async create(body: string): Promise<NoteComment> {
    this.calls.push("create");
    if (body.length > this.maxLength) throw new Error("body is too long");
    const comment = { id: String(this.nextId++), body };
    this.comments.push(comment);
    return { ...comment };
  }
  async update(id: string, body: string): Promise<void> {
    this.calls.push("update");
    if (body.length > this.maxLength) throw new Error("body is too long");
    const comment = this.comments.find((c) => c.id === id);
    if (!comment) throw new Error(`no comment ${id}`);
    comment.body = body;
  }
  async remove(id: string): Promise<void> {
    this.calls.push("remove");
    const index = this.comments.findIndex((c) => c.id === id);
    if (index >= 0) this.comments.splice(index, 1);
  }
}
