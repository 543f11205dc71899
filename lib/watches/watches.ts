import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertNotToken } from "@/lib/authz";
import { db } from "@/lib/db";
import { readRows } from "@/lib/db/read-sql";
import { notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { WatchTarget } from "@/lib/generated/prisma/enums";
import { visibleViews } from "@/lib/views/find-view";
import { authorize, type WorkspaceAccess } from "@/lib/workspaces/authorize";

export const ZWatch = z.object({ target: z.enum(WatchTarget, "Choose an item, a source or a view"), targetId: z.uuid("Choose what to watch") });
export type WatchInput = z.input<typeof ZWatch>;

export const ZUnwatch = z.object({ watchId: z.uuid() });
export type UnwatchInput = z.input<typeof ZUnwatch>;

const COLUMN = { item: "itemId", source: "sourceId", view: "viewId" } as const;

/** Refuses what the actor cannot see in the workspace: another workspace's record, or another member's personal view. */
async function assertVisible(access: WorkspaceAccess, actor: Actor, target: WatchTarget, id: string): Promise<void> {
  const workspaceId = access.workspaceId;
  const found =
    target === "item"
      ? await db.trackedItem.count({ where: { id, workspaceId } })
      : target === "source"
        ? await db.source.count({ where: { id, workspaceId } })
        : await db.savedView.count({ where: { id, ...visibleViews(access, actor) } });
  if (!found) throw notFound(target === "item" ? "Item" : target === "source" ? "Source" : "View");
}

/**
 * Watches an item, a source or a saved view for the caller: they are notified of changes to the item or source (its
 * discussion included), and of items that newly match the view's filters or change while matching them. Watching
 * twice is watching once. A person's own choice: every member may watch, an API token may not.
 */
export async function watch(actor: Actor, workspaceSlug: string, input: WatchInput) {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  assertNotToken(actor);
  const data = ZWatch.parse(input);
  await assertVisible(access, actor, data.target, data.targetId);
  const column = COLUMN[data.target];
  const [row] = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    INSERT INTO "Watch" (id, "workspaceId", "userId", target, ${Prisma.raw(`"${column}"`)})
    VALUES (uuidv7(), ${access.workspaceId}::uuid, ${actor.userId}::uuid, ${data.target}::"WatchTarget", ${data.targetId}::uuid)
    ON CONFLICT ("userId", ${Prisma.raw(`"${column}"`)}) DO UPDATE SET target = EXCLUDED.target
    RETURNING id`);
  return { id: (row as { id: string }).id, target: data.target, targetId: data.targetId };
}

/** Stops one of the caller's watches. */
export async function unwatch(actor: Actor, workspaceSlug: string, input: UnwatchInput): Promise<{ id: string }> {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  assertNotToken(actor);
  const data = ZUnwatch.parse(input);
  const removed = await db.watch.deleteMany({ where: { id: data.watchId, userId: actor.userId, workspaceId: access.workspaceId } });
  if (removed.count === 0) throw notFound("Watch");
  return { id: data.watchId };
}

export type WatchEntry = { id: string; target: WatchTarget; targetId: string; title: string; link: string; workspace: { slug: string; name: string }; createdAt: Date };

const { sql } = Prisma;

async function watchesWhere(actor: Actor, where: Prisma.Sql): Promise<WatchEntry[]> {
  const rows = await readRows<Omit<WatchEntry, "workspace" | "link"> & { slug: string; workspaceName: string }>(sql`
    SELECT w.id, w.target::text AS target, COALESCE(w."itemId", w."sourceId", w."viewId") AS "targetId", w."createdAt",
           COALESCE(i.title, s.title, v.name, 'Deleted view') AS title, ws.slug, ws.name AS "workspaceName"
    FROM "Watch" w JOIN "Workspace" ws ON ws.id = w."workspaceId"
    JOIN "Membership" m ON m."workspaceId" = w."workspaceId" AND m."userId" = w."userId"
    LEFT JOIN "TrackedItem" i ON i.id = w."itemId" LEFT JOIN "Source" s ON s.id = w."sourceId"
    LEFT JOIN "SavedView" v ON v.id = w."viewId"
    WHERE w."userId" = ${actor.userId}::uuid AND (v.id IS NULL OR v."deletedAt" IS NULL) AND ${where}
    ORDER BY ws.name, w.target, title`);
  return rows.map(({ slug, workspaceName, ...row }) => ({
    ...row,
    workspace: { slug, name: workspaceName },
    link: `/w/${slug}/${row.target === "item" ? "items" : row.target === "source" ? "sources" : "views"}/${row.targetId}`,
  }));
}

/** The caller's watches in a workspace, or in every workspace they belong to (for the preferences page). */
export async function listWatches(actor: Actor, workspaceSlug?: string): Promise<{ watches: WatchEntry[] }> {
  if (workspaceSlug === undefined) {
    assertNotToken(actor);
    return { watches: await watchesWhere(actor, sql`TRUE`) };
  }
  // The workspace first: another workspace's token finds nothing here, as with every workspace route.
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  assertNotToken(actor);
  return { watches: await watchesWhere(actor, sql`w."workspaceId" = ${access.workspaceId}::uuid`) };
}

/** The caller's watch of one item, source or view, if any: for its page's Watch button. */
export async function watchOf(actor: Actor, workspaceSlug: string, target: WatchTarget, targetId: string): Promise<string | null> {
  if (actor.token) return null;
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const [row] = await readRows<{ id: string }>(sql`
    SELECT id FROM "Watch" WHERE "userId" = ${actor.userId}::uuid AND "workspaceId" = ${access.workspaceId}::uuid
      AND ${Prisma.raw(`"${COLUMN[target]}"`)} = ${targetId}::uuid`);
  return row?.id ?? null;
}
