import type { Client } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { readRows } from "@/lib/db/read-sql";
import { isDomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { statusAsOf, trackerPage } from "@/lib/tracking/query-tracker";
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
 * is logged (time, keyed hash of the address, user agent), once per client in ten minutes. Who changed what is the
 * team's business, so no names.
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
  if (!options.cursor) await logOpening(link.id, client);
  const page = await pageOrFirst(link.workspaceId, query, options.cursor);
  const evidence = await quotationsBehind(link.workspaceId, query, page.rows.map((row) => row.id));
  return {
    state: "open",
    name: link.view.name,
    query,
    pinned,
    expiresAt: link.expiresAt,
    rows: page.rows.map(({ changedById: _id, changedBy: _name, ...row }) => ({ ...row, quotations: evidence.get(row.id) ?? [] })),
    nextCursor: page.nextCursor,
    prevCursor: page.prevCursor,
    position: page.position,
  } as const;
}

/** How long one client's openings of a link count as one: the log counts visits, not reloads (or a script's requests). */
const OPENING_WINDOW_MINUTES = 10;

/** Logs an opening of a link, unless the same client opened it within the window (one statement, no read first). */
async function logOpening(shareLinkId: string, client: Client): Promise<void> {
  const clientHash = hashClientAddress(client.address);
  await db.$executeRaw`
    INSERT INTO "ShareLinkOpening" ("shareLinkId", "clientHash", "userAgent")
    SELECT ${shareLinkId}::uuid, ${clientHash}, ${client.userAgent.slice(0, 500)}
    WHERE NOT EXISTS (
      SELECT 1 FROM "ShareLinkOpening"
      WHERE "shareLinkId" = ${shareLinkId}::uuid AND "clientHash" = ${clientHash} AND "openedAt" > now() - make_interval(mins => ${OPENING_WINDOW_MINUTES})
    )`;
}

/** A quotation behind a shown status: the excerpt, and the source as a reader outside the team would cite it. */
export type SharedQuotation = {
  id: string;
  excerpt: string;
  title: string;
  publisher: string | null;
  publishedOn: Date | null;
  publishedPrecision: DatePrecision | null;
  url: string | null;
  language: string;
};

/**
 * The citations of the status each item shows, as of the view's dates (the status the tracker's row shows, and only
 * the citations recorded by then), so a reader sees the evidence behind every status. Sources' texts stay in the team.
 */
async function quotationsBehind(workspaceId: string, query: TrackerQuery, itemIds: string[]): Promise<Map<string, SharedQuotation[]>> {
  if (itemIds.length === 0) return new Map();
  const citedBy = query.recordedAt ? Prisma.sql`AND c."createdAt" <= ${query.recordedAt}` : Prisma.empty;
  const rows = await readRows<SharedQuotation & { itemId: string }>(Prisma.sql`
    SELECT i.id AS "itemId", c.id, c.excerpt, src.title, src.publisher, src."publishedOn", src."publishedPrecision", src.url, src.language
    FROM "TrackedItem" i ${statusAsOf(Prisma.sql`i.id`, query)}
    JOIN "Citation" c ON c."statusEventId" = s."eventId" ${citedBy}
    JOIN "Source" src ON src.id = c."sourceId"
    WHERE i.id = ANY(${itemIds}::uuid[]) AND i."workspaceId" = ${workspaceId}::uuid
    ORDER BY c."createdAt", c.id`);
  const byItem = new Map<string, SharedQuotation[]>();
  for (const { itemId, ...quotation } of rows) byItem.set(itemId, [...(byItem.get(itemId) ?? []), quotation]);
  return byItem;
}

/** A cursor that does not fit (edited, or from before the view changed) starts again from the first page. */
async function pageOrFirst(workspaceId: string, query: TrackerQuery, cursor: string | undefined) {
  try {
    return await trackerPage(workspaceId, { ...query, cursor }, { count: true });
  } catch (error) {
    if (cursor && isDomainError(error) && error.kind === "invalid") return trackerPage(workspaceId, query, { count: true });
    throw error;
  }
}
