import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, invalid, notFound } from "@/lib/errors";
import { appendChange, sourceChain } from "@/lib/history/append-change";
import { diffFields } from "@/lib/history/field-diff";
import { partialDateKey } from "@/lib/tracking/partial-date";
import { authorize } from "@/lib/workspaces/authorize";
import { ZAddSource } from "./add-source";

/** Metadata only: the text is fixed once added, because citations point into it by offset. */
export const ZUpdateSource = ZAddSource.omit({ body: true }).partial().extend({
  sourceId: z.uuid(),
  expectedVersion: z.number().int().positive(),
  reason: z.string().trim().max(2000).default(""),
});

export type UpdateSourceInput = z.input<typeof ZUpdateSource>;

export async function updateSource(actor: Actor, workspaceSlug: string, input: UpdateSourceInput) {
  const access = await authorize(actor, workspaceSlug, "source.write");
  const { sourceId, expectedVersion, reason, publishedOn, ...fields } = ZUpdateSource.parse(input);
  const source = await db.source.findFirst({ where: { id: sourceId, workspaceId: access.workspaceId } });
  if (!source) throw notFound("Source");
  const before = {
    title: source.title,
    titleNote: source.titleNote,
    publisher: source.publisher,
    byline: source.byline,
    dateline: source.dateline,
    publishedOn: source.publishedOn && source.publishedPrecision ? partialDateKey(source.publishedOn, source.publishedPrecision) : null,
    publishedNote: source.publishedNote,
    url: source.url,
    language: source.language,
  };
  const after = { ...fields, ...(publishedOn && { publishedOn: partialDateKey(publishedOn.date, publishedOn.precision) }) };
  const diff = diffFields(before, after);
  if (Object.keys(diff).length === 0) throw invalid("Nothing changed: edit a field before saving.");
  return db.$transaction(async (tx) => {
    const now = new Date();
    const updated = await tx.source.updateMany({
      where: { id: source.id, version: expectedVersion },
      data: {
        ...fields,
        ...(publishedOn && { publishedOn: publishedOn.date, publishedPrecision: publishedOn.precision }),
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) {
      throw new DomainError("conflict", "Someone else edited this source since you opened it. Reload to see their change.", {
        current: await tx.source.findUnique({ where: { id: source.id }, select: { version: true, title: true, publisher: true } }),
      });
    }
    await appendChange(tx, {
      workspaceId: access.workspaceId,
      chainKey: sourceChain(source.id),
      sourceId: source.id,
      actorId: actor.userId,
      type: "source.updated",
      reason,
      recordedAt: now,
      diff: { ...diff, version: { before: expectedVersion, after: expectedVersion + 1 } },
    });
    return { version: expectedVersion + 1 };
  });
}
