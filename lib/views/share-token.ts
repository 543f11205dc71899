import { createHmac } from "node:crypto";
import { serverEnv } from "@/lib/env";

/**
 * The client address of a share-link opening, as a SHA-256 keyed with the server's secret (HMAC): distinct visitors can
 * be counted, but the address cannot be recovered by hashing every IPv4 address, as a plain hash would allow.
 */
export function hashClientAddress(address: string): string {
  if (!address) return "";
  return createHmac("sha256", serverEnv().NEXTAUTH_SECRET).update(address).digest("hex");
}
