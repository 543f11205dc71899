import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { workspaceChain } from "@/lib/history/append-change";
import { createTeam, createUser, unique } from "@/tests/factories";
import { startSmtpSink, type SmtpSink } from "@/tests/mail/smtp-sink";
import { acceptInvite } from "./accept-invite";
import { authorize } from "./authorize";
import { changeRole } from "./change-role";
import { createInvite, INVITE_EMAILS_PER_HOUR, type CreateInviteInput } from "./create-invite";
import { findInvite } from "./find-invite";
import { INVITE_PROBLEMS } from "./invite-token";
import { listInvites } from "./list-invites";
import { listWorkspaceMembers } from "./list-workspace-members";
import { LAST_OWNER } from "./membership-change";
import { removeMember } from "./remove-member";
import { revokeInvite } from "./revoke-invite";
import { signUpWithInvite } from "./sign-up-with-invite";

// Invites naming an address are emailed (and their emails limited) where a mail server is set up: one in this process,
// set before anything reads the environment.
let mail: SmtpSink;
beforeAll(async () => {
  mail = await startSmtpSink();
  process.env.SMTP_URL = mail.url;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await mail.close();
});

const tokenOf = (path: string) => path.replace("/invite/", "");
const PASSWORD = "a long enough password";

async function workspaceRecords(workspaceId: string) {
  return db.changeRecord.findMany({ where: { chainKey: workspaceChain(workspaceId) }, orderBy: { seq: "asc" } });
}

describe("invites", () => {
  it("store only the token's SHA-256 and work once", async () => {
    const team = await createTeam();
    const invite = await createInvite(team.owner, team.slug, { role: "analyst" });
    const token = tokenOf(invite.path);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await db.invite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);

    const newcomer = await createUser("Newcomer");
    expect(await acceptInvite(newcomer, { token })).toEqual({ slug: team.slug, name: "Test team", role: "analyst" });
    expect((await authorize(newcomer, team.slug, "item.write")).role).toBe("analyst");
    expect(await findInvite(token)).toMatchObject({ state: "used", role: "analyst", workspace: { slug: team.slug } });

    const latecomer = await createUser("Latecomer");
    await expect(acceptInvite(latecomer, { token })).rejects.toMatchObject({ kind: "invalid", message: INVITE_PROBLEMS.used });
    await expect(authorize(latecomer, team.slug, "workspace.read")).rejects.toMatchObject({ kind: "not_found" });
  });

  it("let exactly one of two simultaneous acceptances through", async () => {
    const team = await createTeam();
    for (let round = 0; round < 5; round++) {
      const token = tokenOf((await createInvite(team.owner, team.slug, { role: "viewer" })).path);
      const results = await Promise.allSettled([acceptInvite(await createUser(), { token }), acceptInvite(await createUser(), { token })]);
      expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    }
    expect(await db.membership.count({ where: { workspaceId: team.workspace.id, role: "viewer" } })).toBe(1 + 5);
  });

  it("refuse expired, revoked and unknown links with a clear message", async () => {
    const team = await createTeam();
    const user = await createUser();
    const expired = await createInvite(team.owner, team.slug, { role: "viewer", expiresInDays: 1 });
    await db.invite.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(acceptInvite(user, { token: tokenOf(expired.path) })).rejects.toMatchObject({ kind: "invalid", message: INVITE_PROBLEMS.expired });
    expect(await findInvite(tokenOf(expired.path))).toMatchObject({ state: "expired" });

    const revoked = await createInvite(team.owner, team.slug, { role: "viewer" });
    await revokeInvite(team.owner, team.slug, { inviteId: revoked.id });
    await expect(acceptInvite(user, { token: tokenOf(revoked.path) })).rejects.toMatchObject({ kind: "invalid", message: INVITE_PROBLEMS.revoked });
    await expect(revokeInvite(team.owner, team.slug, { inviteId: revoked.id })).rejects.toMatchObject({ kind: "invalid" });

    for (const token of ["A".repeat(43), "short", `${"A".repeat(42)}\u0000`]) {
      await expect(acceptInvite(user, { token })).rejects.toMatchObject({ kind: "not_found" });
      expect(await findInvite(token)).toBeNull();
    }
    await expect(authorize(user, team.slug, "workspace.read")).rejects.toMatchObject({ kind: "not_found" });
  });

  it("that name an email are for that person only", async () => {
    const team = await createTeam();
    const named = await createUser("Named");
    const invite = await createInvite(team.owner, team.slug, { role: "analyst", email: `  ${named.email.toUpperCase()} ` });
    expect(invite.email).toBe(named.email);
    await expect(acceptInvite(await createUser("Someone else"), { token: tokenOf(invite.path) })).rejects.toMatchObject({ kind: "forbidden" });
    expect(await acceptInvite(named, { token: tokenOf(invite.path) })).toMatchObject({ role: "analyst" });
  });

  it("refuse a member who joins again, without using the link up", async () => {
    const team = await createTeam();
    const invite = await createInvite(team.owner, team.slug, { role: "owner" });
    await expect(acceptInvite(team.viewer, { token: tokenOf(invite.path) })).rejects.toMatchObject({ message: "You are already a member of this workspace." });
    expect(await findInvite(tokenOf(invite.path))).toMatchObject({ state: "valid" });
  });

  it("check their input: role, email and 1–30 days", async () => {
    const team = await createTeam();
    for (const [input, field] of [
      [{ role: "admin" }, "role"],
      [{ role: "viewer", email: "not an email" }, "email"],
      [{ role: "viewer", expiresInDays: 0 }, "expiresInDays"],
      [{ role: "viewer", expiresInDays: 31 }, "expiresInDays"],
      [{ role: "viewer", expiresInDays: 1.5 }, "expiresInDays"],
    ] as const) {
      await expect(createInvite(team.owner, team.slug, input as unknown as CreateInviteInput)).rejects.toMatchObject({ issues: [{ path: [field] }] });
    }
    expect((await createInvite(team.owner, team.slug, { role: "viewer", expiresInDays: 30 })).expiresAt.getTime()).toBeGreaterThan(Date.now() + 29.9 * 86_400_000);
  });

  it("are listed while pending, to owners only", async () => {
    const team = await createTeam();
    const pending = await createInvite(team.owner, team.slug, { role: "viewer", email: "pending@example.test" });
    const used = await createInvite(team.owner, team.slug, { role: "viewer" });
    await acceptInvite(await createUser(), { token: tokenOf(used.path) });
    const revoked = await createInvite(team.owner, team.slug, { role: "viewer" });
    await revokeInvite(team.owner, team.slug, { inviteId: revoked.id });
    expect(await listInvites(team.owner, team.slug)).toEqual([
      { id: pending.id, role: "viewer", email: "pending@example.test", createdAt: expect.any(Date), expiresAt: pending.expiresAt, createdBy: "Owner" },
    ]);
    await expect(listInvites(team.analyst, team.slug)).rejects.toMatchObject({ kind: "forbidden" });
    await expect(createInvite(team.analyst, team.slug, { role: "viewer" })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(revokeInvite(team.viewer, team.slug, { inviteId: pending.id })).rejects.toMatchObject({ kind: "forbidden" });
    const other = await createTeam();
    await expect(revokeInvite(other.owner, other.slug, { inviteId: pending.id })).rejects.toMatchObject({ kind: "not_found" });
    await expect(revokeInvite(other.owner, team.slug, { inviteId: pending.id })).rejects.toMatchObject({ kind: "not_found" });
  });
});

describe("signing up with an invite", () => {
  it("creates the account and the membership together, and the new account can sign in", async () => {
    const team = await createTeam();
    const invite = await createInvite(team.owner, team.slug, { role: "viewer" });
    const email = `${unique("new")}@Example.test`;
    expect(await signUpWithInvite({ token: tokenOf(invite.path), name: " New Person ", email, password: PASSWORD })).toEqual({
      email: email.toLowerCase(),
      slug: team.slug,
      role: "viewer",
    });
    const signedIn = await signInWithPassword({ email, password: PASSWORD }, { address: unique("10.1.1"), userAgent: "vitest" });
    expect(signedIn.name).toBe("New Person");
    expect((await authorize({ userId: signedIn.id, email: signedIn.email, name: signedIn.name }, team.slug, "workspace.read")).role).toBe("viewer");
  });

  it("names each field it refuses: a short password, another email than the invite's, an existing account", async () => {
    const team = await createTeam();
    const named = await createInvite(team.owner, team.slug, { role: "analyst", email: "named@example.test" });
    const token = tokenOf(named.path);
    const fieldsOf = (input: Parameters<typeof signUpWithInvite>[0]) =>
      signUpWithInvite(input).then(
        () => ({}),
        (e: { details?: { fields?: object }; issues?: { path: string[]; message: string }[] }) =>
          e.details?.fields ?? Object.fromEntries((e.issues ?? []).map((i) => [i.path.join("."), [i.message]])),
      );
    expect(await fieldsOf({ token, name: "", email: "named@example.test", password: "short" })).toEqual({
      name: ["Enter your name"],
      password: ["Use at least 12 characters"],
    });
    expect(await fieldsOf({ token, name: "N", email: "other@example.test", password: PASSWORD })).toEqual({ email: ["This invite is for named@example.test"] });
    const existing = await createUser();
    const open = tokenOf((await createInvite(team.owner, team.slug, { role: "viewer" })).path);
    expect(await fieldsOf({ token: open, name: "N", email: existing.email, password: PASSWORD })).toEqual({
      email: ["An account with this email already exists: sign in to accept the invite"],
    });
    expect(await findInvite(token)).toMatchObject({ state: "valid" });
  });

  it("leaves no account behind when a simultaneous sign-up used the link first", async () => {
    const team = await createTeam();
    const token = tokenOf((await createInvite(team.owner, team.slug, { role: "viewer" })).path);
    const emails = [`${unique("a")}@example.test`, `${unique("b")}@example.test`];
    const results = await Promise.allSettled(emails.map((email) => signUpWithInvite({ token, name: "Racer", email, password: PASSWORD })));
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.user.count({ where: { email: { in: emails } } })).toBe(1);
  });
});

describe("invite emails", () => {
  it("are limited per sender and per address an hour, and a refused one creates nothing", async () => {
    const team = await createTeam();
    const address = `${unique("often")}@example.test`;
    for (let i = 0; i < INVITE_EMAILS_PER_HOUR.address; i++) await createInvite(team.owner, team.slug, { role: "viewer", email: address });
    await expect(createInvite(team.owner, team.slug, { role: "viewer", email: address })).rejects.toMatchObject({ kind: "rate_limited" });
    // Another workspace's invites to the address are its own business.
    const other = await createTeam();
    await createInvite(other.owner, other.slug, { role: "viewer", email: address });

    // The sender has tried address + 1 (the refused one counts too).
    for (let i = INVITE_EMAILS_PER_HOUR.address + 1; i < INVITE_EMAILS_PER_HOUR.sender; i++) {
      await createInvite(team.owner, team.slug, { role: "viewer", email: `${unique(`many${i}`)}@example.test` });
    }
    await expect(createInvite(team.owner, team.slug, { role: "viewer", email: `${unique("one-more")}@example.test` })).rejects.toMatchObject({ kind: "rate_limited" });
    // A link without an address sends nothing, so it is not limited.
    await createInvite(team.owner, team.slug, { role: "viewer" });
    expect(await db.invite.count({ where: { workspaceId: team.workspace.id } })).toBe(INVITE_EMAILS_PER_HOUR.sender - 1 + 1);
    expect(await db.invite.count({ where: { workspaceId: team.workspace.id, email: address } })).toBe(INVITE_EMAILS_PER_HOUR.address);
  });
});

describe("roles and removal", () => {
  it("owners change roles; the last owner can be neither demoted nor removed, and cannot leave", async () => {
    const team = await createTeam();
    expect(await changeRole(team.owner, team.slug, { userId: team.viewer.userId, role: "analyst" })).toEqual({ userId: team.viewer.userId, role: "analyst" });
    expect((await authorize(team.viewer, team.slug, "item.write")).role).toBe("analyst");
    await expect(changeRole(team.owner, team.slug, { userId: team.owner.userId, role: "analyst" })).rejects.toMatchObject({ kind: "invalid", message: LAST_OWNER });
    await expect(removeMember(team.owner, team.slug, { userId: team.owner.userId })).rejects.toMatchObject({ kind: "invalid", message: LAST_OWNER });
    await expect(changeRole(team.owner, team.slug, { userId: team.analyst.userId, role: "analyst" })).rejects.toMatchObject({ kind: "invalid" });
    await expect(changeRole(team.analyst, team.slug, { userId: team.viewer.userId, role: "viewer" })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(changeRole(team.owner, team.slug, { userId: (await createUser()).userId, role: "viewer" })).rejects.toMatchObject({ kind: "not_found" });

    await changeRole(team.owner, team.slug, { userId: team.analyst.userId, role: "owner" });
    await removeMember(team.owner, team.slug, { userId: team.owner.userId });
    await expect(authorize(team.owner, team.slug, "workspace.read")).rejects.toMatchObject({ kind: "not_found" });
    const { members } = await listWorkspaceMembers(team.viewer, team.slug);
    expect(members.map((m) => [m.name, m.role])).toEqual([["Analyst", "owner"], ["Viewer", "analyst"]]);
  });

  it("keep an owner when two owners demote each other at the same moment", async () => {
    for (let round = 0; round < 5; round++) {
      const team = await createTeam();
      await changeRole(team.owner, team.slug, { userId: team.analyst.userId, role: "owner" });
      const results = await Promise.allSettled([
        changeRole(team.owner, team.slug, { userId: team.analyst.userId, role: "viewer" }),
        changeRole(team.analyst, team.slug, { userId: team.owner.userId, role: "viewer" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await db.membership.count({ where: { workspaceId: team.workspace.id, role: "owner" } })).toBe(1);
    }
  });

  it("keep an active owner: a deactivated owner does not count as the other one", async () => {
    const team = await createTeam();
    await changeRole(team.owner, team.slug, { userId: team.analyst.userId, role: "owner" });
    await db.user.update({ where: { id: team.analyst.userId }, data: { deactivatedAt: new Date() } });
    await expect(removeMember(team.owner, team.slug, { userId: team.owner.userId })).rejects.toMatchObject({ kind: "invalid", message: LAST_OWNER });
    await expect(changeRole(team.owner, team.slug, { userId: team.owner.userId, role: "viewer" })).rejects.toMatchObject({ kind: "invalid", message: LAST_OWNER });
    // The deactivated owner may still be demoted or removed by the active one.
    await changeRole(team.owner, team.slug, { userId: team.analyst.userId, role: "viewer" });
    expect(await removeMember(team.owner, team.slug, { userId: team.analyst.userId })).toEqual({ userId: team.analyst.userId, left: false });
  });

  it("members leave by themselves; only owners remove others", async () => {
    const team = await createTeam();
    await expect(removeMember(team.analyst, team.slug, { userId: team.viewer.userId })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(removeMember(team.viewer, team.slug, { userId: "not-a-uuid" })).rejects.toMatchObject({ kind: "forbidden" });
    expect(await removeMember(team.viewer, team.slug, { userId: team.viewer.userId })).toEqual({ userId: team.viewer.userId, left: true });
    expect(await removeMember(team.owner, team.slug, { userId: team.analyst.userId })).toEqual({ userId: team.analyst.userId, left: false });
    await expect(removeMember(team.owner, team.slug, { userId: team.analyst.userId })).rejects.toMatchObject({ kind: "not_found" });
    const stranger = await createTeam();
    await expect(removeMember(stranger.owner, team.slug, { userId: stranger.owner.userId })).rejects.toMatchObject({ kind: "not_found" });
    expect((await listWorkspaceMembers(team.owner, team.slug)).members.map((m) => m.userId)).toEqual([team.owner.userId]);
  });

  it("record every membership change on the workspace's hash chain", async () => {
    const team = await createTeam();
    const invite = await createInvite(team.owner, team.slug, { role: "viewer", email: "chain@example.test" });
    const revoked = await createInvite(team.owner, team.slug, { role: "analyst" });
    await revokeInvite(team.owner, team.slug, { inviteId: revoked.id });
    const joined = await signUpWithInvite({ token: tokenOf(invite.path), name: "Chain", email: "chain@example.test", password: PASSWORD });
    const joiner = await db.user.findUniqueOrThrow({ where: { email: joined.email }, select: { id: true } });
    await changeRole(team.owner, team.slug, { userId: joiner.id, role: "analyst" });
    await removeMember(team.owner, team.slug, { userId: joiner.id });
    await removeMember(team.viewer, team.slug, { userId: team.viewer.userId });

    const records = await workspaceRecords(team.workspace.id);
    expect(records.map((r) => [r.type, r.actorId])).toEqual([
      ["workspace.created", team.owner.userId],
      ["member.invited", team.owner.userId],
      ["member.invited", team.owner.userId],
      ["member.invite_revoked", team.owner.userId],
      ["member.added", joiner.id],
      ["member.role_changed", team.owner.userId],
      ["member.removed", team.owner.userId],
      ["member.left", team.viewer.userId],
    ]);
    expect(records[4]?.diff).toEqual({
      inviteId: invite.id,
      invitedById: team.owner.userId,
      member: { before: null, after: "chain@example.test" },
      role: { before: null, after: "viewer" },
    });
    expect(records[5]?.diff).toMatchObject({ role: { before: "viewer", after: "analyst" } });
    expect(records.map((r) => r.seq)).toEqual(records.map((_r, index) => index + 1));
    expect((await db.workspace.findUniqueOrThrow({ where: { id: team.workspace.id } })).version).toBe(records.length);
  });
});
