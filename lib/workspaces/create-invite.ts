import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { withinRequestLimit } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { Role } from "@/lib/generated/prisma/enums";
import { authorize } from "./authorize";
import { canSendMail, sendMail, type MailOutcome } from "@/lib/mail/send-mail";
import { newLinkToken } from "@/lib/security/link-token";
import { inviteEmail } from "./invite-email";
import { invitePath } from "./invite-token";
import { lockMembership, recordMembershipChange } from "./membership-change";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Invite emails a person may send an hour, and one address may receive: the email carries the workspace's name (any
 * text its owner chose) to an address of their choosing, so without a limit anyone could sign up and send mail
 * through this server to anybody.
 */
export const INVITE_EMAILS_PER_HOUR = { sender: 30, address: 3 } as const;

/** An email is optional; when given, only an account with that address can accept the invite. */
export const ZOptionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(320)
  .refine((value) => value === "" || z.email().safeParse(value).success, "Enter an email address, or leave it empty")
  .optional()
  .transform((value) => value || null);

export const ZCreateInvite = z.object({
  role: z.enum(Role, "Choose a role"),
  email: ZOptionalEmail,
  expiresInDays: z.number("Enter a number of days").int("Enter whole days").min(1, "Between 1 and 30 days").max(30, "Between 1 and 30 days").default(7),
});

export type CreateInviteInput = z.input<typeof ZCreateInvite>;

/** Whether the invite went out by email: "no_address" when it names no one to send it to. */
export type InviteDelivery = MailOutcome | { sent: false; reason: "no_address" };

/**
 * Creates a single-use invite, emails its link when it names an address, and returns the link (to copy as well, or
 * instead when no email went out). The token is in the link only: the database keeps its hash, so the link cannot be
 * shown again later (a lost link is revoked and replaced).
 */
export async function createInvite(actor: Actor, workspaceSlug: string, input: CreateInviteInput) {
  const access = await authorize(actor, workspaceSlug, "members.manage");
  const data = ZCreateInvite.parse(input);
  // Counted only where an email goes out: without a mail server the link is shown to copy, and nothing is sent.
  if (data.email && canSendMail()) await assertInviteEmailAllowed(actor.userId, access.workspaceId, data.email);
  const { token, tokenHash } = newLinkToken();
  const invite = await db.$transaction(async (tx) => {
    await lockMembership(tx, access.workspaceId, actor, "members.manage");
    const invite = await tx.invite.create({
      data: {
        workspaceId: access.workspaceId,
        tokenHash,
        role: data.role,
        email: data.email,
        createdById: actor.userId,
        expiresAt: new Date(Date.now() + data.expiresInDays * DAY_MS),
      },
      select: { id: true, role: true, email: true, expiresAt: true },
    });
    await recordMembershipChange(tx, access.workspaceId, actor, "member.invited", {
      inviteId: invite.id,
      role: { before: null, after: invite.role },
      email: { before: null, after: invite.email },
      expiresAt: { before: null, after: invite.expiresAt.toISOString() },
    });
    return { ...invite, path: invitePath(token) };
  });
  // Sent once the invite exists (after the commit), so an email never carries a link that does not work.
  const delivery: InviteDelivery = invite.email
    ? await sendMail(inviteEmail({ ...invite, to: invite.email }, access.name, actor))
    : { sent: false, reason: "no_address" };
  return { ...invite, delivery };
}

/**
 * Counts an invite email against its sender's and its address's hourly limits (the address's per workspace, so that the
 * refusal tells nobody what another workspace sent); past either, nothing is created.
 */
async function assertInviteEmailAllowed(senderId: string, workspaceId: string, email: string): Promise<void> {
  if (!(await withinRequestLimit(`invite-sender:${senderId}`, INVITE_EMAILS_PER_HOUR.sender, 60))) {
    throw new DomainError("rate_limited", `You can send at most ${INVITE_EMAILS_PER_HOUR.sender} invite emails an hour. Try again later, or make an invite without an email address and share its link.`);
  }
  if (!(await withinRequestLimit(`invite-address:${workspaceId}:${email}`, INVITE_EMAILS_PER_HOUR.address, 60))) {
    throw new DomainError("rate_limited", `This workspace can invite ${email} at most ${INVITE_EMAILS_PER_HOUR.address} times an hour. Try again later, or share a link without an email address.`);
  }
}
