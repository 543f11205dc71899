import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import { ChangeKind } from "@/lib/generated/prisma/enums";
import { appendChange, itemChain } from "@/lib/history/append-change";
import { authorize, type WorkspaceAccess } from "@/lib/workspaces/authorize";
import { refreshCurrentStatus } from "./current-status";
import { findItemForWrite } from "./find-item";
import { claimItemVersion, ZExpectedVersion } from "./item-version";
import { isStatusOfKind, KINDS } from "./kinds";
import { partialDateKey } from "./partial-date";
import { ZPartialDate } from "./partial-date-schema";
import { resolveCitations, ZCitationInput } from "./resolve-citations";

export const ZRecordStatusChange = z
  .object({
    itemId: z.uuid(),
    expectedVersion: ZExpectedVersion,
    status: z.string().min(1, "Choose a status"),
    effectiveOn: ZPartialDate,
    announcedOn: ZPartialDate.optional(),
    note: z.string().trim().max(2000).default(""),
    reason: z.string().trim().min(1, "Say why you are recording this change").max(2000),
    changeKind: z.enum(ChangeKind).default("policy_development"),
    /** With a correction: the earlier status event this one replaces (it is retracted, not erased). */
    correctsEventId: z.uuid().optional(),
    citations: z.array(ZCitationInput).max(20).default([]),
    noSourceYet: z.boolean().default(false),
  })
  .refine((input) => input.citations.length > 0 || input.noSourceYet, {
    path: ["citations"],
    message: "Cite at least one source, or mark the change “no source yet”",
  })
  .refine((input) => !input.correctsEventId || input.changeKind === "correction", {
    path: ["correctsEventId"],
    message: "Only a correction can replace an earlier status",
  });

export type RecordStatusChangeInput = z.input<typeof ZRecordStatusChange>;

/** Records a status event with its citations against the item version the analyst saw. */
export async function recordStatusChange(actor: Actor, workspaceSlug: string, input: RecordStatusChangeInput) {
  const access = await authorize(actor, workspaceSlug, "item.write");
  const data = ZRecordStatusChange.parse(input);
  const item = await findItemForWrite(access, data.itemId);
  if (!isStatusOfKind(item.kind, data.status)) {
    const allowed = KINDS[item.kind].statuses.map((s) => s.value).join(", ");
    throw invalid("That status does not apply to this kind of item", { status: [`Choose one of: ${allowed}`] });
  }
  const citations = await resolveCitations(access, data.citations);

  return db.$transaction(async (tx) => {
    const now = new Date();
    const version = await claimItemVersion(tx, item.id, data.expectedVersion, actor.userId, now);
    if (data.correctsEventId) await retractEvent(tx, access, item.id, data.correctsEventId, now);
    const event = await tx.statusEvent.create({
      data: {
        workspaceId: access.workspaceId,
        itemId: item.id,
        status: data.status,
        effectiveOn: data.effectiveOn.date,
        precision: data.effectiveOn.precision,
        announcedOn: data.announcedOn?.date ?? null,
        announcedPrecision: data.announcedOn?.precision ?? null,
        note: data.note,
        noSourceYet: citations.length === 0,
        recordedAt: now,
        recordedById: actor.userId,
        citations: { create: citations.map((c) => ({ ...c, workspaceId: access.workspaceId, createdAt: now })) },
      },
      select: { id: true },
    });
    await refreshCurrentStatus(tx, item.id);
    await appendChange(tx, {
      workspaceId: access.workspaceId,
      chainKey: itemChain(item.id),
      itemId: item.id,
      actorId: actor.userId,
      type: "status.recorded",
      changeKind: data.changeKind,
      reason: data.reason,
      recordedAt: now,
      diff: {
        statusEventId: event.id,
        correctsEventId: data.correctsEventId ?? null,
        status: { before: null, after: data.status },
        effectiveOn: { before: null, after: partialDateKey(data.effectiveOn.date, data.effectiveOn.precision) },
        announcedOn: {
          before: null,
          after: data.announcedOn ? partialDateKey(data.announcedOn.date, data.announcedOn.precision) : null,
        },
        note: { before: null, after: data.note },
        citations: { before: null, after: citations },
        version: { before: data.expectedVersion, after: version },
      },
    });
    return { eventId: event.id, version };
  });
}

/** Withdraws a status event as of `now` (record time); it stays in the data for "as recorded on" views. */
export async function retractEvent(tx: Tx, access: WorkspaceAccess, itemId: string, eventId: string, now: Date): Promise<void> {
  const retracted = await tx.statusEvent.updateMany({
    where: { id: eventId, itemId, workspaceId: access.workspaceId, retractedAt: null },
    data: { retractedAt: now },
  });
  if (retracted.count === 0) throw notFound("The status being corrected");
}
