import type { IncomingHttpHeaders } from "node:http";
import { armError, type EmulatorResponse } from "./http";

function decodeJwtPayload(token: string): Record<string, unknown> | undefined {
  const parts = token.split(".");
  if (parts.length !== 3) return undefined;
  try {
    const payload: unknown = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
    return typeof payload === "object" && payload !== null ? (payload as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const header = headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(header);
  return match?.[1].trim();
}

/** Token validation tolerates this much clock skew, as Microsoft Entra token validation does (there: 5 minutes). */
const CLOCK_SKEW_MS = 5_000;

/** Checks an ARM bearer token the way ARM's front door does; the signature is not checked. */
export function checkArmToken(headers: IncomingHttpHeaders, now: Date): EmulatorResponse | undefined {
  const token = bearerToken(headers);
  if (!token) {
    return armError(401, "AuthenticationFailed", "Authentication failed. The 'Authorization' header is missing.",
      { "WWW-Authenticate": 'Bearer authorization_uri="https://login.microsoftonline.com/common", error="invalid_token"' });
  }
  const payload = decodeJwtPayload(token);
  if (!payload) {
    return armError(401, "InvalidAuthenticationToken", "The access token is invalid.");
  }
  const exp = payload.exp;
  if (typeof exp === "number" && exp * 1000 + CLOCK_SKEW_MS <= now.getTime()) {
    return armError(401, "ExpiredAuthenticationToken",
      "The access token expiry UTC time '" + new Date(exp * 1000).toUTCString() + "' is earlier than current UTC time '" +
      now.toUTCString() + "'.");
  }
  return undefined;
}
