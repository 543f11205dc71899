import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { authorize } from "@/lib/workspaces/authorize";
import { findVisibleView, recordViewChange } from "./find-view";
import { newLinkToken } from "@/lib/security/link-token";
import { requireTrackerQuery } from "./tracker-query";
import { storedParams, ZViewId } from "./view-input";

export const ZCreateShareLink = z.object({
  viewId: ZViewId,
  /** Freeze the as-of dates: the view's own, or "as recorded now" when it has none, so the link shows the same rows later. */
  pinAsOf: z.boolean("Choose whether to pin the dates").default(false),
  expiresInDays: z.number("Enter a number of days").int("Enter whole days").min(1, "At least 1 day").max(90, "At most 90 days").default(14),
});
export type CreateShareLinkInput = z.input<typeof ZCreateShareLink>;

const DAY_MS = 86_400_000;

/**
 * Makes a read-only link to a view for people outside the team. The token is returned once and only its hash is
 * stored, so a copy of the database cannot open the links.
 */
export async function createShareLink(actor: Actor, workspaceSlug: string, input: CreateShareLinkInput) {
  const access = await authorize(actor, workspaceSlug, "view.share");
  const data = ZCreateShareLink.parse(input);
  const view = await findVisibleView(access, actor, data.viewId);
  const query = requireTrackerQuery(storedParams(view.query));
  const now = new Date();
  const { token, tokenHash } = newLinkToken();
  return db.$transaction(async (tx) => {
    const link = await tx.shareLink.create({
      data: {
        workspaceId: access.workspaceId,
        viewId: view.id,
        tokenHash,
        pinnedValidOn: data.pinAsOf ? (query.validOn ?? null) : null,
        pinnedRecordedAt: data.pinAsOf ? (query.recordedAt ?? now) : null,
        expiresAt: new Date(now.getTime() + data.expiresInDays * DAY_MS),
        createdById: actor.userId,
        createdAt: now,
      },
      select: { id: true, expiresAt: true, pinnedValidOn: true, pinnedRecordedAt: true },
    });
    await recordViewChange(tx, access, actor, "share_link_created", {
      shareLinkId: link.id,
      viewId: view.id,
      ...(view.visibility === "team" && { viewName: view.name }),
      expiresAt: link.expiresAt.toISOString(),
      pinned: data.pinAsOf,
    });
    return { ...link, token, path: `/share/${token}` };
  });
}
