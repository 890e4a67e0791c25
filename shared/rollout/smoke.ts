import { SettingError } from "../core/errors";

/** What the smoke request's answer must look like. */
export interface SmokeExpectation {
  status: number;
  /** `$.path` that must exist, optionally with the JSON value it must equal. */
  jsonPath?: { path: (string | number)[]; text: string; equals?: unknown };
  regex?: RegExp;
}

export interface SmokeAnswer {
  status: number;
  body: string;
}

/** Parses `smoke-expect`: empty, `$.path`, `$.path == <json>`, or `/regex/flags`. */
export function parseSmokeExpectation(status: number, text: string | undefined): SmokeExpectation {
  const value = (text ?? "").trim();
  if (value === "") return { status };
  const regex = /^\/(.*)\/([a-z]*)$/s.exec(value);
  if (regex) {
    try {
      return { status, regex: new RegExp(regex[1], regex[2]) };
    } catch (error) {
      throw new SettingError("smokeExpect", `invalid regular expression: ${(error as Error).message}`);
    }
  }
  if (value.startsWith("$")) {
    const [pathText, equalsText] = value.split(/\s*==\s*/, 2);
    let equals: unknown;
    if (equalsText !== undefined) {
      try {
        equals = JSON.parse(equalsText);
      } catch {
        throw new SettingError("smokeExpect", `the value after '==' must be JSON (e.g. 1, "yes", [0,1]), got '${equalsText}'.`);
      }
    }
    return { status, jsonPath: { path: parseJsonPath(pathText), text: pathText, ...(equalsText === undefined ? {} : { equals }) } };
  }
  throw new SettingError("smokeExpect", `expected a JSON path ($.predictions[0], optionally '== <json>') or a /regex/, got '${value}'.`);
}

/** `$`, `$.a.b`, `$[0]`, `$.a[1].b`, `$['key']`. */
export function parseJsonPath(text: string): (string | number)[] {
  const segments: (string | number)[] = [];
  const pattern = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\['([^']*)'\]/y;
  pattern.lastIndex = 1;
  if (!text.startsWith("$")) throw new SettingError("smokeExpect", `a JSON path starts with '$', got '${text}'.`);
  while (pattern.lastIndex < text.length) {
    const at = pattern.lastIndex;
    const match = pattern.exec(text);
    if (!match) throw new SettingError("smokeExpect", `cannot read the JSON path '${text}' at position ${at + 1}.`);
    segments.push(match[1] ?? (match[2] !== undefined ? Number(match[2]) : match[3]));
  }
  return segments;
}

/** Why the answer does not meet the expectation, or undefined when it does. */
export function smokeMismatch(expectation: SmokeExpectation, answer: SmokeAnswer): string | undefined {
  if (answer.status !== expectation.status) return `status ${answer.status}, expected ${expectation.status}`;
  if (expectation.regex && !expectation.regex.test(answer.body)) return `body does not match ${expectation.regex}`;
  if (expectation.jsonPath) {
    let value: unknown;
    try {
      value = JSON.parse(answer.body);
    } catch {
      return "body is not JSON";
    }
    for (const segment of expectation.jsonPath.path) {
      if (value === null || typeof value !== "object" || !(segment in (value as object))) return `${expectation.jsonPath.text} is missing`;
      value = (value as Record<string | number, unknown>)[segment];
    }
    if ("equals" in expectation.jsonPath && JSON.stringify(value) !== JSON.stringify(expectation.jsonPath.equals)) {
      return `${expectation.jsonPath.text} is ${JSON.stringify(value)}, expected ${JSON.stringify(expectation.jsonPath.equals)}`;
    }
  }
  return undefined;
}
