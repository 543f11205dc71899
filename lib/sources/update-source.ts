import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, invalid, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { appendChange, sourceChain } from "@/lib/history/append-change";
import { diffFields } from "@/lib/history/field-diff";
import { partialDateKey } from "@/lib/tracking/partial-date";
import { authorize } from "@/lib/workspaces/authorize";
import { ZAddSource } from "./add-source";
import { claimSourceVersion } from "./source-version";

/**
 * Metadata only: the text is fixed once added, because citations point into it by offset. Without defaults: zod 4
 * applies a default even inside `.partial()`, so an edit naming only the title would otherwise blank both notes.
 */
export const ZUpdateSource = ZAddSource.omit({ body: true })
  .extend({ titleNote: ZAddSource.shape.titleNote.removeDefault(), publishedNote: ZAddSource.shape.publishedNote.removeDefault() })
  .partial()
  .extend({
  sourceId: z.uuid(),
  expectedVersion: z.number().int().positive().max(2_147_483_647),
  reason: z.string().trim().max(2000).default(""),
});

export type UpdateSourceInput = z.input<typeof ZUpdateSource>;

type LockedSource = {
  version: number;
  title: string;
  titleNote: string;
  publisher: string | null;
  byline: string | null;
  dateline: string | null;
  publishedOn: Date | null;
  publishedPrecision: DatePrecision | null;
  publishedNote: string;
  url: string | null;
  language: string;
};

/** Edits a source's details against the version the analyst saw; the diff's "before" is read from the locked row. */
export async function updateSource(actor: Actor, workspaceSlug: string, input: UpdateSourceInput) {
  const access = await authorize(actor, workspaceSlug, "source.write");
  const { sourceId, expectedVersion, reason, publishedOn, ...fields } = ZUpdateSource.parse(input);
  return db.$transaction(async (tx) => {
    const [source] = await tx.$queryRaw<LockedSource[]>(Prisma.sql`
      SELECT version, title, "titleNote", publisher, byline, dateline, "publishedOn", "publishedPrecision"::text AS "publishedPrecision",
             "publishedNote", url, language
      FROM "Source" WHERE id = ${sourceId}::uuid AND "workspaceId" = ${access.workspaceId}::uuid FOR UPDATE`);
    if (!source) throw notFound("Source");
    if (source.version !== expectedVersion) {
      throw new DomainError("conflict", "Someone else edited this source since you opened it. Reload to see their change.", {
        current: { version: source.version, title: source.title, publisher: source.publisher },
      });
    }
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
    await tx.source.update({
      where: { id: sourceId },
      data: { ...fields, ...(publishedOn && { publishedOn: publishedOn.date, publishedPrecision: publishedOn.precision }) },
      select: { id: true },
    });
    const version = await claimSourceVersion(tx, sourceId);
    await appendChange(tx, {
      workspaceId: access.workspaceId,
      chainKey: sourceChain(sourceId),
      sourceId,
      actorId: actor.userId,
      type: "source.updated",
      reason,
      diff: { ...diff, version },
    });
    return { version: version.after };
  });
}
