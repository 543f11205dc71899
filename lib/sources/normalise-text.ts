import { createHash } from "node:crypto";

/** Text compared for duplicates: Unicode NFC, whitespace runs collapsed, trimmed. */
export function normaliseText(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

export function contentHash(text: string): string {
  return createHash("sha256").update(normaliseText(text)).digest("hex");
}
