import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { Role } from "@/lib/generated/prisma/enums";
import { authorize } from "./authorize";
import { sendMail, type MailOutcome } from "@/lib/mail/send-mail";
import { newLinkToken } from "@/lib/security/link-token";
import { inviteEmail } from "./invite-email";
import { invitePath } from "./invite-token";
import { lockMembership, recordMembershipChange } from "./membership-change";

const DAY_MS = 24 * 60 * 60 * 1000;

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
