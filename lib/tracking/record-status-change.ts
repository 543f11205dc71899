import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { ChangeKind } from "@/lib/generated/prisma/enums";
import type { Reverter } from "@/lib/history/reverter";
import { authorize } from "@/lib/workspaces/authorize";
import { writeItem, ZExpectedVersion } from "./item-write";
import { ITEM_KINDS, isStatusOfKind, KINDS } from "./kinds";
import { partialDateKey, type PartialDate } from "./partial-date";
import { ZPartialDate } from "./partial-date-schema";
import { resolveCitations, ZCitationInput, type ResolvedCitation } from "./resolve-citations";

export const ZRecordStatusChange = z
  .object({
    itemId: z.uuid(),
    expectedVersion: ZExpectedVersion,
    status: z.string().min(1, "Choose a status").max(100),
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

/** For each kind, the message a status of another kind gets (the database knows the item's kind, we know the words). */
const STATUS_HINTS = Object.fromEntries(ITEM_KINDS.map((kind) => [kind, `Choose one of: ${KINDS[kind].statuses.map((s) => s.value).join(", ")}`]));

const dateArg = ({ date, precision }: PartialDate) => ({ date: date.toISOString().slice(0, 10), precision, key: partialDateKey(date, precision) });

/** The arguments of a status.recorded write (here and in imports). */
export function statusRecordedArgs(s: { status: string; effectiveOn: PartialDate; announcedOn: PartialDate | null; note: string; citations: ResolvedCitation[]; correctsEventId: string | null }) {
  return {
    status: s.status,
    kinds: ITEM_KINDS.filter((kind) => isStatusOfKind(kind, s.status)),
    statusHints: STATUS_HINTS,
    effectiveOn: dateArg(s.effectiveOn),
    announcedOn: s.announcedOn ? dateArg(s.announcedOn) : null,
    note: s.note,
    citations: s.citations,
    correctsEventId: s.correctsEventId,
  };
}

/** Records a status event with its citations against the item version the analyst saw. */
export async function recordStatusChange(actor: Actor, workspaceSlug: string, input: RecordStatusChangeInput) {
  const access = await authorize(actor, workspaceSlug, "item.write");
  const data = ZRecordStatusChange.parse(input);
  // Sources' texts never change once added, so the excerpts can be checked before the write.
  const citations = await resolveCitations(access, data.citations);
  const result = await writeItem(actor, access, {
    type: "status.recorded",
    itemId: data.itemId,
    expectedVersion: data.expectedVersion,
    reason: data.reason,
    changeKind: data.changeKind,
    args: statusRecordedArgs({ ...data, announcedOn: data.announcedOn ?? null, citations, correctsEventId: data.correctsEventId ?? null }),
  });
  return { eventId: result.eventId as string, version: result.version };
}

/**
 * Undoes a recorded status by retracting it (its record time ends; nothing is erased). A reverted correction brings
 * back the status it had replaced.
 */
export const revertStatusRecording: Reverter = async (actor, slug, change, common) => {
  const diff = change.diff as { statusEventId?: unknown; correctsEventId?: unknown };
  const access = await authorize(actor, slug, "item.write");
  const { version } = await writeItem(actor, access, {
    type: "status.retracted",
    itemId: change.itemId,
    expectedVersion: common.expectedVersion,
    reason: common.reason,
    changeKind: "correction",
    revertsId: change.id,
    args: {
      statusEventId: String(diff.statusEventId),
      correctsEventId: typeof diff.correctsEventId === "string" ? diff.correctsEventId : null,
    },
  });
  return { version };
};
