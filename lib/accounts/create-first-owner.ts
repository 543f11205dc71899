import { z } from "zod";
import type { Client } from "@/lib/auth/actor";
import { hashPassword, ZNewPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/security/record-security-event";
import { insertWorkspace, ZCreateWorkspace } from "@/lib/workspaces/create-workspace";
import { ZEmailAddress, ZPersonName } from "./account-input";

export const ZFirstOwner = z.object({
  name: ZPersonName,
  email: ZEmailAddress,
  password: ZNewPassword,
  workspace: ZCreateWorkspace,
});

export type FirstOwnerInput = z.input<typeof ZFirstOwner>;

export const ALREADY_SET_UP = "This instance is set up already: sign in, or ask its administrator for an invite.";

/** Whether the instance has no account yet, so that the setup page is offered. */
export async function needsFirstOwner(): Promise<boolean> {
  return (await db.user.findFirst({ select: { id: true } })) === null;
}

/**
 * The first run: the instance's first account, its administrator, with their first workspace. Only while there is no
 * account at all, and atomically: of two people racing, one gets the account and the other is refused.
 */
export async function createFirstOwner(input: FirstOwnerInput, client?: Client) {
  const data = ZFirstOwner.parse(input);
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    // Setups queue on one lock; whoever waited then finds the first one's account.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('policy-tracker:first-run', 0))`;
    if (await tx.user.findFirst({ select: { id: true } })) throw new DomainError("conflict", ALREADY_SET_UP);
    const user = await tx.user.create({ data: { email: data.email, name: data.name, passwordHash, isAdmin: true }, select: { id: true, email: true } });
    const workspace = await insertWorkspace(tx, { userId: user.id, email: user.email }, data.workspace);
    await recordSecurityEvent({ type: "account.created", actorId: user.id, userId: user.id, client, details: { via: "setup", administrator: true } }, tx);
    return { email: user.email, slug: workspace.slug };
  });
}
