import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { DomainError, invalid } from "@/lib/errors";
import { joinWithInvite, usableInvite } from "./join-with-invite";

export const MIN_PASSWORD_LENGTH = 12;

export const ZSignUpWithInvite = z.object({
  token: z.string(),
  name: z.string().trim().min(1, "Enter your name").max(100, "Use at most 100 characters"),
  email: z.string().trim().toLowerCase().max(320).pipe(z.email("Enter your email address")),
  password: z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`).max(1024, "Use at most 1,024 characters"),
});

export type SignUpWithInviteInput = z.input<typeof ZSignUpWithInvite>;

/**
 * Creates an account for someone holding an invite link and makes them a member, in one transaction: a link that
 * turns out to be used up leaves no account behind. The caller signs the new account in with the same password.
 */
export async function signUpWithInvite(input: SignUpWithInviteInput) {
  const invite = await usableInvite(input.token);
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
    return { email: user.email, slug: joined.slug, role: joined.role };
  });
}
