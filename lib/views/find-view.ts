import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { DomainError, forbidden, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appendWorkspaceChange } from "@/lib/history/append-change";
import type { JsonValue } from "@/lib/history/canonical-json";
import { refused, type WorkspaceAccess } from "@/lib/workspaces/authorize";

/** Live views the actor may see in the workspace: the team's, and their own personal ones. */
export const visibleViews = (access: WorkspaceAccess, actor: Actor): Prisma.SavedViewWhereInput => ({
  workspaceId: access.workspaceId,
  deletedAt: null,
  OR: [{ visibility: "team" }, { ownerId: actor.userId }],
});

const VIEW_SELECT = { id: true, name: true, visibility: true, ownerId: true, query: true, createdAt: true, updatedAt: true } as const;

/** A view the actor may see, or "not found" (another member's personal view is as unknown as a guessed id). */
export async function findVisibleView(access: WorkspaceAccess, actor: Actor, viewId: string, client: Tx | typeof db = db) {
  const view = await client.savedView.findFirst({ where: { id: viewId, ...visibleViews(access, actor) }, select: VIEW_SELECT });
  if (!view) throw notFound("View");
  return view;
}

/** Renaming and deleting belong to the view's owner and to the workspace's owners. */
export function canManageView(access: WorkspaceAccess, actor: Actor, view: { ownerId: string }): boolean {
  return view.ownerId === actor.userId || access.role === "owner";
}

export async function assertCanManageView(access: WorkspaceAccess, actor: Actor, view: { ownerId: string }): Promise<void> {
  if (!canManageView(access, actor, view)) {
    throw await refused(actor, access.workspaceId, "view.manage", forbidden("Only the view's owner or a workspace owner can change it."));
  }
}

/** Revoking a share link belongs to whoever made it, the view's owner and the workspace's owners. */
export function canRevokeShareLink(access: WorkspaceAccess, actor: Actor, link: { createdById: string }, view: { ownerId: string }): boolean {
  return link.createdById === actor.userId || view.ownerId === actor.userId || access.role === "owner";
}

/**
 * Serialises name changes of one owner's views in the workspace for the rest of the transaction: no unique index can
 * say "unique among live views", so this lock does.
 */
export async function lockViewNames(tx: Tx, access: WorkspaceAccess, ownerId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`views:${access.workspaceId}:${ownerId}`}, 0))`;
}

/** Refuses a name the owner already uses for another live view in the workspace, ignoring case. */
export async function assertNameFree(tx: Tx, access: WorkspaceAccess, ownerId: string, name: string, exceptId?: string) {
  await lockViewNames(tx, access, ownerId);
  const taken = await tx.savedView.findFirst({
    where: { workspaceId: access.workspaceId, ownerId, deletedAt: null, name: { equals: name, mode: "insensitive" }, ...(exceptId && { id: { not: exceptId } }) },
    select: { id: true },
  });
  if (taken) {
    const message = `You already have a view named “${name}”. Choose another name.`;
    throw new DomainError("conflict", message, { fields: { name: [message] } });
  }
}

/**
 * Team views and share links are the team's business, so their changes go on the workspace's history chain. Personal
 * views are not recorded: the activity feed is read by every member.
 */
export async function recordViewChange(
  tx: Tx,
  access: WorkspaceAccess,
  actor: Actor,
  type: "view_saved" | "view_renamed" | "view_query_updated" | "view_deleted" | "share_link_created" | "share_link_revoked",
  diff: { [key: string]: JsonValue },
) {
  await appendWorkspaceChange(tx, access.workspaceId, actor.userId, `workspace.${type}`, diff);
}
