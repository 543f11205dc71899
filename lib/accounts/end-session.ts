import { z } from "zod";
import { assertNotToken } from "@/lib/authz";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/security/record-security-event";

export const ZEndSession = z.object({ sessionId: z.uuid("Not a session id") });

export type EndSessionInput = z.input<typeof ZEndSession>;

/** Signs one of the person's own sessions out (a lost laptop); another person's session id is not found. */
export async function endSession(actor: Actor, input: EndSessionInput) {
  assertNotToken(actor);
  const { sessionId } = ZEndSession.parse(input);
  return db.$transaction(async (tx) => {
    const ended = await tx.userSession.updateMany({ where: { id: sessionId, userId: actor.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (ended.count === 0) throw notFound("Session");
    await recordSecurityEvent({ type: "session.revoked", actorId: actor.userId, userId: actor.userId, client: actor.client, details: { sessionId } }, tx);
    return { sessionId, current: sessionId === actor.sessionId };
  });
}
