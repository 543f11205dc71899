import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

/**
 * Addresses a webhook must not reach unless the operator allows it (WEBHOOKS_ALLOW_PRIVATE): the machine itself, its
 * private networks, link-local (cloud metadata services live there), carrier-grade NAT, multicast, reserved and
 * documentation ranges. Otherwise anyone who can add a webhook could make the server call into its own network.
 */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  PRIVATE.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["64:ff9b::", 96],
  ["64:ff9b:1::", 48],
  ["100::", 64],
  ["2001::", 23],
  ["2001:db8::", 32],
  ["2002::", 16],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const) {
  PRIVATE.addSubnet(network, prefix, "ipv6");
}

// IPv4 written inside IPv6 (::ffff:7f00:1 is 127.0.0.1): the block list judges mapped addresses by its IPv4 rules itself;
// the deprecated IPv4-compatible form (::7f00:1) and the IPv4-translated one (::ffff:0:7f00:1, which a network with
// SIIT or NAT64 delivers to 127.0.0.1) are refused outright.
PRIVATE.addSubnet("::", 96, "ipv6");
PRIVATE.addSubnet("::ffff:0:0:0", 96, "ipv6");

/** Whether an IP address is one a webhook may not reach by default; anything that is not an IP address counts as one. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, "ipv4");
  if (family === 6) return PRIVATE.check(address, "ipv6");
  return true;
}

export type AddressCheck = { ok: true; url: URL } | { ok: false; message: string };

/** Host names that are this machine or a private network by convention, whatever a resolver says. */
const LOCAL_NAMES = /(^|\.)(localhost|local|internal|localdomain|home\.arpa)\.?$/i;

/**
 * Checks an endpoint's address before it is saved: http(s), no user name or password in it, and (unless private
 * addresses are allowed) a host that is not, and does not resolve to, a private address. Delivery checks the address it
 * connects to again (deliver.ts), since a name can resolve elsewhere later.
 */
export async function checkWebhookAddress(text: string, allowPrivate: boolean): Promise<AddressCheck> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: "Enter a full web address, starting with https://" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, message: "The address must start with https:// (or http://)" };
  if (url.username || url.password) return { ok: false, message: "Leave the user name and password out of the address" };
  if (allowPrivate) return { ok: true, url };
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) return isPrivateAddress(host) ? { ok: false, message: PRIVATE_MESSAGE } : { ok: true, url };
  if (LOCAL_NAMES.test(host)) return { ok: false, message: PRIVATE_MESSAGE };
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch {
    return { ok: false, message: `The host name “${host}” was not found` };
  }
  if (addresses.some((a) => isPrivateAddress(a.address))) return { ok: false, message: PRIVATE_MESSAGE };
  return { ok: true, url };
}

export const PRIVATE_MESSAGE = "The address is on this machine or a private network, which webhooks may not reach here";
