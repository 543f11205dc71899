import { z } from "zod";
import type { Client } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { DomainError, invalid } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { recordSecurityEvent } from "@/lib/security/record-security-event";
import { emailChangedNotice } from "./account-emails";
import { redeemToken, voidTokens } from "./auth-tokens";
import { instanceSettings, maySignUp } from "./join-policy";

export const ZConfirmEmail = z.object({ token: z.string() });

export type ConfirmEmailInput = z.input<typeof ZConfirmEmail>;

export type ConfirmedEmail = { kind: "sign_up" | "email_change"; email: string };

const TAKEN = "An account with this address exists already.";

type Link = Awaited<ReturnType<typeof redeemToken>>;

async function createAccount(tx: Tx, link: Link, client: Client): Promise<void> {
  // The join policy may have changed since the link was sent.
  if (!maySignUp(await instanceSettings(), link.email)) throw invalid("This instance no longer takes sign-ups from this address: ask a workspace owner for an invite.");
  if (await tx.user.findUnique({ where: { email: link.email }, select: { id: true } })) throw new DomainError("conflict", `${TAKEN} Sign in instead.`);
  const user = await tx.user.create({ data: { email: link.email, name: link.name as string, passwordHash: link.passwordHash as string }, select: { id: true } });
  await voidTokens(tx, { purpose: "sign_up", email: link.email });
  await recordSecurityEvent({ type: "account.created", actorId: user.id, userId: user.id, client, details: { via: "sign_up" } }, tx);
}

async function changeEmail(tx: Tx, link: Link, client: Client): Promise<{ name: string; oldEmail: string }> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: link.userId as string }, select: { id: true, name: true, email: true, deactivatedAt: true } });
  if (user.deactivatedAt) throw invalid("This link no longer works for this account.");
  const holder = await tx.user.findUnique({ where: { email: link.email }, select: { id: true } });
  if (holder) throw new DomainError("conflict", TAKEN);
  await tx.user.update({ where: { id: user.id }, data: { email: link.email } });
  await voidTokens(tx, { purpose: "email_change", userId: user.id });
  // A reset link sent to the old address must not outlive the move.
  await voidTokens(tx, { purpose: "password_reset", userId: user.id });
  await recordSecurityEvent({ type: "email.changed", actorId: user.id, userId: user.id, client, details: { from: user.email, to: link.email } }, tx);
  return { name: user.name, oldEmail: user.email };
}

/**
 * Uses an emailed confirmation link, once: a self sign-up's account is made, or an account moves to its new address
 * (and the old address is told). The page asks for a click first, so that mail scanners opening links use none.
 */
export async function confirmEmail(input: ConfirmEmailInput, client: Client): Promise<ConfirmedEmail> {
  const { token } = ZConfirmEmail.parse(input);
  const result = await db.$transaction(async (tx) => {
    const link = await redeemToken(tx, token, ["sign_up", "email_change"]);
    if (link.purpose === "sign_up") {
      await createAccount(tx, link, client);
      return { kind: "sign_up" as const, email: link.email, changed: null };
    }
    return { kind: "email_change" as const, email: link.email, changed: await changeEmail(tx, link, client) };
  });
  if (result.changed) await sendMail(emailChangedNotice(result.changed.oldEmail, { name: result.changed.name, newEmail: result.email }));
  return { kind: result.kind, email: result.email };
}
