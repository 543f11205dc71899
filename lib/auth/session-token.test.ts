import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { decodeSessionToken } from "./session-token";

const secret = "a-test-secret-of-enough-length-0123456789";
const claims = { sid: "01a2241c-4f29-7942-bc9c-8e1b84daab69", sv: 3 };

describe("session tokens", () => {
  it("reads a token next-auth made, with the key it derives", async () => {
    const token = await encode({ token: claims, secret, maxAge: 60 });
    expect(await decodeSessionToken(token, secret)).toMatchObject(claims);
    // Again, from the key derived the first time.
    expect(await decodeSessionToken(token, secret)).toMatchObject(claims);
  });

  it("refuses a token made with another secret, an expired one and a tampered one", async () => {
    expect(await decodeSessionToken(await encode({ token: claims, secret: `${secret}-other`, maxAge: 60 }), secret)).toBeNull();
    // next-auth allows 15 s of clock skew: this one expired a minute ago.
    expect(await decodeSessionToken(await encode({ token: claims, secret, maxAge: -60 }), secret)).toBeNull();
    const token = await encode({ token: claims, secret, maxAge: 60 });
    const parts = token.split(".");
    const cipher = parts[3] as string;
    parts[3] = `${cipher.slice(0, -2)}${cipher.endsWith("AA") ? "BB" : "AA"}`;
    expect(await decodeSessionToken(parts.join("."), secret)).toBeNull();
    expect(await decodeSessionToken("not a token", secret)).toBeNull();
  });

  describe("a token decrypted before", () => {
    afterEach(() => vi.useRealTimers());

    it("is refused once it expires, as a fresh one would be", async () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      const token = await encode({ token: claims, secret, maxAge: 60 });
      expect(await decodeSessionToken(token, secret)).toMatchObject(claims);
      // Within next-auth's 15 s of skew after expiry, still accepted; beyond, refused.
      vi.setSystemTime(Date.now() + 70_000);
      expect(await decodeSessionToken(token, secret)).toMatchObject(claims);
      vi.setSystemTime(Date.now() + 10_000);
      expect(await decodeSessionToken(token, secret)).toBeNull();
    });

    it("is not accepted under another secret", async () => {
      const token = await encode({ token: claims, secret, maxAge: 60 });
      expect(await decodeSessionToken(token, secret)).toMatchObject(claims);
      expect(await decodeSessionToken(token, `${secret}-other`)).toBeNull();
    });
  });
});
