import type { Actor } from "@/lib/auth/actor";
import { assertNotToken } from "@/lib/authz";
import { revokeAllSessions } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { recordSecurityEvent } from "@/lib/security/record-security-event";

/** Ends every session of the signed-in person, this one included. */
export async function signOutEverywhere(actor: Actor) {
  assertNotToken(actor);
  return db.$transaction(async (tx) => {
    const sessionsEnded = await revokeAllSessions(tx, actor.userId);
    await recordSecurityEvent({ type: "sessions.revoked_all", actorId: actor.userId, userId: actor.userId, client: actor.client, details: { sessionsEnded } }, tx);
    return { sessionsEnded };
  });
}
