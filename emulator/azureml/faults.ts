export type Fault =
  /** Answer with this status (429, 500, 503…) and the ARM error shape; Retry-After in seconds when given. */
  | { kind: "status"; status: number; retryAfterSeconds?: number; code?: string; message?: string }
  /** Destroy the socket without answering. */
  | { kind: "drop" }
  /** Hold the request, then serve it normally. */
  | { kind: "delay"; ms: number }
  /** The long-running operation the matching request starts ends Failed with this message. */
  | { kind: "lroFailure"; message: string; code?: string }
  /** The online deployment the matching request creates or updates ends with provisioningState Failed. */
  | { kind: "provisioningFailure"; message: string };

export interface FaultRule {
  /** Any method when omitted. */
  method?: string;
  /** Path glob: `*` one segment, `**` any number of segments; case-insensitive; the query is ignored. */
  path: string;
  /** How many matching requests it applies to; 1 when omitted, Infinity for all. */
  count?: number;
  fault: Fault;
}

interface ActiveRule extends FaultRule {
  id: number;
  remaining: number;
  regex: RegExp;
  hits: number;
}

function globToRegex(glob: string): RegExp {
  const source = glob
    .split("/")
    .map((segment) => (segment === "**" ? ".*" : segment.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*")))
    .join("/");
  return new RegExp(`^${source}/?$`, "i");
}

export class Faults {
  private rules: ActiveRule[] = [];
  private nextId = 1;

  add(rule: FaultRule): number {
    const id = this.nextId++;
    this.rules.push({ ...rule, id, remaining: rule.count ?? 1, regex: globToRegex(rule.path), hits: 0 });
    return id;
  }

  remove(id: number): void {
    this.rules = this.rules.filter((rule) => rule.id !== id);
  }

  clear(): void {
    this.rules = [];
  }

  list(): { id: number; method?: string; path: string; remaining: number; hits: number; fault: Fault }[] {
    return this.rules.map(({ id, method, path, remaining, hits, fault }) => ({ id, method, path, remaining, hits, fault }));
  }

  /** Consumes one use of the first rule matching the request whose fault is of one of the kinds. */
  take<K extends Fault["kind"]>(method: string, path: string, kinds: K[]): Extract<Fault, { kind: K }> | undefined {
    const rule = this.rules.find((candidate) =>
      candidate.remaining > 0 &&
      (kinds as string[]).includes(candidate.fault.kind) &&
      (!candidate.method || candidate.method.toUpperCase() === method.toUpperCase()) &&
      candidate.regex.test(path));
    if (!rule) return undefined;
    rule.remaining -= 1;
    rule.hits += 1;
    return rule.fault as Extract<Fault, { kind: K }>;
  }
}
