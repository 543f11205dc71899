import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { appendChange, itemChain } from "@/lib/history/append-change";
import { authorize } from "@/lib/workspaces/authorize";
import { refreshCurrentStatus } from "./current-status";
import { findItemForWrite } from "./find-item";
import { claimItemVersion, ZExpectedVersion } from "./item-version";
import { resolveCitations, ZCitationInput } from "./resolve-citations";

export const ZAddCitation = ZCitationInput.extend({
  itemId: z.uuid(),
  statusEventId: z.uuid(),
  expectedVersion: ZExpectedVersion,
  reason: z.string().trim().max(2000).default(""),
});

export type AddCitationInput = z.input<typeof ZAddCitation>;

/** Adds a citation to an existing status (which clears its "no source yet" flag). */
export async function addCitation(actor: Actor, workspaceSlug: string, input: AddCitationInput) {
  const access = await authorize(actor, workspaceSlug, "item.write");
  const data = ZAddCitation.parse(input);
  const item = await findItemForWrite(access, data.itemId);
  const event = await db.statusEvent.findFirst({
    where: { id: data.statusEventId, itemId: item.id, retractedAt: null },
    select: { id: true, status: true },
  });
  if (!event) throw notFound("Status");
  // The citation's fields are at the top of this input, so its errors are named `excerpt`, not `citations.0.excerpt`.
  const [citation] = await resolveCitations(access, [data], (_index, field) => field);
  return db.$transaction(async (tx) => {
    const now = new Date();
    const version = await claimItemVersion(tx, item.id, data.expectedVersion, actor.userId, now);
    const created = await tx.citation.create({
      data: { ...(citation as NonNullable<typeof citation>), workspaceId: access.workspaceId, statusEventId: event.id, createdAt: now },
      select: { id: true },
    });
    await refreshCurrentStatus(tx, item.id);
    await appendChange(tx, {
      workspaceId: access.workspaceId,
      chainKey: itemChain(item.id),
      itemId: item.id,
      actorId: actor.userId,
      type: "citation.added",
      reason: data.reason,
      recordedAt: now,
      diff: {
        statusEventId: event.id,
        citationId: created.id,
        citation: { before: null, after: citation ?? null },
        version: { before: data.expectedVersion, after: version },
      },
    });
    return { citationId: created.id, version };
  });
}
