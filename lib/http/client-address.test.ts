import { createServer, request, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress, clientAddressStamper } from "./client-address";

// What scripts/server.ts does to each request, over real HTTP from addresses of the loopback /8 (127.0.0.2 is a
// "proxy", 127.0.0.3 a client), with the headers a client can forge.
const SECRET = "test-secret-for-local-runs-only-0123456789";
process.env.NEXTAUTH_SECRET = SECRET;
process.env.DATABASE_URL ??= "postgres://unused";

function serve(trustProxy: string[]): Promise<{ server: Server; port: number }> {
  const stamp = clientAddressStamper(trustProxy, SECRET);
  const server = createServer((req, res) => {
    stamp(req);
    res.end(clientAddress(req.headers));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, port: (server.address() as { port: number }).port })));
}

function get(port: number, from: string, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: "/", localAddress: from, headers }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve(body));
    });
    req.on("error", reject);
    req.end();
  });
}

const FORGED = { "x-forwarded-for": "203.0.113.9", "x-real-ip": "198.51.100.9" };

describe("the client address", () => {
  let plain: { server: Server; port: number };
  let proxied: { server: Server; port: number };
  beforeAll(async () => {
    plain = await serve([]);
    proxied = await serve(["127.0.0.2"]);
  });
  afterAll(() => {
    plain.server.close();
    proxied.server.close();
  });

  it("is the connection's when no proxy is trusted, whatever the forwarding headers say", async () => {
    expect(await get(plain.port, "127.0.0.3")).toBe("127.0.0.3");
    expect(await get(plain.port, "127.0.0.3", FORGED)).toBe("127.0.0.3");
    expect(await get(plain.port, "127.0.0.3", { [CLIENT_ADDRESS_HEADER]: "203.0.113.9 forged-signature" })).toBe("127.0.0.3");
  });

  it("comes from X-Forwarded-For only through a proxy TRUST_PROXY names, and only as far as that proxy added it", async () => {
    expect(await get(proxied.port, "127.0.0.2", { "x-forwarded-for": "203.0.113.9" })).toBe("203.0.113.9");
    // The client put in an address of its own before the proxy appended the real one: the proxy's entry wins.
    expect(await get(proxied.port, "127.0.0.2", { "x-forwarded-for": "198.51.100.1, 203.0.113.9" })).toBe("203.0.113.9");
    // A client that is not the trusted proxy is believed about nothing.
    expect(await get(proxied.port, "127.0.0.3", FORGED)).toBe("127.0.0.3");
  });

  it("is unknown when the stamp is missing or does not verify", () => {
    expect(clientAddress(new Headers())).toBe("unknown");
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9 AAAA" }))).toBe("unknown");
    expect(clientAddress({ [CLIENT_ADDRESS_HEADER]: ["203.0.113.9", "x"] })).toBe("unknown");
  });
});
