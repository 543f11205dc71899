import { afterAll, describe, expect, it } from "vitest";
import { requestPasswordReset, RESET_NEEDS_MAIL } from "@/lib/accounts/request-password-reset";
import { requestSignUp, SIGN_UP_NEEDS_MAIL } from "@/lib/accounts/request-sign-up";
import { resetPassword } from "@/lib/accounts/reset-password";
import type { Actor } from "@/lib/auth/actor";
import { actorForSession } from "@/lib/auth/sessions";
import { DEACTIVATED, signInWithPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { listSecurityEvents } from "@/lib/security/list-security-events";
import { createShareLink } from "@/lib/views/create-share-link";
import { shareLinkStatus } from "@/lib/views/open-shared-view";
import { saveView } from "@/lib/views/save-view";
import { changeRole } from "@/lib/workspaces/change-role";
import { createInvite } from "@/lib/workspaces/create-invite";
import { listWorkspaceMembers } from "@/lib/workspaces/list-workspace-members";
import { peopleByIds } from "@/lib/workspaces/people";
import { createTeam, createUser, TEST_PASSWORD, unique } from "@/tests/factories";
import { createResetLink } from "./create-reset-link";
import { getInstanceSettings } from "./get-instance-settings";
import { listUsers } from "./list-users";
import { setUserActive } from "./set-user-active";
import { updateJoinPolicy } from "./update-join-policy";

// This file runs without a mail server (SMTP_URL unset): what each feature does then is part of what it checks.

afterAll(async () => {
  await db.instanceSettings.update({ where: { id: 1 }, data: { joinPolicy: "invite_only", allowedDomains: [] } });
});

const client = { address: "192.0.2.50", userAgent: "vitest" };

async function administrator(): Promise<Actor> {
  const admin = await createUser("Admin");
  await db.user.update({ where: { id: admin.userId }, data: { isAdmin: true } });
  return { ...admin, client };
}

describe("administration", () => {
  it("is for administrators only; other people's attempts are refused and recorded", async () => {
    const team = await createTeam();
    for (const call of [() => listUsers(team.owner), () => getInstanceSettings(team.owner), () => updateJoinPolicy(team.owner, { joinPolicy: "open" }), () => setUserActive(team.owner, { userId: team.viewer.userId, active: false })]) {
      await expect(call()).rejects.toMatchObject({ kind: "forbidden" });
    }
    expect(await db.securityEvent.count({ where: { type: "authorization.refused", actorId: team.owner.userId } })).toBe(4);
    expect((await db.instanceSettings.findUniqueOrThrow({ where: { id: 1 } })).joinPolicy).toBe("invite_only");
  });

  it("lists every account, finds by name or email, and treats % and _ as text", async () => {
    const admin = await administrator();
    const person = await createUser(`Findable ${unique("p")}`);
    // Every test's accounts share this database: the list shows at most 200 and says when there are more.
    const all = await listUsers(admin);
    expect(all.users.length).toBeLessThanOrEqual(200);
    expect(all.more).toBe((await db.user.count()) > 200);
    expect((await listUsers(admin, { q: admin.email })).users).toEqual([expect.objectContaining({ id: admin.userId, isAdmin: true, deactivatedAt: null })]);
    expect((await listUsers(admin, { q: person.name.toUpperCase() })).users.map((u) => u.id)).toEqual([person.userId]);
    expect((await listUsers(admin, { q: "%" })).users).toEqual([]);
  });

  it("deactivates an account: its sessions end at once, it cannot sign in, its history stays attributed; reactivation restores it", async () => {
    const admin = await administrator();
    const team = await createTeam();
    const session = await signInWithPassword({ email: team.analyst.email, password: TEST_PASSWORD }, client);
    const view = await saveView(team.analyst, team.slug, { name: "Shared by the analyst", visibility: "team", query: {} });
    const link = await createShareLink(team.analyst, team.slug, { viewId: view.id });
    await expect(setUserActive(admin, { userId: admin.userId, active: false })).rejects.toMatchObject({ kind: "invalid" });
    expect(await setUserActive(admin, { userId: team.analyst.userId, active: false })).toEqual({ userId: team.analyst.userId, active: false, sessionsEnded: 1 });
    expect(await actorForSession(session.sessionId, session.sessionVersion)).toBeNull();
    await expect(signInWithPassword({ email: team.analyst.email, password: TEST_PASSWORD }, client)).rejects.toThrow(DEACTIVATED);
    await expect(setUserActive(admin, { userId: team.analyst.userId, active: false })).rejects.toMatchObject({ kind: "invalid" });
    // Still a member, still the author of what they did.
    expect((await listWorkspaceMembers(team.owner, team.slug)).members.find((m) => m.userId === team.analyst.userId)).toMatchObject({ role: "analyst", deactivated: true });
    expect((await peopleByIds([team.analyst.userId])).get(team.analyst.userId)).toBe("Analyst");

    // The share links they made end, and do not come back with the account.
    expect(await shareLinkStatus(link.token)).toBe("revoked");

    await setUserActive(admin, { userId: team.analyst.userId, active: true });
    expect(await shareLinkStatus(link.token)).toBe("revoked");
    await expect(signInWithPassword({ email: team.analyst.email, password: TEST_PASSWORD }, client)).resolves.toMatchObject({ id: team.analyst.userId });
    const types = (await db.securityEvent.findMany({ where: { userId: team.analyst.userId }, orderBy: { id: "asc" }, select: { type: true, actorId: true } })).map((e) => e.type);
    expect(types).toEqual(["sign_in.succeeded", "user.deactivated", "sign_in.refused", "user.reactivated", "sign_in.succeeded"]);
    await expect(setUserActive(admin, { userId: "00000000-0000-0000-0000-000000000000", active: false })).rejects.toMatchObject({ kind: "not_found" });
  });

  it("makes a reset link to pass on when no email can go out", async () => {
    const admin = await administrator();
    const user = await createUser();
    const made = await createResetLink(admin, { userId: user.userId });
    expect(made).toMatchObject({ email: user.email, delivery: { sent: false, reason: "no_transport" } });
    expect(made.link).toMatch(/\/reset-password\/[A-Za-z0-9_-]{43}$/);
    await resetPassword({ token: made.link.split("/").pop() as string, password: "chosen by the person" }, client);
    await expect(signInWithPassword({ email: user.email, password: "chosen by the person" }, client)).resolves.toMatchObject({ id: user.userId });
    expect(await db.securityEvent.count({ where: { type: "password.reset_link_created", actorId: admin.userId, userId: user.userId } })).toBe(1);
  });

  it("sets who may join, with clear messages for bad domains; without mail, sign-up stays closed and resets need an administrator", async () => {
    const admin = await administrator();
    await expect(updateJoinPolicy(admin, { joinPolicy: "domains", allowedDomains: "" })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["allowedDomains"], message: "List at least one domain" })] });
    await expect(updateJoinPolicy(admin, { joinPolicy: "domains", allowedDomains: "example.org, not a domain" })).rejects.toMatchObject({ issues: expect.any(Array) });
    expect(await updateJoinPolicy(admin, { joinPolicy: "domains", allowedDomains: "@Example.org\nexample.org, partner.example" })).toEqual({ joinPolicy: "domains", allowedDomains: ["example.org", "partner.example"] });
    expect(await updateJoinPolicy(admin, { joinPolicy: "open", allowedDomains: ["kept.example"] })).toEqual({ joinPolicy: "open", allowedDomains: [] });
    expect(await getInstanceSettings(admin)).toEqual({ joinPolicy: "open", allowedDomains: [], canSendMail: false });

    await expect(requestSignUp({ name: "Someone", email: `${unique("s")}@example.org`, password: "a long enough password" }, client)).rejects.toMatchObject({ kind: "forbidden", message: SIGN_UP_NEEDS_MAIL });
    await expect(requestPasswordReset({ email: admin.email }, client)).rejects.toMatchObject({ message: RESET_NEEDS_MAIL });
    const team = await createTeam();
    expect((await createInvite(team.owner, team.slug, { role: "viewer", email: "invitee@example.test" })).delivery).toEqual({ sent: false, reason: "no_transport" });
    const changed = await db.securityEvent.findFirstOrThrow({ where: { type: "instance.join_policy_changed", actorId: admin.userId }, orderBy: { id: "desc" } });
    expect(changed.details).toMatchObject({ after: { joinPolicy: "open" } });
  });
});

describe("security events", () => {
  it("owners see their workspace's; other roles and other workspaces' owners are refused; everyone sees their own; administrators see all", async () => {
    const admin = await administrator();
    const team = await createTeam();
    const other = await createTeam();
    const owner = { ...team.owner, client };
    await changeRole(owner, team.slug, { userId: team.viewer.userId, role: "analyst" });
    // Refused: an analyst reading the events, and a stranger opening the workspace.
    await expect(listSecurityEvents(team.analyst, { workspace: team.slug })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(listSecurityEvents(other.owner, { workspace: team.slug })).rejects.toMatchObject({ kind: "not_found" });

    const workspace = await listSecurityEvents(owner, { workspace: team.slug });
    expect(workspace.events.map((e) => [e.type, e.actorName, e.userName])).toEqual([
      ["authorization.refused", "Owner", null],
      ["authorization.refused", "Analyst", null],
      ["member.role_changed", "Owner", "Viewer"],
    ]);
    expect(workspace.events[2]).toMatchObject({ address: "192.0.2.50", details: { from: "viewer", to: "analyst" }, label: "Workspace role changed" });
    expect((await listSecurityEvents(other.owner, { workspace: other.slug })).events.map((e) => e.type)).toEqual([]);

    const own = await listSecurityEvents(team.viewer, { own: true });
    expect(own.events.map((e) => e.type)).toEqual(["member.role_changed"]);
    const all = await listSecurityEvents(admin, { instance: true }, { limit: 200 });
    expect(all.events.map((e) => e.id)).toEqual(expect.arrayContaining(workspace.events.map((e) => e.id)));
    const paged = await listSecurityEvents(admin, { instance: true }, { limit: 2 });
    expect(paged.nextBefore).toBe(paged.events[1]?.id);
    const older = await listSecurityEvents(admin, { instance: true }, { limit: 2, before: paged.nextBefore });
    expect(BigInt(older.events[0]?.id as string)).toBeLessThan(BigInt(paged.events[1]?.id as string));
    expect((await listSecurityEvents(admin, { instance: true }, { kind: "member" })).events.every((e) => e.type.startsWith("member"))).toBe(true);
    await expect(listSecurityEvents(team.viewer, { instance: true })).rejects.toMatchObject({ kind: "forbidden" });
  });
});
