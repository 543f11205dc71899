import { describe, expect, it } from "vitest";
import { hashLinkToken, newLinkToken, ZLinkToken } from "@/lib/security/link-token";
import { inviteState } from "./invite-token";

describe("invite tokens", () => {
  it("are 32 random bytes in base64url, stored as their SHA-256", () => {
    const a = newLinkToken();
    const b = newLinkToken();
    expect(ZLinkToken.safeParse(a.token).success).toBe(true);
    expect(Buffer.from(a.token, "base64url")).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
    expect(a.tokenHash).toBe(hashLinkToken(a.token));
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    for (const bad of ["", "short", `${a.token}x`, `${a.token.slice(1)}+`, `${a.token.slice(1)}\u0000`]) {
      expect(ZLinkToken.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("report used before revoked before expired", () => {
    const now = new Date("2024-06-01T12:00:00Z");
    const past = new Date("2024-05-01T00:00:00Z");
    const future = new Date("2024-07-01T00:00:00Z");
    expect(inviteState({ usedAt: null, revokedAt: null, expiresAt: future }, now)).toBe("valid");
    expect(inviteState({ usedAt: null, revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(inviteState({ usedAt: null, revokedAt: past, expiresAt: past }, now)).toBe("revoked");
    expect(inviteState({ usedAt: past, revokedAt: past, expiresAt: past }, now)).toBe("used");
  });
});
