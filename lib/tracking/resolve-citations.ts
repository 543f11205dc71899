import { z } from "zod";
import { readRows } from "@/lib/db/read-sql";
import { DomainError, type FieldErrors, type FieldSuggestions } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { locateExcerpt, nearestPassage } from "@/lib/sources/locate-excerpt";
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

/** How much of a nearest passage the field message quotes (the suggestion itself carries all of it). */
const QUOTED_MAX = 300;

/**
 * Checks each excerpt against its source's text (in this workspace) and fixes its offsets. An excerpt is found exactly
 * or after typographic folding (quotes, dashes, spaces, line breaks, full-width forms: lib/sources/fold-text.ts), and
 * the citation stores the source's own characters at that place. One that is not found is refused with the nearest
 * passage of the source, in the field message and as a suggestion the form can use with one click.
 */
export async function resolveCitations(access: WorkspaceAccess, citations: CitationInput[], path: FieldPath = inList): Promise<ResolvedCitation[]> {
  if (citations.length === 0) return [];
  const ids = [...new Set(citations.map((c) => c.sourceId))];
  const sources = await readRows<{ id: string; body: string; title: string }>(Prisma.sql`
    SELECT id, body, title FROM "Source" WHERE id = ANY(${ids}::uuid[]) AND "workspaceId" = ${access.workspaceId}::uuid`);
  const missing = citations.findIndex((c) => !sources.some((s) => s.id === c.sourceId));
  // Not found rather than invalid: a source of another workspace names nothing here (as an item of another one).
  if (missing >= 0) {
    throw new DomainError("not_found", "A cited source was not found.", { fields: { [path(missing, "sourceId")]: ["Choose a source from this workspace"] } });
  }
  const fields: FieldErrors = {};
  const suggestions: FieldSuggestions = {};
  const resolved = citations.map((citation, index) => {
    const source = sources.find((s) => s.id === citation.sourceId) as (typeof sources)[number];
    const at = locateExcerpt(source.body, citation.excerpt, citation.startOffset);
    if (at) return { sourceId: source.id, excerpt: source.body.slice(at.start, at.end), startOffset: at.start, endOffset: at.end };
    const field = path(index, "excerpt");
    const near = nearestPassage(source.body, citation.excerpt);
    const notFound = `This passage is not in “${source.title}”, even allowing for different quotes, dashes, spaces and line breaks.`;
    if (near) {
      const passage = source.body.slice(near.start, near.end);
      const quoted = passage.length > QUOTED_MAX ? `${passage.slice(0, QUOTED_MAX)}…` : passage;
      fields[field] = [`${notFound} The nearest passage is “${quoted}”.`];
      suggestions[field] = { excerpt: passage, startOffset: near.start };
    } else {
      fields[field] = [`${notFound} Nothing in it comes close: check that this is the right source.`];
    }
    return null;
  });
  if (Object.keys(fields).length > 0) {
    throw new DomainError("invalid", "A quoted excerpt does not occur in its source", { fields, suggestions });
  }
  return resolved as ResolvedCitation[];
}
