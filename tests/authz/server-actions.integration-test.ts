import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { issueToken } from "@/lib/accounts/auth-tokens";
import { hashPassword } from "@/lib/auth/password";
import { openSession } from "@/lib/auth/sessions";
import { startSmtpSink, type SmtpSink } from "@/tests/mail/smtp-sink";
import type { Actor } from "@/lib/auth/actor";
import { addComment } from "@/lib/comments/add-comment";
import { db } from "@/lib/db";
import { watch } from "@/lib/watches/watches";
import { sealSecret } from "@/lib/webhooks/secret-box";
import { flagDiscrepancy } from "@/lib/sources/discrepancies";
import { createItem } from "@/lib/tracking/create-item";
import { recordStatusChange } from "@/lib/tracking/record-status-change";
import { addRelation } from "@/lib/tracking/relations";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { createShareLink } from "@/lib/views/create-share-link";
import { saveView } from "@/lib/views/save-view";
import { createInvite } from "@/lib/workspaces/create-invite";
import { createSource, createTeam, createUser, unique } from "@/tests/factories";
import { CALLERS, expectedOutcome, type Caller, type Outcome } from "./access";
import { ACTION_MATRIX, type ActionFixture } from "./action-matrix";

// Server actions read the caller from the request's session cookie. Here the session is whoever the test says, so each
// action runs exactly as it would for that caller; an absent session fails the way the real one does.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", async () => {
  const { DomainError } = await import("@/lib/errors");
  const requireActor = async () => {
    if (!session.actor) throw new DomainError("unauthenticated", "Sign in to continue.");
    return session.actor;
  };
  return { currentActor: async () => session.actor, requireActor, requirePageActor: requireActor };
});
// Outside a request there is no page cache to revalidate, and no request to read the client from.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("@/lib/http/request-client", () => ({ requestClient: async () => ({ address: "192.0.2.1", userAgent: "vitest" }) }));

const RESULT_OF: Record<Outcome, string> = { allowed: "ok", unauthenticated: "unauthenticated", not_found: "not_found", forbidden: "forbidden" };

let stranger: Actor;
let mail: SmtpSink;
let signUpPasswordHash: string;
beforeAll(async () => {
  // Mail works and anyone may sign up, so that the actions that send email are tried for real.
  mail = await startSmtpSink();
  process.env.SMTP_URL = mail.url;
  await db.instanceSettings.update({ where: { id: 1 }, data: { joinPolicy: "open" } });
  stranger = (await createTeam()).owner;
  signUpPasswordHash = await hashPassword("a long enough password");
});

afterAll(async () => {
  await db.instanceSettings.update({ where: { id: 1 }, data: { joinPolicy: "invite_only", allowedDomains: [] } });
  await mail.close();
});

async function freshWorkspace() {
  const team = await createTeam();
  // The workspace's owner administers the instance too (see tests/authz/access.ts).
  await db.user.update({ where: { id: team.owner.userId }, data: { isAdmin: true } });
  const member = await createUser("Second viewer");
  await db.membership.create({ data: { workspaceId: team.workspace.id, userId: member.userId, role: "viewer" } });
  const invite = await createInvite(team.owner, team.slug, { role: "viewer" });
  const { analyst } = team;
  const excerpt = "Japan said it would lift export controls.";
  const [source, otherSource] = [await createSource(analyst, team.slug), await createSource(analyst, team.slug)];
  const newItem = (title: string) => createItem(analyst, team.slug, { kind: "export_control", title, implementingJurisdictions: ["JP"] });
  const [item, other] = [await newItem("Matrix item"), await newItem("Another matrix item")];
  const status = await recordStatusChange(analyst, team.slug, { itemId: item.id, expectedVersion: item.version, status: "in_force", effectiveOn: "2019-07", reason: "Matrix", noSourceYet: true });
  const relation = await addRelation(analyst, team.slug, { itemId: item.id, expectedVersion: status.version, type: "related_to", toItemId: other.id });
  const added = await db.changeRecord.findFirstOrThrow({ where: { itemId: item.id, type: "relation.added" }, select: { id: true } });
  const discrepancy = await flagDiscrepancy(analyst, team.slug, { sourceAId: source.id, sourceBId: otherSource.id, note: "The sources disagree" });
  const teamView = await saveView(analyst, team.slug, { name: "Matrix team view", visibility: "team", query: "kind=export_control" });
  const personalView = await saveView(analyst, team.slug, { name: "Matrix personal view", query: {} });
  const link = await createShareLink(analyst, team.slug, { viewId: teamView.id });
  const ownerSessionId = await openSession(team.owner.userId, { address: "192.0.2.2", userAgent: "vitest" });
  const [reset, signUp] = await db.$transaction(async (tx) => [
    await issueToken(tx, { purpose: "password_reset", userId: member.userId, email: member.email }),
    await issueToken(tx, { purpose: "sign_up", email: `${unique("signer")}@example.test`, name: "Signer", passwordHash: signUpPasswordHash }),
  ]);
  const token = await createApiToken(analyst, team.slug, { name: "Matrix token", scope: "write" });
  const comment = await addComment(analyst, team.slug, { target: "item", targetId: item.id, body: "A matrix comment" });
  const watched = await watch(analyst, team.slug, { target: "item", targetId: item.id });
  // Made directly: the address (this machine's discard port) is one the guard refuses, so a test delivery fails at once.
  const webhook = await db.webhookEndpoint.create({
    data: { workspaceId: team.workspace.id, url: "http://127.0.0.1:9/", format: "json", eventTypes: ["item.created"], secretCiphertext: sealSecret("whsec_matrix"), createdById: team.owner.userId },
    select: { id: true },
  });
  const notification = await db.notification.create({
    data: { userId: analyst.userId, workspaceId: team.workspace.id, changeId: added.id, kind: "watch", reason: "item", title: "Matrix news", link: `/w/${team.slug}` },
    select: { id: true },
  });
  const fixture: ActionFixture = {
    slug: team.slug,
    memberId: member.userId,
    inviteId: invite.id,
    inviteToken: invite.path.replace("/invite/", ""),
    unique: unique("matrix"),
    itemId: item.id,
    itemVersion: relation.version,
    statusEventId: status.eventId,
    otherItemId: other.id,
    relationId: relation.relationId,
    changeId: added.id.toString(),
    sourceId: source.id,
    // Flagging the discrepancy went on the first source's history, claiming a version.
    sourceVersion: (await db.source.findUniqueOrThrow({ where: { id: source.id }, select: { version: true } })).version,
    otherSourceId: otherSource.id,
    excerpt,
    discrepancyId: discrepancy.id,
    viewId: teamView.id,
    personalViewId: personalView.id,
    linkId: link.id,
    ownerSessionId,
    resetToken: reset.token,
    signUpToken: signUp.token,
    tokenId: token.id,
    commentId: comment.id,
    commentVersion: comment.version,
    watchId: watched.id,
    notificationId: notification.id,
    webhookId: webhook.id,
  };
  const callers: Record<Caller, Actor | null> = { anonymous: null, stranger, viewer: team.viewer, analyst: team.analyst, owner: team.owner };
  return { fixture, callers };
}

describe("every server action treats each kind of caller as the policy says", () => {
  for (const c of ACTION_MATRIX) {
    it(`${c.action}${c.label ? ` (${c.label})` : ""}`, async () => {
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const caller of CALLERS) {
        const { fixture, callers } = await freshWorkspace();
        session.actor = callers[caller];
        const result = await c.run(fixture, session.actor);
        outcomes[caller] = result.ok ? "ok" : result.error.code;
        expected[caller] = c.except?.[caller] ?? RESULT_OF[expectedOutcome(c.access, caller)];
      }
      expect(outcomes).toEqual(expected);
    });
  }
});
