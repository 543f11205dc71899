import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { invalid } from "@/lib/errors";
import { authorize } from "@/lib/workspaces/authorize";
import { likePattern } from "@/lib/search/snippet";

export const SOURCE_SORTS = { published: "Published", title: "Title", cited: "Most cited", added: "Recently added" } as const;

export const ZSourceQuery = z.object({
  q: z.string().trim().max(200).optional(),
  language: z.string().trim().max(20).optional(),
  publisher: z.string().trim().max(200).optional(),
  discrepancy: z.enum(["1", "true"]).optional(),
  sort: z.enum(Object.keys(SOURCE_SORTS) as [keyof typeof SOURCE_SORTS], "Unknown sort").default("published"),
});

export type SourceRow = {
  id: string;
  title: string;
  publisher: string | null;
  publishedOn: Date | null;
  publishedPrecision: DatePrecision | null;
  language: string;
  citedBy: number;
  hasDiscrepancy: boolean;
  createdAt: Date;
};

const { sql } = Prisma;

/** The source library: title, publisher, date, language and how many items cite each, filtered and sorted. */
export async function querySources(actor: Actor, workspaceSlug: string, input: Record<string, string | undefined>) {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const present = Object.fromEntries(Object.entries(input).filter(([, v]) => v));
  const parsed = ZSourceQuery.safeParse(present);
  if (!parsed.success) throw invalid("The source filters are not valid", Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), [i.message]])));
  const f = parsed.data;
  const where = [sql`s."workspaceId" = ${access.workspaceId}::uuid`];
  if (f.q) where.push(sql`(s.title ILIKE ${likePattern(f.q)} OR s.publisher ILIKE ${likePattern(f.q)})`);
  if (f.language) where.push(sql`s.language = ${f.language}`);
  if (f.publisher) where.push(sql`s.publisher = ${f.publisher}`);
  const order = {
    published: sql`s."publishedOn" DESC NULLS LAST, s.title`,
    title: sql`s.title ASC`,
    cited: sql`"citedBy" DESC, s.title`,
    added: sql`s."createdAt" DESC`,
  }[f.sort];
  const rows = await db.$queryRaw<SourceRow[]>`
    SELECT * FROM (
      SELECT s.id, s.title, s.publisher, s."publishedOn", s."publishedPrecision", s.language, s."createdAt",
             (SELECT count(DISTINCT e."itemId")::int FROM "Citation" c JOIN "StatusEvent" e ON e.id = c."statusEventId"
               WHERE c."sourceId" = s.id AND e."retractedAt" IS NULL) AS "citedBy",
             EXISTS (SELECT 1 FROM "Discrepancy" d WHERE d."resolvedAt" IS NULL AND (d."sourceAId" = s.id OR d."sourceBId" = s.id)) AS "hasDiscrepancy"
      FROM "Source" s WHERE ${Prisma.join(where, " AND ")}
    ) s
    ${f.discrepancy ? sql`WHERE s."hasDiscrepancy"` : sql``}
    ORDER BY ${order} LIMIT 500`;
  const languages = await db.source.findMany({ where: { workspaceId: access.workspaceId }, distinct: ["language"], select: { language: true } });
  return { access, filter: f, rows, languages: languages.map((l) => l.language).sort() };
}
