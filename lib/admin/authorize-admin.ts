import type { Actor } from "@/lib/auth/actor";
import { assertNotToken } from "@/lib/authz";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/security/record-security-event";

/** Lets only an active administrator of the instance through; everyone else is refused, and the refusal recorded. */
export async function authorizeAdmin(actor: Actor, action: string): Promise<void> {
  // Administration is a person's, signed in: an API token (made for one workspace) never reaches it.
  assertNotToken(actor);
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { isAdmin: true, deactivatedAt: true } });
  if (user?.isAdmin && !user.deactivatedAt) return;
  await recordSecurityEvent({ type: "authorization.refused", actorId: actor.userId, client: actor.client, details: { action } });
  throw forbidden("Only an administrator of this instance can do that.");
}
