import { createHash, randomBytes } from "node:crypto";

// "pt_" names the issuer, so secret scanners (and people) can tell a leaked token from other strings.
const PREFIX = "pt_";
const PATTERN = /^pt_[A-Za-z0-9_-]{43}$/;

/** 32 random bytes after the prefix; only the SHA-256 is stored, so the database holds no working token. */
export function newApiToken(): { token: string; tokenHash: string } {
  const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashApiToken(token) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Whether a string is shaped like one of our tokens (anything else is not looked up). */
export const isApiTokenShaped = (value: string) => PATTERN.test(value);

export type TokenState = "active" | "expired" | "revoked";

export function tokenState(token: { expiresAt: Date; revokedAt: Date | null }, now = new Date()): TokenState {
  if (token.revokedAt) return "revoked";
  return token.expiresAt <= now ? "expired" : "active";
}
