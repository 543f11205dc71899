import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/security/record-security-event";

/** Lets only an active administrator of the instance through; everyone else is refused, and the refusal recorded. */
export async function authorizeAdmin(actor: Actor, action: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { isAdmin: true, deactivatedAt: true } });
  if (user?.isAdmin && !user.deactivatedAt) return;
  await recordSecurityEvent({ type: "authorization.refused", actorId: actor.userId, client: actor.client, details: { action } });
  throw forbidden("Only an administrator of this instance can do that.");
}
