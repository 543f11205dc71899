import { z } from "zod";
import { readRows } from "@/lib/db/read-sql";
import { DomainError, invalid } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { locateExcerpt } from "@/lib/sources/locate-excerpt";
import type { WorkspaceAccess } from "@/lib/workspaces/authorize";

export const ZCitationInput = z.object({
  sourceId: z.uuid("Choose a source"),
  excerpt: z.string().min(1, "Quote the passage that supports the status").max(5000),
  startOffset: z.number().int().nonnegative().optional(),
});

export type CitationInput = z.output<typeof ZCitationInput>;
export type ResolvedCitation = { sourceId: string; excerpt: string; startOffset: number; endOffset: number };

/** Where a citation's field sits in the caller's input, for field errors: `citations.0.excerpt` by default. */
type FieldPath = (index: number, field: keyof CitationInput) => string;

const inList: FieldPath = (index, field) => `citations.${index}.${field}`;

/** Checks each excerpt against its source's text (in this workspace) and fixes its offsets. */
export async function resolveCitations(access: WorkspaceAccess, citations: CitationInput[], path: FieldPath = inList): Promise<ResolvedCitation[]> {
  if (citations.length === 0) return [];
  const ids = [...new Set(citations.map((c) => c.sourceId))];
  const sources = await readRows<{ id: string; body: string; title: string }>(Prisma.sql`
    SELECT id, body, title FROM "Source" WHERE id = ANY(${ids}::uuid[]) AND "workspaceId" = ${access.workspaceId}::uuid`);
  return citations.map((citation, index) => {
    const source = sources.find((s) => s.id === citation.sourceId);
    // Not found rather than invalid: a source of another workspace names nothing here (as an item of another one).
    if (!source) throw new DomainError("not_found", "A cited source was not found.", { fields: { [path(index, "sourceId")]: ["Choose a source from this workspace"] } });
    const at = locateExcerpt(source.body, citation.excerpt, citation.startOffset);
    if (!at) {
      throw invalid("A quoted excerpt does not occur in its source", {
        [path(index, "excerpt")]: [`Quote the passage exactly as it appears in “${source.title}”`],
      });
    }
    return { sourceId: source.id, excerpt: citation.excerpt, startOffset: at.start, endOffset: at.end };
  });
}
