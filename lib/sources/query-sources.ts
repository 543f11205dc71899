import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { listReadTarget } from "@/lib/db/read-routing";
import { readRows } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { invalid, zodFieldErrors } from "@/lib/errors";
import { assertStorableInput } from "@/lib/http/storable-input";
import { authorize } from "@/lib/workspaces/authorize";
import { likePattern } from "@/lib/search/snippet";

// Their names in each language are the "sources.sorts" messages.
export const SOURCE_SORTS = ["published", "title", "cited", "added"] as const;

export const ZSourceQuery = z.object({
  q: z.string().trim().max(200).optional(),
  language: z.string().trim().max(20).optional(),
  publisher: z.string().trim().max(200).optional(),
  discrepancy: z.enum(["1", "true"]).optional(),
  sort: z.enum(SOURCE_SORTS, "Unknown sort").default("published"),
  page: z.coerce.number("Not a page number").int("Not a page number").min(1, "Pages start at 1").max(100_000, "No such page").default(1),
});

export type SourceQueryInput = z.input<typeof ZSourceQuery>;

export const SOURCES_PAGE_SIZE = 50;

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

const { sql, empty } = Prisma;

const citedBy = sql`(SELECT count(DISTINCT e."itemId")::int FROM "Citation" c JOIN "StatusEvent" e ON e.id = c."statusEventId"
  WHERE c."sourceId" = s.id AND NOT EXISTS (SELECT 1 FROM "StatusRetraction" x WHERE x."statusEventId" = e.id))`;
const disputed = sql`EXISTS (SELECT 1 FROM "Discrepancy" d WHERE d."resolvedAt" IS NULL AND (d."sourceAId" = s.id OR d."sourceBId" = s.id))`;

/**
 * The source library, a page at a time: title, publisher, date, language and how many items cite each, filtered and
 * sorted. Citation counts are computed for the page's sources only, except when sorting by them.
 */
export async function querySources(actor: Actor, workspaceSlug: string, input: SourceQueryInput) {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  // Pages pass their query string straight here.
  assertStorableInput(input);
  const present = Object.fromEntries(Object.entries(input).filter(([, v]) => v));
  const parsed = ZSourceQuery.safeParse(present);
  if (!parsed.success) throw invalid("The source filters are not valid", zodFieldErrors(parsed.error));
  const f = parsed.data;
  const where = [sql`s."workspaceId" = ${access.workspaceId}::uuid`];
  if (f.q) where.push(sql`(s.title ILIKE ${likePattern(f.q)} OR s.publisher ILIKE ${likePattern(f.q)})`);
  if (f.language) where.push(sql`s.language = ${f.language}`);
  if (f.publisher) where.push(sql`s.publisher = ${f.publisher}`);
  if (f.discrepancy) where.push(disputed);
  const order = (count: Prisma.Sql) =>
    ({
      published: sql`s."publishedOn" DESC NULLS LAST, s.title, s.id`,
      title: sql`s.title ASC, s.id`,
      cited: sql`${count} DESC, s.title, s.id`,
      added: sql`s."createdAt" DESC, s.id`,
    })[f.sort];
  // Sorting by citations needs every source's count: one grouped pass over the workspace's citations, not a count per source.
  const counts =
    f.sort === "cited"
      ? sql`LEFT JOIN (
          SELECT c."sourceId", count(DISTINCT e."itemId")::int AS n FROM "Citation" c JOIN "StatusEvent" e ON e.id = c."statusEventId"
          WHERE c."workspaceId" = ${access.workspaceId}::uuid
            AND NOT EXISTS (SELECT 1 FROM "StatusRetraction" x WHERE x."statusEventId" = e.id)
          GROUP BY c."sourceId"
        ) k ON k."sourceId" = s.id`
      : empty;
  const rows = await readRows<SourceRow>(sql`
    SELECT s.*, ${citedBy} AS "citedBy", ${disputed} AS "hasDiscrepancy" FROM (
      SELECT s.id, s.title, s.publisher, s."publishedOn", s."publishedPrecision", s.language, s."createdAt"
      FROM "Source" s ${counts} WHERE ${Prisma.join(where, " AND ")}
      ORDER BY ${order(sql`COALESCE(k.n, 0)`)} LIMIT ${SOURCES_PAGE_SIZE + 1} OFFSET ${(f.page - 1) * SOURCES_PAGE_SIZE}
    ) s
    ORDER BY ${order(sql`"citedBy"`)}`, await listReadTarget(), f.q ? "per call" : "cached");
  const languages = await db.source.findMany({ where: { workspaceId: access.workspaceId }, distinct: ["language"], select: { language: true } });
  return {
    access,
    filter: f,
    rows: rows.slice(0, SOURCES_PAGE_SIZE),
    hasNextPage: rows.length > SOURCES_PAGE_SIZE,
    languages: languages.map((l) => l.language).sort(),
  };
}
