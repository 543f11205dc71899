import { hkdfSync } from "node:crypto";
import { jwtDecrypt, type JWTPayload } from "jose";
import { Remembered } from "@/lib/remembered";

let derived: { secret: string; key: Uint8Array } | undefined;

/** next-auth's encryption key for session tokens (HKDF-SHA256 of the secret, as next-auth/jwt derives it), derived once. */
function encryptionKey(secret: string): Uint8Array {
  if (derived?.secret !== secret) {
    derived = { secret, key: new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32)) };
  }
  return derived.key;
}

// next-auth's tolerance for clock skew, in seconds.
const CLOCK_TOLERANCE = 15;

/**
 * Tokens already decrypted, with their claims and the time (epoch seconds) they stop being accepted: a signed-in
 * person's every request carries the same token, and decrypting it is most of a request's authentication CPU. Only
 * genuine tokens enter, so forged ones cannot fill it; the least recently used leaves when it is full.
 */
const decoded = new Remembered<{ secret: string; payload: JWTPayload; until: number }>(1_000);

/**
 * The claims of a next-auth session token, or null if it was tampered with, made with another secret, or has expired
 * (jose checks `exp`, with next-auth's tolerance). next-auth's own decode derives the key anew on every call.
 */
export async function decodeSessionToken(token: string, secret: string): Promise<JWTPayload | null> {
  const now = Math.floor(Date.now() / 1000);
  const known = decoded.get(token);
  if (known && known.secret === secret) {
    if (now < known.until) return known.payload;
    decoded.forget(token);
    return null;
  }
  try {
    const { payload } = await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: CLOCK_TOLERANCE });
    // jose refuses a token once `exp <= now - tolerance`; the claims themselves never change.
    decoded.remember(token, { secret, payload, until: typeof payload.exp === "number" ? payload.exp + CLOCK_TOLERANCE : Infinity });
    return payload;
  } catch {
    return null;
  }
}
