import type { Client } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { trackerPage } from "@/lib/tracking/query-tracker";
import { shareLinkState, type ShareLinkState } from "./list-share-links";
import { hashLinkToken, ZLinkToken } from "@/lib/security/link-token";
import { hashClientAddress } from "./share-token";
import { requireTrackerQuery, type TrackerQuery } from "./tracker-query";
import { storedParams } from "./view-input";

async function findLink(token: string) {
  if (!ZLinkToken.safeParse(token).success) return null;
  return db.shareLink.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: {
      id: true,
      workspaceId: true,
      expiresAt: true,
      revokedAt: true,
      pinnedValidOn: true,
      pinnedRecordedAt: true,
      view: { select: { name: true, query: true, deletedAt: true } },
    },
  });
}

/** Whether a share link opens, and if not why: a deleted view's links count as revoked. */
export async function shareLinkStatus(token: string): Promise<ShareLinkState | "unknown"> {
  const link = await findLink(token);
  if (!link) return "unknown";
  return link.view.deletedAt ? "revoked" : shareLinkState(link);
}

/**
 * The rows of a shared view for anyone holding its link: the token is the authorization, and it reaches only the one
 * view, read-only, through the tracker's own query. A pinned link's dates replace the view's. Each first-page opening
 * is logged (time, keyed hash of the address, user agent). Who changed what is the team's business, so no names.
 */
export async function openSharedView(token: string, client: Client, options: { cursor?: string } = {}) {
  const link = await findLink(token);
  if (!link) return { state: "unknown" } as const;
  const state = link.view.deletedAt ? "revoked" : shareLinkState(link);
  if (state !== "active") return { state } as const;
  const pinned = link.pinnedRecordedAt !== null;
  const query: TrackerQuery = {
    ...requireTrackerQuery(storedParams(link.view.query)),
    ...(pinned && { validOn: link.pinnedValidOn ?? undefined, recordedAt: link.pinnedRecordedAt ?? undefined }),
  };
  if (!options.cursor) {
    await db.shareLinkOpening.create({
      data: { shareLinkId: link.id, clientHash: hashClientAddress(client.address), userAgent: client.userAgent.slice(0, 500) },
    });
  }
  const page = await pageOrFirst(link.workspaceId, query, options.cursor);
  return {
    state: "open",
    name: link.view.name,
    query,
    pinned,
    expiresAt: link.expiresAt,
    rows: page.rows.map(({ changedById: _id, changedBy: _name, ...row }) => row),
    nextCursor: page.nextCursor,
  } as const;
}

/** A cursor that does not fit (edited, or from before the view changed) starts again from the first page. */
async function pageOrFirst(workspaceId: string, query: TrackerQuery, cursor: string | undefined) {
  try {
    return await trackerPage(workspaceId, { ...query, cursor });
  } catch (error) {
    if (cursor && isDomainError(error) && error.kind === "invalid") return trackerPage(workspaceId, query);
    throw error;
  }
}
