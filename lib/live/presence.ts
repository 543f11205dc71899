import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { can, tokenMay } from "@/lib/authz";
import { readRows } from "@/lib/db/read-sql";
import { guarded } from "@/lib/db/sql-pool";
import { notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorize } from "@/lib/workspaces/authorize";

/** How often a page reports that someone is still there, and how long a report lasts: the heartbeat's bounds. */
export const PRESENCE_HEARTBEAT_MS = 15_000;
const PRESENCE_TTL_SECONDS = 45;

export type PresentPerson = { userId: string; name: string; editing: boolean };

export const ZPresence = z.object({ itemId: z.uuid(), editing: z.boolean().default(false), leaving: z.boolean().default(false) });
export type PresenceInput = z.input<typeof ZPresence>;

/**
 * Reports that the actor is viewing (or editing) an item, or has left it. Every instance's live listeners of the
 * workspace hear who is on the item now (pt_presence); a report expires unless the next heartbeat renews it.
 */
export async function reportPresence(actor: Actor, workspaceSlug: string, input: PresenceInput): Promise<{ people: PresentPerson[] }> {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const data = ZPresence.parse(input);
  // Someone who may not write the item (a viewer, a read-only token) is only ever shown viewing it.
  const editing = data.editing && can(access.role, "item.write") && (!actor.token || tokenMay(actor.token.scope, "item.write"));
  const [item] = await guarded("primary", (sql) => sql`SELECT id FROM "TrackedItem" WHERE id = ${data.itemId} AND "workspaceId" = ${access.workspaceId}`);
  if (!item) throw notFound("Item");
  await guarded("primary", (sql) => sql.begin(async (tx) => {
    await tx`DELETE FROM "Presence" WHERE "itemId" = ${data.itemId} AND "seenAt" < now() - make_interval(secs => ${PRESENCE_TTL_SECONDS})`;
    // An upsert, so that two reports of one person at once (a heartbeat and a change of editing) cannot collide.
    if (data.leaving) await tx`DELETE FROM "Presence" WHERE "itemId" = ${data.itemId} AND "userId" = ${actor.userId}`;
    else
      await tx`INSERT INTO "Presence" ("workspaceId", "itemId", "userId", editing) VALUES (${access.workspaceId}, ${data.itemId}, ${actor.userId}, ${editing})
               ON CONFLICT ("itemId", "userId") DO UPDATE SET editing = EXCLUDED.editing, "seenAt" = now()`;
    await tx`SELECT pg_notify('pt_presence', ${JSON.stringify({ workspaceId: access.workspaceId, itemId: data.itemId })})`;
  }));
  return { people: await presentOn(data.itemId) };
}

/** Who has reported being on an item within the last heartbeats, by name. */
export async function presentOn(itemId: string): Promise<PresentPerson[]> {
  return readRows<PresentPerson>(Prisma.sql`
    SELECT p."userId", u.name, p.editing FROM "Presence" p JOIN "User" u ON u.id = p."userId"
    WHERE p."itemId" = ${itemId}::uuid AND p."seenAt" > now() - make_interval(secs => ${PRESENCE_TTL_SECONDS})
    ORDER BY u.name`);
}
