import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser, TEST_PASSWORD, unique } from "@/tests/factories";
import { actorForSession, revokeAllSessions, revokeSession } from "./sessions";
import { signInWithPassword, WRONG_CREDENTIALS } from "./sign-in";

const client = () => ({ address: unique("10.0.0"), userAgent: "vitest" });

describe("signing in", () => {
  it("accepts the right password and opens a server-side session", async () => {
    const user = await createUser();
    const signedIn = await signInWithPassword({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, client());
    expect(signedIn).toMatchObject({ id: user.userId, email: user.email });
    expect(await actorForSession(signedIn.sessionId, signedIn.sessionVersion)).toEqual(user);
  });

  it("gives the same message for a wrong password and an unknown email", async () => {
    const user = await createUser();
    await expect(signInWithPassword({ email: user.email, password: "wrong" }, client())).rejects.toThrow(WRONG_CREDENTIALS);
    await expect(signInWithPassword({ email: "nobody@example.test", password: "wrong" }, client())).rejects.toThrow(WRONG_CREDENTIALS);
    await expect(signInWithPassword({ email: 42 }, client())).rejects.toThrow(WRONG_CREDENTIALS);
  });

  it("locks an account after five failures, even for the right password, from any address", async () => {
    const user = await createUser();
    for (let i = 0; i < 5; i++) {
      await expect(signInWithPassword({ email: user.email, password: "wrong" }, client())).rejects.toThrow(WRONG_CREDENTIALS);
    }
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD }, client())).rejects.toThrow(
      /Too many failed sign-in attempts\. Try again in 15 minutes\./,
    );
  });

  it("locks a client address after twenty failures across accounts", async () => {
    const address = { address: unique("10.9.9"), userAgent: "vitest" };
    for (let i = 0; i < 20; i++) {
      await expect(signInWithPassword({ email: `${unique("x")}@example.test`, password: "wrong" }, address)).rejects.toThrow(WRONG_CREDENTIALS);
    }
    const user = await createUser();
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD }, address)).rejects.toThrow(/Too many failed/);
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD }, client())).resolves.toMatchObject({ id: user.userId });
  });

  it("ends a session on sign-out, and every session on sign-out-everywhere", async () => {
    const user = await createUser();
    const a = await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, client());
    const b = await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, client());
    await revokeSession(a.sessionId);
    expect(await actorForSession(a.sessionId, a.sessionVersion)).toBeNull();
    expect(await actorForSession(b.sessionId, b.sessionVersion)).not.toBeNull();
    await db.$transaction((tx) => revokeAllSessions(tx, user.userId));
    expect(await actorForSession(b.sessionId, b.sessionVersion)).toBeNull();
    const c = await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, client());
    expect(c.sessionVersion).toBe(1);
    expect(await actorForSession(c.sessionId, 0)).toBeNull();
  });

  it("stores Argon2id hashes with OWASP parameters", async () => {
    const user = await createUser();
    const row = await db.user.findUniqueOrThrow({ where: { id: user.userId }, select: { passwordHash: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });
});
