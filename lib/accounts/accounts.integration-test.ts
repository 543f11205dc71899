import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { actorForSession } from "@/lib/auth/sessions";
import { signInWithPassword, WRONG_CREDENTIALS } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { createInvite } from "@/lib/workspaces/create-invite";
import { createTeam, createUser, TEST_PASSWORD, unique } from "@/tests/factories";
import { linkIn, startSmtpSink, tokenOf, type ReceivedMail, type SmtpSink } from "@/tests/mail/smtp-sink";
import { TOKEN_PROBLEMS } from "./auth-tokens";
import { changePassword } from "./change-password";
import { confirmEmail } from "./confirm-email";
import { endSession } from "./end-session";
import { listMySessions } from "./list-my-sessions";
import { requestEmailChange } from "./request-email-change";
import { requestPasswordReset, RESET_REQUESTED } from "./request-password-reset";
import { requestSignUp, SIGN_UP_CLOSED, SIGN_UP_SENT } from "./request-sign-up";
import { resetPassword } from "./reset-password";
import { signOutEverywhere } from "./sign-out-everywhere";
import { updateProfile } from "./update-profile";

// Mail goes over SMTP to a server in this process; set before anything reads the environment.
let mail: SmtpSink;
beforeAll(async () => {
  mail = await startSmtpSink();
  process.env.SMTP_URL = mail.url;
  process.env.MAIL_FROM = "Policy Tracker <tracker@example.test>";
  process.env.NEXTAUTH_URL = "https://tracker.example.test";
});
afterAll(async () => {
  await db.instanceSettings.update({ where: { id: 1 }, data: { joinPolicy: "invite_only", allowedDomains: [] } });
  await mail.close();
});

const client = (address = unique("203.0.113")) => ({ address, userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36" });
const PASSWORD = "a long enough password";

/** Every email: a text and an HTML part saying the same, the product's name, the sender, and the link in both. */
function expectWellFormed(email: ReceivedMail, link?: string) {
  expect(email.from).toBe('"Policy Tracker" <tracker@example.test>');
  for (const part of [email.text, email.html]) {
    expect(part).toContain("Policy Tracker");
    if (link) expect(part).toContain(link);
  }
  expect(email.html).toMatch(/^<!doctype html>/);
}

async function signedIn(actor: Actor, address = unique("203.0.113")): Promise<Actor> {
  const session = await signInWithPassword({ email: actor.email, password: TEST_PASSWORD }, client(address));
  return { ...actor, sessionId: session.sessionId, client: client(address) };
}

describe("password reset by email", () => {
  it("emails a single-use link whose use ends every session and lifts the account's locks; older links stop working", async () => {
    const user = await createUser("Forgetful");
    const elsewhere = await signedIn(user);
    const asker = client("203.0.113.7");
    expect(await requestPasswordReset({ email: user.email.toUpperCase() }, asker)).toEqual({ message: RESET_REQUESTED });
    const first = await mail.next(user.email, /Reset your Policy Tracker password/);
    expect(await requestPasswordReset({ email: user.email }, asker)).toEqual({ message: RESET_REQUESTED });
    const second = await mail.next(user.email, /Reset your Policy Tracker password/);
    const link = linkIn(second, "/reset-password/");
    expect(link).toMatch(/^https:\/\/tracker\.example\.test\/reset-password\/[A-Za-z0-9_-]{43}$/);
    expectWellFormed(second, link);
    expect(second.text).toContain(`account ${user.email}`);
    expect(second.text).toContain("from the address 203.0.113.7 (Chrome on Linux)");

    // Locked out from an address by someone else's failures; the reset lifts it.
    const locked = "203.0.113.99";
    for (let i = 0; i < 5; i++) await signInWithPassword({ email: user.email, password: "wrong" }, client(locked)).catch(() => null);
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD }, client(locked))).rejects.toThrow(/Too many/);

    await expect(resetPassword({ token: tokenOf(link), password: "short" }, client())).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["password"] })] });
    expect(await resetPassword({ token: tokenOf(link), password: "my new long password" }, client())).toEqual({ email: user.email });
    expect(await actorForSession(elsewhere.sessionId as string, 0)).toBeNull();
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD }, client(locked))).rejects.toThrow(WRONG_CREDENTIALS);
    await expect(signInWithPassword({ email: user.email, password: "my new long password" }, client(locked))).resolves.toMatchObject({ id: user.userId });

    // Reused, or an older link of the same account: refused.
    await expect(resetPassword({ token: tokenOf(link), password: "yet another password" }, client())).rejects.toMatchObject({ message: TOKEN_PROBLEMS.used });
    await expect(resetPassword({ token: tokenOf(linkIn(first, "/reset-password/")), password: "yet another password" }, client())).rejects.toMatchObject({ kind: "invalid" });
    await expect(resetPassword({ token: "x".repeat(43), password: "yet another password" }, client())).rejects.toMatchObject({ kind: "not_found", message: TOKEN_PROBLEMS.unknown });
    expect(await db.securityEvent.count({ where: { userId: user.userId, type: { in: ["password.reset_requested", "password.reset"] } } })).toBe(3);
  });

  it("answers the same for an unknown or deactivated address and sends nothing; expired links are refused", async () => {
    const deactivated = await createUser();
    await db.user.update({ where: { id: deactivated.userId }, data: { deactivatedAt: new Date() } });
    const nobody = `${unique("nobody")}@example.test`;
    expect(await requestPasswordReset({ email: nobody }, client())).toEqual({ message: RESET_REQUESTED });
    expect(await requestPasswordReset({ email: deactivated.email }, client())).toEqual({ message: RESET_REQUESTED });
    await expect(requestPasswordReset({ email: "not an address" }, client())).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["email"] })] });

    const user = await createUser();
    await requestPasswordReset({ email: user.email }, client());
    const token = tokenOf(linkIn(await mail.next(user.email), "/reset-password/"));
    await db.authToken.updateMany({ where: { userId: user.userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(resetPassword({ token, password: "my new long password" }, client())).rejects.toMatchObject({ message: TOKEN_PROBLEMS.expired });
    expect(mail.received.filter((m) => m.to.includes(nobody) || m.to.includes(deactivated.email))).toEqual([]);
  });

  it("sends one address at most three links an hour, and takes ten requests an hour from one client", async () => {
    const user = await createUser();
    const asker = client();
    for (let i = 0; i < 5; i++) expect(await requestPasswordReset({ email: user.email }, asker)).toEqual({ message: RESET_REQUESTED });
    for (let i = 0; i < 3; i++) await mail.next(user.email);
    expect(await db.authToken.count({ where: { userId: user.userId } })).toBe(3);
    for (let i = 0; i < 5; i++) await requestPasswordReset({ email: `${unique("n")}@example.test` }, asker);
    await expect(requestPasswordReset({ email: user.email }, asker)).rejects.toMatchObject({ kind: "rate_limited" });
  });
});

describe("self sign-up", () => {
  it("is closed while the instance is invite-only", async () => {
    await db.instanceSettings.update({ where: { id: 1 }, data: { joinPolicy: "invite_only" } });
    await expect(requestSignUp({ name: "Closed", email: `${unique("c")}@example.test`, password: PASSWORD }, client())).rejects.toMatchObject({ kind: "forbidden", message: SIGN_UP_CLOSED });
  });

  it("makes the account only when the emailed link is used, once", async () => {
    await db.instanceSettings.update({ where: { id: 1 }, data: { joinPolicy: "open" } });
    const email = `${unique("newcomer")}@example.test`;
    expect(await requestSignUp({ name: "New Comer", email, password: PASSWORD }, client())).toEqual({ message: SIGN_UP_SENT });
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    const confirmation = await mail.next(email, /Confirm your email address/);
    const link = linkIn(confirmation, "/verify-email/");
    expectWellFormed(confirmation, link);
    expect(confirmation.text).toContain("“New Comer”");

    expect(await confirmEmail({ token: tokenOf(link) }, client())).toEqual({ kind: "sign_up", email });
    await expect(signInWithPassword({ email, password: PASSWORD }, client())).resolves.toMatchObject({ name: "New Comer" });
    await expect(confirmEmail({ token: tokenOf(link) }, client())).rejects.toMatchObject({ message: TOKEN_PROBLEMS.used });
    const stored = await db.authToken.findFirstOrThrow({ where: { email, purpose: "sign_up" }, select: { passwordHash: true } });
    expect(stored.passwordHash).toBeNull();

    // Signing up again with the address: its owner is told by email, and the answer reveals nothing.
    expect(await requestSignUp({ name: "Impostor", email, password: PASSWORD }, client())).toEqual({ message: SIGN_UP_SENT });
    expect((await mail.next(email)).subject).toBe("You already have a Policy Tracker account");
  });

  it("takes only listed domains when the policy lists them, also when the link is used after a change", async () => {
    await db.instanceSettings.update({ where: { id: 1 }, data: { joinPolicy: "domains", allowedDomains: ["example.test"] } });
    await expect(requestSignUp({ name: "Outsider", email: `${unique("o")}@elsewhere.test`, password: PASSWORD }, client())).rejects.toMatchObject({
      kind: "invalid",
      details: { fields: { email: ["Use an address at example.test"] } },
    });
    const email = `${unique("insider")}@example.test`;
    await requestSignUp({ name: "Insider", email, password: PASSWORD }, client());
    const token = tokenOf(linkIn(await mail.next(email), "/verify-email/"));
    await db.instanceSettings.update({ where: { id: 1 }, data: { joinPolicy: "invite_only" } });
    await expect(confirmEmail({ token }, client())).rejects.toMatchObject({ kind: "invalid" });
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });
});

describe("changing the email address", () => {
  it("moves the account when the link sent to the new address is used, and tells the old address", async () => {
    const user = await signedIn(await createUser("Mover"));
    const newEmail = `${unique("moved")}@example.test`;
    await expect(requestEmailChange(user, { email: newEmail, currentPassword: "wrong" })).rejects.toMatchObject({ details: { fields: { currentPassword: expect.any(Array) } } });
    await expect(requestEmailChange(user, { email: user.email, currentPassword: TEST_PASSWORD })).rejects.toMatchObject({ kind: "invalid" });
    expect(await requestEmailChange(user, { email: newEmail, currentPassword: TEST_PASSWORD })).toEqual({ email: newEmail, delivery: { sent: true } });
    const confirmation = await mail.next(newEmail, /Confirm your new email address/);
    const link = linkIn(confirmation, "/verify-email/");
    expectWellFormed(confirmation, link);
    expect(confirmation.text).toContain(`from ${user.email} to this address`);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.userId } })).email).toBe(user.email);

    expect(await confirmEmail({ token: tokenOf(link) }, client())).toEqual({ kind: "email_change", email: newEmail });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.userId } })).email).toBe(newEmail);
    expect((await mail.next(user.email)).subject).toBe("Your Policy Tracker email address was changed");
    await expect(confirmEmail({ token: tokenOf(link) }, client())).rejects.toMatchObject({ message: TOKEN_PROBLEMS.used });
  });

  it("keeps only the newest request's link: an earlier one, to a mistyped address, no longer moves the account", async () => {
    const user = await signedIn(await createUser());
    const [mistyped, meant] = [`${unique("mistyped")}@example.test`, `${unique("meant")}@example.test`];
    await requestEmailChange(user, { email: mistyped, currentPassword: TEST_PASSWORD });
    const earlier = tokenOf(linkIn(await mail.next(mistyped), "/verify-email/"));
    await requestEmailChange(user, { email: meant, currentPassword: TEST_PASSWORD });
    const newer = tokenOf(linkIn(await mail.next(meant), "/verify-email/"));
    await expect(confirmEmail({ token: earlier }, client())).rejects.toMatchObject({ kind: "invalid" });
    expect(await confirmEmail({ token: newer }, client())).toEqual({ kind: "email_change", email: meant });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.userId } })).email).toBe(meant);
  });

  it("fails at the link when another account took the address meanwhile", async () => {
    const user = await signedIn(await createUser());
    const other = await createUser();
    const wanted = `${unique("wanted")}@example.test`;
    await requestEmailChange(user, { email: wanted, currentPassword: TEST_PASSWORD });
    const token = tokenOf(linkIn(await mail.next(wanted), "/verify-email/"));
    await db.user.update({ where: { id: other.userId }, data: { email: wanted } });
    await expect(confirmEmail({ token }, client())).rejects.toMatchObject({ kind: "conflict" });
  });
});

describe("password and sessions", () => {
  it("a password change ends the other sessions and keeps this one", async () => {
    const user = await createUser();
    const here = await signedIn(user);
    const there = await signedIn(user);
    await expect(changePassword(here, { currentPassword: "wrong", newPassword: "a new long password" })).rejects.toMatchObject({ kind: "invalid" });
    expect(await changePassword(here, { currentPassword: TEST_PASSWORD, newPassword: "a new long password" })).toEqual({ otherSessionsEnded: 1 });
    expect(await actorForSession(here.sessionId as string, 0)).not.toBeNull();
    expect(await actorForSession(there.sessionId as string, 0)).toBeNull();
  });

  it("asks for the current password at most 5 times wrong in 15 minutes; the right one clears the count", async () => {
    const user = await signedIn(await createUser());
    const wrong = () => changePassword(user, { currentPassword: "wrong", newPassword: "a new long password" });
    const right = (newPassword: string, currentPassword: string) => changePassword(user, { currentPassword, newPassword });
    for (let i = 0; i < 4; i++) await expect(wrong()).rejects.toMatchObject({ kind: "invalid" });
    await right("the second long password", TEST_PASSWORD);
    for (let i = 0; i < 4; i++) await expect(wrong()).rejects.toMatchObject({ kind: "invalid" });
    await right("the third long password", "the second long password");
    for (let i = 0; i < 5; i++) await expect(wrong()).rejects.toMatchObject({ kind: "invalid" });
    await expect(right("the fourth long password", "the third long password")).rejects.toMatchObject({ kind: "rate_limited" });
    // Twelve spaces are not a password.
    await expect(changePassword(await signedIn(await createUser()), { currentPassword: TEST_PASSWORD, newPassword: " ".repeat(12) })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["newPassword"] })],
    });
  });

  it("lists the person's own sessions, ends one of theirs but not someone else's, and signs out everywhere", async () => {
    const user = await createUser();
    const here = await signedIn(user, "203.0.113.1");
    const there = await signedIn(user, "203.0.113.2");
    const stranger = await signedIn(await createUser());
    const sessions = await listMySessions(here);
    expect(sessions.map((s) => [s.address, s.browser, s.current])).toEqual(
      expect.arrayContaining([
        ["203.0.113.1", "Chrome on Linux", true],
        ["203.0.113.2", "Chrome on Linux", false],
      ]),
    );
    expect(sessions).toHaveLength(2);
    await expect(endSession(stranger, { sessionId: there.sessionId as string })).rejects.toMatchObject({ kind: "not_found" });
    await expect(endSession(here, { sessionId: "not-a-uuid" })).rejects.toMatchObject({ issues: expect.any(Array) });
    expect(await endSession(here, { sessionId: there.sessionId as string })).toEqual({ sessionId: there.sessionId, current: false });
    expect(await actorForSession(there.sessionId as string, 0)).toBeNull();
    expect(await signOutEverywhere(here)).toEqual({ sessionsEnded: 1 });
    expect(await actorForSession(here.sessionId as string, 1)).toBeNull();
    expect(await actorForSession(stranger.sessionId as string, 0)).not.toBeNull();
  });
});

describe("awkward input", () => {
  it("refuses a NUL, an unpaired surrogate, a line break or 100,000 characters in a name with a field message", async () => {
    await db.instanceSettings.update({ where: { id: 1 }, data: { joinPolicy: "open" } });
    const user = await createUser();
    for (const name of ["a\u0000b", "a\ud800b", "two\nlines", "x".repeat(100_000)]) {
      await expect(updateProfile(user, { name })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["name"] })] });
      await expect(requestSignUp({ name, email: `${unique("awk")}@example.test`, password: PASSWORD }, client())).rejects.toMatchObject({
        issues: [expect.objectContaining({ path: ["name"] })],
      });
    }
    await expect(requestSignUp({ name: "Fine", email: "a\u0000b@example.test", password: PASSWORD }, client())).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["email"] })],
    });
    expect(await updateProfile(user, { name: "  Łukasz 山田 한국  " })).toEqual({ name: "Łukasz 山田 한국" });
  });
});

describe("invites by email", () => {
  it("email the link to the address the invite names, from the owner, who gets the replies", async () => {
    const team = await createTeam();
    const email = `${unique("invitee")}@example.test`;
    const invite = await createInvite(team.owner, team.slug, { role: "analyst", email });
    expect(invite.delivery).toEqual({ sent: true });
    const received = await mail.next(email);
    expect(received.subject).toBe(`${team.owner.name} invited you to Test team on Policy Tracker`);
    expect(received.replyTo).toContain(team.owner.email);
    const link = linkIn(received, "/invite/");
    expect(new URL(link).pathname).toBe(invite.path);
    expectWellFormed(received, link);
    expect(received.text).toContain(`${team.owner.name} (${team.owner.email}) invited you to join the workspace “Test team”`);
    expect(received.text).toContain("as analyst");

    // No address: nothing to send; the link is for the owner to pass on.
    expect((await createInvite(team.owner, team.slug, { role: "viewer" })).delivery).toEqual({ sent: false, reason: "no_address" });
  });
});
