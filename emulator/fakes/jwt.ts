import { randomUUID } from "node:crypto";

export type JwtClaims = Record<string, unknown>;

/** Unsigned JWT (`alg: none`): these fakes trust each other, nothing verifies signatures. */
export function issueJwt(claims: JwtClaims, header: JwtClaims = {}): string {
  const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${encode({ typ: "JWT", alg: "none", ...header })}.${encode(claims)}.${Buffer.from(randomUUID()).toString("base64url")}`;
}

/** Decodes a JWT's payload without verifying it; undefined when it is not a JWT. */
export function decodeJwt(token: string): JwtClaims | undefined {
  const parts = token.split(".");
  if (parts.length !== 3) return undefined;
  try {
    const payload: unknown = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
    return payload && typeof payload === "object" ? (payload as JwtClaims) : undefined;
  } catch {
    return undefined;
  }
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** Standard time claims for a token valid from now for `lifetimeSeconds`. */
export function timeClaims(lifetimeSeconds: number): { iat: number; nbf: number; exp: number; jti: string } {
  const now = nowSeconds();
  return { iat: now, nbf: now, exp: now + lifetimeSeconds, jti: randomUUID() };
}
