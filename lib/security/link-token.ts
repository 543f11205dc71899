import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";

/**
 * Tokens of links that grant something (invites, share links): 32 random bytes in base64url, 43 characters. Only the
 * SHA-256 is stored, so a copy of the database holds no working link; anything not shaped like a token is not looked up.
 */
export const ZLinkToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}
