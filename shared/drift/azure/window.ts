import { SettingError } from "../../core/errors";

/** A time window, `from` included and `to` excluded. */
export interface TimeWindow {
  from: Date;
  to: Date;
}

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const DURATION = /^(\d+(?:\.\d+)?)\s*(m|min|mins|minutes?|h|hours?|d|days?|w|weeks?)$/i;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * The window a drift check reads: explicit ISO 8601 `from` (and `to`, default now), which takes
 * precedence over `window`; else `window` (`90m`, `24h`, `7d`, `2w`) counted back from `to` (default
 * now). Times without an offset are UTC. The window is still validated when `from` overrides it.
 * A bad value is a SettingError on "window", "from" or "to".
 */
export function parseWindow(
  window: string | undefined,
  from: string | undefined,
  to: string | undefined,
  now: Date = new Date(),
): TimeWindow {
  const duration = window === undefined || window.trim() === "" ? undefined : parseDuration(window);
  const start = from === undefined || from.trim() === "" ? undefined : parseInstant(from, "from");
  const end = to === undefined || to.trim() === "" ? undefined : parseInstant(to, "to");
  let result: TimeWindow;
  if (start !== undefined) result = { from: start, to: end ?? now };
  else if (duration !== undefined) {
    const until = end ?? now;
    result = { from: new Date(until.getTime() - duration), to: until };
  } else if (end !== undefined) {
    throw new SettingError("to", (name) => `Input '${name("to")}' needs '${name("from")}' or '${name("window")}' (e.g. 24h) to say where the window starts.`);
  } else {
    throw new SettingError(
      "window",
      (name) => `A time window is required: set '${name("window")}' (e.g. 90m, 24h, 7d) or '${name("from")}' (ISO 8601, e.g. 2024-05-01T00:00:00Z) and optionally '${name("to")}'.`,
    );
  }
  if (result.from.getTime() >= result.to.getTime()) {
    throw new SettingError("from", `${result.from.toISOString()} is not earlier than the window's end (${result.to.toISOString()}).`);
  }
  return result;
}

function parseDuration(value: string): number {
  const match = DURATION.exec(value.trim());
  const amount = match ? Number(match[1]) : NaN;
  if (!match || !(amount > 0)) {
    throw new SettingError("window", `"${value}" is not a positive duration; expected minutes, hours, days or weeks, e.g. 90m, 24h, 7d, 2w.`);
  }
  return Math.round(amount * UNIT_MS[match[2][0].toLowerCase()]);
}

function parseInstant(value: string, setting: "from" | "to"): Date {
  const text = value.trim();
  const match = ISO_DATE_TIME.exec(text);
  if (match) {
    const [, year, month, day, hour = "00", minute = "00", second = "00", fraction = "", zone = "Z"] = match;
    const offset = zone.toUpperCase() === "Z" ? "Z" : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
    const millis = fraction === "" ? "" : fraction.slice(0, 4).padEnd(4, "0");
    const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${millis}${offset}`);
    if (!Number.isNaN(date.getTime()) && isCalendarValid(Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second))) return date;
  }
  throw new SettingError(setting, `"${value}" is not a date; expected an ISO 8601 date or date-time, e.g. 2024-05-01 or 2024-05-01T13:30:00Z (UTC unless an offset is given).`);
}

function isCalendarValid(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}
