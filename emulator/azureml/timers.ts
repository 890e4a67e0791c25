/** setTimeout calls that are all cancelled when the emulator closes. */
export class Timers {
  private readonly pending = new Set<NodeJS.Timeout>();
  private closed = false;

  after(ms: number, action: () => void | Promise<void>): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.pending.delete(timer);
      void Promise.resolve()
        .then(action)
        .catch(() => undefined);
    }, ms);
    this.pending.add(timer);
  }

  wait(ms: number): Promise<void> {
    return new Promise((resolve) => this.after(ms, resolve));
  }

  get isClosed(): boolean {
    return this.closed;
  }

  close(): void {
    this.closed = true;
    for (const timer of this.pending) clearTimeout(timer);
    this.pending.clear();
  }
}
