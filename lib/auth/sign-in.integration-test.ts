import { describe, expect, it } from "vitest";
import { resetPassword } from "@/lib/accounts/reset-password";
import { issueToken } from "@/lib/accounts/auth-tokens";
import { db } from "@/lib/db";
import { authorize } from "@/lib/workspaces/authorize";
import { createTeam, createUser, TEST_PASSWORD, unique } from "@/tests/factories";
import type { Actor } from "./actor";
import { actorForSession, revokeAllSessions, revokeSession } from "./sessions";
import { DEACTIVATED, signInWithPassword, WRONG_CREDENTIALS } from "./sign-in";
import { ACCOUNT_AND_ADDRESS_LIMIT, ACCOUNT_LIMIT, ADDRESS_LIMIT, reserveAttempt, signInRules } from "./sign-in-throttle";

// An address per use, so that tests never share an address's limit.
const newAddress = () => unique("198.51.100");
const from = (address: string) => ({ address, userAgent: "vitest" });

const events = (where: { type: string; userId?: string; email?: string; address?: string }) => db.securityEvent.count({ where });

async function failTimes(email: string, address: string, times: number) {
  for (let i = 0; i < times; i++) await expect(signInWithPassword({ email, password: "wrong" }, from(address))).rejects.toThrow(WRONG_CREDENTIALS);
}

describe("signing in", () => {
  it("accepts the right password, opens a session with its browser and address, and records it", async () => {
    const user = await createUser();
    const address = newAddress();
    const signedIn = await signInWithPassword({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, { address, userAgent: "Mozilla/5.0 Firefox/128.0" });
    expect(signedIn).toMatchObject({ id: user.userId, email: user.email });
    expect(await actorForSession(signedIn.sessionId, signedIn.sessionVersion)).toEqual({ ...user, sessionId: signedIn.sessionId, isAdmin: false, locale: null, memberships: new Map() });
    expect(await db.userSession.findUniqueOrThrow({ where: { id: signedIn.sessionId } })).toMatchObject({ address, userAgent: "Mozilla/5.0 Firefox/128.0" });
    expect(await events({ type: "sign_in.succeeded", userId: user.userId, address })).toBe(1);
  });

  it("reads the person's memberships with their session, for authorization to use without a second lookup", async () => {
    const team = await createTeam();
    const other = await createTeam();
    const signedIn = await signInWithPassword({ email: team.analyst.email, password: TEST_PASSWORD }, { address: newAddress(), userAgent: "" });
    const actor = await actorForSession(signedIn.sessionId, signedIn.sessionVersion);
    expect(actor?.memberships).toEqual(new Map([[team.slug, { workspaceId: team.workspace.id, slug: team.slug, name: team.workspace.name, role: "analyst" }]]));
    const access = await authorize(actor as Actor, team.slug, "item.write");
    expect(access).toEqual(actor?.memberships?.get(team.slug));
    // Another workspace is not found, as for anyone who is not a member.
    await expect(authorize(actor as Actor, other.slug, "workspace.read")).rejects.toMatchObject({ kind: "not_found" });
  });

  it("gives the same message for a wrong password, an unknown email and junk, and records the failures", async () => {
    const user = await createUser();
    const address = newAddress();
    await expect(signInWithPassword({ email: user.email, password: "wrong" }, from(address))).rejects.toThrow(WRONG_CREDENTIALS);
    await expect(signInWithPassword({ email: "nobody@example.test", password: "wrong" }, from(address))).rejects.toThrow(WRONG_CREDENTIALS);
    await expect(signInWithPassword({ email: 42 }, from(address))).rejects.toThrow(WRONG_CREDENTIALS);
    await expect(signInWithPassword({ email: "a\u0000b@example.test", password: "x" }, from(address))).rejects.toThrow(WRONG_CREDENTIALS);
    await expect(signInWithPassword({ email: `${"x".repeat(100_000)}@example.test`, password: "x" }, from(address))).rejects.toThrow(WRONG_CREDENTIALS);
    expect(await events({ type: "sign_in.failed", userId: user.userId, address })).toBe(1);
    expect(await events({ type: "sign_in.failed", email: "nobody@example.test", address })).toBe(1);
  });

  it("checks five passwords of sixty sent at once and refuses the rest unchecked; the right password is then refused too", async () => {
    const user = await createUser();
    const address = newAddress();
    const results = await Promise.allSettled(Array.from({ length: 60 }, (_, i) => signInWithPassword({ email: user.email, password: `wrong ${i}` }, from(address))));
    // Each checked password leaves a failure event; a refused attempt checks none.
    expect(await events({ type: "sign_in.failed", userId: user.userId })).toBe(ACCOUNT_AND_ADDRESS_LIMIT);
    const reasons = results.map((r) => (r.status === "rejected" ? String(r.reason) : "signed in"));
    expect(reasons.filter((r) => r.includes(WRONG_CREDENTIALS))).toHaveLength(ACCOUNT_AND_ADDRESS_LIMIT);
    expect(reasons.filter((r) => r.includes("Too many failed sign-in attempts for this account"))).toHaveLength(60 - ACCOUNT_AND_ADDRESS_LIMIT);
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD }, from(address))).rejects.toThrow(/Too many failed sign-in attempts for this account/);
  });

  it("refuses a right password while the allowed checks of a burst are still under way", async () => {
    const user = await createUser();
    const address = newAddress();
    const rules = signInRules(user.email, address, false);
    // Five attempts have taken their check and not finished it (their passwords are being verified).
    for (let i = 0; i < ACCOUNT_AND_ADDRESS_LIMIT; i++) await reserveAttempt(rules, "reset your password by email");
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD }, from(address))).rejects.toThrow(/Too many failed sign-in attempts/);
    expect(await events({ type: "sign_in.succeeded", userId: user.userId })).toBe(0);
  });

  it("locks an account from one address after five failures, with longer locks after each further failure, not from other addresses", async () => {
    const user = await createUser();
    const [attacker, elsewhere] = [newAddress(), newAddress()];
    await failTimes(user.email, attacker, 5);
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD }, from(attacker))).rejects.toThrow(
      "Too many failed sign-in attempts for this account. Try again in 1 minute, or ask your administrator for a password reset link.",
    );
    expect(await events({ type: "sign_in.locked", userId: user.userId, address: attacker })).toBe(1);
    // The same person elsewhere is not locked out.
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD }, from(elsewhere))).resolves.toMatchObject({ id: user.userId });

    // The lock runs out; one more failure locks for twice as long.
    const key = `pair:${user.email}|${attacker}`;
    await db.authThrottle.update({ where: { key }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    await failTimes(user.email, attacker, 1);
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD }, from(attacker))).rejects.toThrow(/Try again in 2 minutes/);
    await db.authThrottle.update({ where: { key }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    await failTimes(user.email, attacker, 1);
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD }, from(attacker))).rejects.toThrow(/Try again in 4 minutes/);
    // After the lock, the right password from there signs in and the pair starts afresh.
    await db.authThrottle.update({ where: { key }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD }, from(attacker))).resolves.toMatchObject({ id: user.userId });
    expect(await db.authThrottle.findUnique({ where: { key } })).toBeNull();
  });

  it("cannot lock a named person out: their usual address keeps working, and a reset link lets them in anywhere", async () => {
    const victim = await createUser("Victim");
    const usual = newAddress();
    await signInWithPassword({ email: victim.email, password: TEST_PASSWORD }, from(usual));
    // A stranger who knows the email fails from many addresses (each below its own pair limit).
    const attackers = Array.from({ length: ACCOUNT_LIMIT / 3 }, newAddress);
    for (const attacker of attackers) await failTimes(victim.email, attacker, 3);
    const traveller = newAddress();
    await expect(signInWithPassword({ email: victim.email, password: TEST_PASSWORD }, from(traveller))).rejects.toThrow(/for this account\. Try again in 15 minutes/);
    // From where they signed in before, the victim is unaffected.
    await expect(signInWithPassword({ email: victim.email, password: TEST_PASSWORD }, from(usual))).resolves.toMatchObject({ id: victim.userId });
    // From a new address, the way back in is a reset link: it lifts the account's locks.
    const link = await db.$transaction((tx) => issueToken(tx, { purpose: "password_reset", userId: victim.userId, email: victim.email }));
    await resetPassword({ token: link.token, password: "a new long password" }, from(traveller));
    await expect(signInWithPassword({ email: victim.email, password: "a new long password" }, from(traveller))).resolves.toMatchObject({ id: victim.userId });
  });

  it("locks a client address that fails for many accounts, for every account, from that address only", async () => {
    const sprayer = newAddress();
    for (let i = 0; i < ADDRESS_LIMIT; i++) {
      await expect(signInWithPassword({ email: `${unique("x")}@example.test`, password: "wrong" }, from(sprayer))).rejects.toThrow(WRONG_CREDENTIALS);
    }
    const user = await createUser();
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD }, from(sprayer))).rejects.toThrow(/from your network/);
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD }, from(newAddress()))).resolves.toMatchObject({ id: user.userId });
  });

  it("refuses a deactivated account with its own message only when the password is right", async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.userId }, data: { deactivatedAt: new Date() } });
    await expect(signInWithPassword({ email: user.email, password: "wrong" }, from(newAddress()))).rejects.toThrow(WRONG_CREDENTIALS);
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD }, from(newAddress()))).rejects.toThrow(DEACTIVATED);
    expect(await events({ type: "sign_in.refused", userId: user.userId })).toBe(1);
  });

  it("ends a session on sign-out, and every session on sign-out-everywhere", async () => {
    const user = await createUser();
    const a = await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, from(newAddress()));
    const b = await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, from(newAddress()));
    await revokeSession(a.sessionId);
    expect(await actorForSession(a.sessionId, a.sessionVersion)).toBeNull();
    expect(await actorForSession(b.sessionId, b.sessionVersion)).not.toBeNull();
    await db.$transaction((tx) => revokeAllSessions(tx, user.userId));
    expect(await actorForSession(b.sessionId, b.sessionVersion)).toBeNull();
    const c = await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, from(newAddress()));
    expect(c.sessionVersion).toBe(1);
    expect(await actorForSession(c.sessionId, 0)).toBeNull();
  });

  it("stores Argon2id hashes with OWASP parameters", async () => {
    const user = await createUser();
    const row = await db.user.findUniqueOrThrow({ where: { id: user.userId }, select: { passwordHash: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });
});
