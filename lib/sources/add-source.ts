import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { appendChange, sourceChain } from "@/lib/history/append-change";
import { ZPartialDate } from "@/lib/tracking/partial-date-schema";
import { authorize } from "@/lib/workspaces/authorize";
import { contentHash } from "./normalise-text";

const optionalText = z
  .string()
  .trim()
  .max(500)
  .optional()
  .transform((value) => (value ? value : null));

export const ZAddSource = z.object({
  title: z.string().trim().min(1, "Enter a title").max(500),
  titleNote: z.string().trim().max(1000).default(""),
  publisher: optionalText,
  byline: optionalText,
  dateline: optionalText,
  publishedOn: ZPartialDate.optional(),
  publishedNote: z.string().trim().max(1000).default(""),
  url: z
    .url({ protocol: /^https?$/, message: "Enter a web address starting with http:// or https://" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Enter a language code such as en, ja or ko"),
  body: z.string().min(1, "Paste the article's text").max(1_000_000),
});

export type AddSourceInput = z.input<typeof ZAddSource>;

/** Adds a source to the workspace's library; the same text pasted twice is refused with the existing source's id. */
export async function addSource(actor: Actor, workspaceSlug: string, input: AddSourceInput) {
  const access = await authorize(actor, workspaceSlug, "source.write");
  const data = ZAddSource.parse(input);
  const hash = contentHash(data.body);
  const existing = await db.source.findUnique({
    where: { workspaceId_contentHash: { workspaceId: access.workspaceId, contentHash: hash } },
    select: { id: true, title: true },
  });
  if (existing) {
    throw new DomainError("conflict", `This text is already in the library as “${existing.title}”.`, { current: existing });
  }
  return db.$transaction(async (tx) => {
    const source = await tx.source.create({
      data: {
        workspaceId: access.workspaceId,
        title: data.title,
        titleNote: data.titleNote,
        publisher: data.publisher,
        byline: data.byline,
        dateline: data.dateline,
        publishedOn: data.publishedOn?.date ?? null,
        publishedPrecision: data.publishedOn?.precision ?? null,
        publishedNote: data.publishedNote,
        url: data.url ?? null,
        language: data.language,
        body: data.body,
        contentHash: hash,
        createdById: actor.userId,
      },
      select: { id: true, title: true },
    });
    await appendChange(tx, {
      workspaceId: access.workspaceId,
      chainKey: sourceChain(source.id),
      sourceId: source.id,
      actorId: actor.userId,
      type: "source.added",
      diff: { title: { before: null, after: data.title }, language: { before: null, after: data.language }, version: { before: null, after: 1 } },
    });
    return source;
  });
}
