import type { Actor } from "@/lib/auth/actor";
import { guarded } from "@/lib/db/sql-pool";
import { authorize } from "@/lib/workspaces/authorize";

/**
 * Records that a person is looking at a workspace's tracker, and answers since when its rows count as "changed since
 * your last visit": the end of their previous visit. A visit lasts while they come back within the hour, so paging and
 * filtering keep the same marks; a token has no visits. Seen again within a minute, the visit is only read: paging
 * through the tracker does not write a row per page.
 */
export async function trackerVisit(actor: Actor, workspaceSlug: string): Promise<Date | null> {
  if (actor.token) return null;
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const [row] = await guarded("primary", (sql) => sql<{ markerAt: Date | null }[]>`
    WITH seen AS (
      INSERT INTO "TrackerVisit" ("userId", "workspaceId", "markerAt", "lastSeenAt") VALUES (${actor.userId}, ${access.workspaceId}, NULL, now())
      ON CONFLICT ("userId", "workspaceId") DO UPDATE SET
        "markerAt" = CASE WHEN "TrackerVisit"."lastSeenAt" < now() - interval '1 hour' THEN "TrackerVisit"."lastSeenAt" ELSE "TrackerVisit"."markerAt" END,
        "lastSeenAt" = now()
      WHERE "TrackerVisit"."lastSeenAt" < now() - interval '1 minute'
      RETURNING "markerAt"
    )
    SELECT "markerAt" FROM seen
    UNION ALL
    SELECT "markerAt" FROM "TrackerVisit"
    WHERE "userId" = ${actor.userId} AND "workspaceId" = ${access.workspaceId} AND NOT EXISTS (SELECT 1 FROM seen)`);
  return row?.markerAt ?? null;
}
