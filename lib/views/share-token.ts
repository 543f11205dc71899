import { createHash, createHmac, randomBytes } from "node:crypto";
import { serverEnv } from "@/lib/env";

/** 32 random bytes in base64url: always 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function isShareToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/** Only the SHA-256 of a share token is stored; the token itself is shown once, to the person who made the link. */
export function hashShareToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newShareToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashShareToken(token) };
}

/**
 * The client address of a share-link opening, as a SHA-256 keyed with the server's secret (HMAC): distinct visitors can
 * be counted, but the address cannot be recovered by hashing every IPv4 address, as a plain hash would allow.
 */
export function hashClientAddress(address: string): string {
  if (!address) return "";
  return createHmac("sha256", serverEnv().NEXTAUTH_SECRET).update(address).digest("hex");
}
