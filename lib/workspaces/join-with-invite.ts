import { db, type Tx } from "@/lib/db";
import { DomainError, forbidden, invalid } from "@/lib/errors";
import { lockChain, workspaceChain } from "@/lib/history/append-change";
import { hashLinkToken, ZLinkToken } from "@/lib/security/link-token";
import { INVITE_PROBLEMS, inviteState, UNKNOWN_INVITE } from "./invite-token";
import { recordMembershipChange } from "./membership-change";

const INVITE_FIELDS = {
  id: true,
  workspaceId: true,
  role: true,
  email: true,
  createdById: true,
  expiresAt: true,
  usedAt: true,
  revokedAt: true,
} as const;

/** The invite a link's token names, whatever its state; null for a token that names none (or cannot be a token). */
export async function inviteByToken(token: unknown) {
  const parsed = ZLinkToken.safeParse(token);
  if (!parsed.success) return null;
  return db.invite.findUnique({ where: { tokenHash: hashLinkToken(parsed.data) }, select: INVITE_FIELDS });
}

export type Invite = NonNullable<Awaited<ReturnType<typeof inviteByToken>>>;

/** The invite a token names if it can still be accepted; otherwise the reason it cannot, as an error. */
export async function usableInvite(token: unknown): Promise<Invite> {
  const invite = await inviteByToken(token);
  if (!invite) throw new DomainError("not_found", UNKNOWN_INVITE);
  const state = inviteState(invite);
  if (state !== "valid") throw invalid(INVITE_PROBLEMS[state]);
  return invite;
}

/** An invite that names an email is for that person only. */
export function assertInviteFor(invite: Invite, email: string): void {
  if (invite.email && invite.email !== email.toLowerCase()) {
    throw forbidden(`This invite is for ${invite.email}. Sign in with that address to accept it.`);
  }
}

/**
 * Makes the user a member with the invite's role and uses the invite up, in the caller's transaction. Marking it used
 * is a guarded update (only while unused, unrevoked and unexpired), so of two concurrent acceptances one succeeds.
 */
export async function joinWithInvite(tx: Tx, invite: Invite, user: { userId: string; email: string }) {
  await lockChain(tx, workspaceChain(invite.workspaceId));
  const existing = await tx.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: invite.workspaceId, userId: user.userId } },
    select: { id: true },
  });
  if (existing) throw invalid("You are already a member of this workspace.");
  const now = new Date();
  const used = await tx.invite.updateMany({
    where: { id: invite.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now, usedById: user.userId },
  });
  if (used.count === 0) {
    const current = await tx.invite.findUniqueOrThrow({ where: { id: invite.id }, select: { usedAt: true, revokedAt: true, expiresAt: true } });
    const state = inviteState(current, now);
    throw invalid(INVITE_PROBLEMS[state === "valid" ? "used" : state]);
  }
  await tx.membership.create({ data: { workspaceId: invite.workspaceId, userId: user.userId, role: invite.role } });
  await recordMembershipChange(tx, invite.workspaceId, user, "member.added", {
    inviteId: invite.id,
    invitedById: invite.createdById,
    member: { before: null, after: user.email },
    role: { before: null, after: invite.role },
  });
  const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: invite.workspaceId }, select: { slug: true, name: true } });
  return { ...workspace, role: invite.role };
}
