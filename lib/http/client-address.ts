import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";
import { serverEnv } from "@/lib/env";
import { logger } from "@/lib/observability/logger";

/**
 * The header the app's own HTTP server (scripts/server.ts) puts on every request: the client address and an HMAC of it
 * under the server secret. Route handlers have no socket, and X-Forwarded-For and X-Real-IP are whatever the client
 * sent; this header is what the server saw, and a client cannot forge it (docs/decisions/014).
 */
export const CLIENT_ADDRESS_HEADER = "x-policy-tracker-client";
export const UNKNOWN_ADDRESS = "unknown";

const mac = (address: string, secret: string) => createHmac("sha256", secret).update(address).digest("base64url");

/** "::ffff:192.0.2.1" (an IPv4 client of an IPv6 socket) is written as people know it, "192.0.2.1". */
const normalise = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");

/**
 * For the server: stamps each request with its client address, replacing any such header the client sent. The address
 * is the connection's, or, when it comes from a proxy TRUST_PROXY names, the nearest address in X-Forwarded-For that
 * no trusted proxy added (proxy-addr, as Express computes req.ip).
 */
export function clientAddressStamper(trustProxy: string[], secret: string): (request: IncomingMessage) => void {
  const trust = proxyAddr.compile(trustProxy);
  // Requests come from a few addresses (a proxy's, a load balancer's) in runs: the last stamp is reused for the same one.
  let last = { address: "", stamp: "" };
  return (request) => {
    const address = normalise(proxyAddr(request, trust) || UNKNOWN_ADDRESS);
    if (last.address !== address) last = { address, stamp: `${address} ${mac(address, secret)}` };
    request.headers[CLIENT_ADDRESS_HEADER] = last.stamp;
  };
}

// The last stamp that verified, under the secret it verified with: most requests carry the one before them's.
let verified = { value: "", secret: "", address: "" };

let warned = false;

/**
 * The client address of a request, as the app's server stamped it: for the sign-in limits, sessions, security events
 * and the share links' opening log. "unknown" when the stamp is missing or does not verify (the app was started some
 * other way than scripts/server.ts, or a client made one up).
 */
export function clientAddress(headers: Record<string, string | string[] | undefined> | Headers | undefined): string {
  const raw = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers?.[CLIENT_ADDRESS_HEADER];
  const value = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const secret = serverEnv().NEXTAUTH_SECRET;
  if (value !== "" && value === verified.value && secret === verified.secret) return verified.address;
  const [address, signature, ...rest] = value.split(" ");
  if (address && signature && rest.length === 0) {
    const expected = Buffer.from(mac(address, secret));
    const given = Buffer.from(signature);
    if (given.length === expected.length && timingSafeEqual(given, expected)) {
      verified = { value, secret, address };
      return address;
    }
  }
  if (!warned) {
    warned = true;
    logger().warn("a request arrived without a verified client address: start the app through scripts/server.ts (npm start)");
  }
  return UNKNOWN_ADDRESS;
}
