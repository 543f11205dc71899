import { hkdfSync } from "node:crypto";
import { jwtDecrypt, type JWTPayload } from "jose";

let derived: { secret: string; key: Uint8Array } | undefined;

/** next-auth's encryption key for session tokens (HKDF-SHA256 of the secret, as next-auth/jwt derives it), derived once. */
function encryptionKey(secret: string): Uint8Array {
  if (derived?.secret !== secret) {
    derived = { secret, key: new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32)) };
  }
  return derived.key;
}

/**
 * The claims of a next-auth session token, or null if it was tampered with, made with another secret, or has expired
 * (jose checks `exp`, with next-auth's tolerance). next-auth's own decode derives the key anew on every call.
 */
export async function decodeSessionToken(token: string, secret: string): Promise<JWTPayload | null> {
  try {
    const { payload } = await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: 15 });
    return payload;
  } catch {
    return null;
  }
}
