import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "X-PolicyTracker-Signature";
export const DELIVERY_HEADER = "X-PolicyTracker-Delivery";
export const EVENT_HEADER = "X-PolicyTracker-Event";

/** A new endpoint secret: 32 random bytes, with a prefix that says what it is. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

/**
 * The signature header of a delivery (docs/api.md, "Verifying a webhook"): `t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<body>" with the endpoint's secret>`. Signing the time with the body lets a receiver refuse an old delivery
 * replayed by someone who captured it.
 */
export function signatureHeader(secret: string, body: string, at: Date = new Date()): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`, "utf8").digest("hex")}`;
}

/**
 * Checks a signature header as a receiver should: the signature matches the exact body received, and its time is
 * within `toleranceSeconds` of now. The reference for docs/api.md's snippet, and what the tests' receivers use.
 */
export function verifySignature(secret: string, body: string, header: string, options: { toleranceSeconds?: number; now?: Date } = {}): boolean {
  const parts = new Map(header.split(",").map((part) => part.trim().split("=", 2) as [string, string]));
  const t = Number(parts.get("t"));
  const given = parts.get("v1") ?? "";
  if (!Number.isInteger(t) || !/^[0-9a-f]{64}$/.test(given)) return false;
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - t) > (options.toleranceSeconds ?? 300)) return false;
  const expected = createHmac("sha256", secret).update(`${t}.${body}`, "utf8").digest();
  return timingSafeEqual(expected, Buffer.from(given, "hex"));
}
