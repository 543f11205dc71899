import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { authorize } from "@/lib/workspaces/authorize";
import { peopleByIds } from "@/lib/workspaces/people";
import { canRevokeShareLink, findVisibleView } from "./find-view";
import { ZViewId } from "./view-input";

export type ShareLinkState = "active" | "expired" | "revoked";

export function shareLinkState(link: { revokedAt: Date | null; expiresAt: Date }, now = new Date()): ShareLinkState {
  if (link.revokedAt) return "revoked";
  return link.expiresAt <= now ? "expired" : "active";
}

/** A view's share links, newest first, with how often each was opened. Tokens are not kept, so none is listed. */
export async function listShareLinks(actor: Actor, workspaceSlug: string, input: { viewId: string }) {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const view = await findVisibleView(access, actor, ZViewId.parse(input.viewId));
  const links = await db.shareLink.findMany({
    where: { viewId: view.id, workspaceId: access.workspaceId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      createdAt: true,
      createdById: true,
      expiresAt: true,
      revokedAt: true,
      pinnedValidOn: true,
      pinnedRecordedAt: true,
      _count: { select: { openings: true } },
      openings: { orderBy: { openedAt: "desc" }, take: 1, select: { openedAt: true } },
    },
  });
  const people = await peopleByIds(links.map((l) => l.createdById));
  const now = new Date();
  return links.map(({ _count, openings, ...link }) => ({
    ...link,
    createdBy: people.get(link.createdById) ?? null,
    canRevoke: canRevokeShareLink(access, actor, link, view),
    state: shareLinkState(link, now),
    openings: _count.openings,
    lastOpenedAt: openings[0]?.openedAt ?? null,
  }));
}
