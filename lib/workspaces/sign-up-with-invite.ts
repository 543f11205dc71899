import { z } from "zod";
import { ZEmailAddress, ZPersonName } from "@/lib/accounts/account-input";
import type { Client } from "@/lib/auth/actor";
import { hashPassword, ZNewPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { DomainError, invalid } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/security/record-security-event";
import { joinWithInvite, usableInvite } from "./join-with-invite";

export const ZSignUpWithInvite = z.object({ token: z.string(), name: ZPersonName, email: ZEmailAddress, password: ZNewPassword });

export type SignUpWithInviteInput = z.input<typeof ZSignUpWithInvite>;

/**
 * Creates an account for someone holding an invite link and makes them a member, in one transaction: a link that
 * turns out to be used up leaves no account behind. The caller signs the new account in with the same password.
 */
export async function signUpWithInvite(input: SignUpWithInviteInput, client?: Client) {
  // A server action's argument is whatever the browser sent: anything but an object names no invite.
  const invite = await usableInvite(typeof input === "object" && input !== null ? input.token : undefined);
  const data = ZSignUpWithInvite.parse(input);
  if (invite.email && data.email !== invite.email) {
    throw invalid("This invite is for another email address.", { email: [`This invite is for ${invite.email}`] });
  }
  if (await db.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
    throw new DomainError("conflict", "An account with this email already exists.", {
      fields: { email: ["An account with this email already exists: sign in to accept the invite"] },
    });
  }
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email: data.email, name: data.name, passwordHash }, select: { id: true, email: true } });
    const joined = await joinWithInvite(tx, invite, { userId: user.id, email: user.email });
    await recordSecurityEvent(
      { type: "account.created", actorId: user.id, userId: user.id, workspaceId: invite.workspaceId, client, details: { via: "invite", inviteId: invite.id } },
      tx,
    );
    return { email: user.email, slug: joined.slug, role: joined.role };
  });
}
