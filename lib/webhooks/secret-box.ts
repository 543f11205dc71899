import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { serverEnv } from "@/lib/env";

// The key is derived from NEXTAUTH_SECRET (a copy of the database alone does not reveal the secrets); changing
// NEXTAUTH_SECRET means replacing each endpoint's secret (docs/decisions/026).
const key = () => Buffer.from(hkdfSync("sha256", serverEnv().NEXTAUTH_SECRET, "policy-tracker", "webhook-secret v1", 32));

/** An endpoint secret as it is stored: AES-256-GCM, "v1.<iv>.<tag>.<ciphertext>" in base64url. */
export function sealSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The secret back, or null when it was sealed under another key (NEXTAUTH_SECRET changed) or is damaged. */
export function openSecret(sealed: string): string | null {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || ciphertext === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
