import type { Client } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import type { JsonValue } from "@/lib/history/canonical-json";
import type { SecurityEventType } from "./security-event-types";

export type SecurityEventInput = {
  type: SecurityEventType;
  /** Who did it; null when no one was signed in (a sign-in, a reset by link). */
  actorId: string | null;
  /** Whose account it concerns, when it concerns one. */
  userId?: string | null;
  workspaceId?: string | null;
  /** The address given when it names no account (a failed sign-in for an unknown email). */
  email?: string;
  /** Where the request came from; absent outside a request (a script). */
  client?: Client;
  details?: { [key: string]: JsonValue };
};

/**
 * Appends a security event: who, what, when (the database's clock, UTC), from where. Events are only ever inserted. In
 * the caller's transaction when given, so the event and the change it reports commit together.
 */
export async function recordSecurityEvent(input: SecurityEventInput, tx: Tx = db): Promise<void> {
  await tx.securityEvent.create({
    data: {
      type: input.type,
      actorId: input.actorId,
      userId: input.userId ?? null,
      workspaceId: input.workspaceId ?? null,
      email: input.email ?? "",
      address: input.client?.address ?? "",
      userAgent: (input.client?.userAgent ?? "").slice(0, 300),
      details: input.details ?? {},
    },
  });
}
