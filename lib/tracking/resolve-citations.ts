import { z } from "zod";
import { readRows } from "@/lib/db/read-sql";
import { DomainError, invalid, type FieldErrors, type FieldSuggestions } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { locateExcerpt, nearestPassage } from "@/lib/sources/locate-excerpt";
import type { WorkspaceAccess } from "@/lib/workspaces/authorize";
import { Remembered } from "@/lib/remembered";

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

/** Sources' texts by `workspaceId/sourceId`, up to 16 million characters (UTF-16: about twice as many bytes). */
const remembered = new Remembered<string>(16_000_000, (text) => text.length);

/**
 * The texts of the workspace's sources among `ids` (a source of another workspace is absent). A source's text never
 * changes once added (a trigger refuses it: migration integrity), so a remembered text is always right; sources are
 * never deleted, and pt_item_write joins each citation to its source in the workspace again. Remembering saves a
 * status change one of its round trips, and the reading of a whole source's text, which it spent on every write.
 */
async function sourceTexts(workspaceId: string, ids: string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const unknown: string[] = [];
  for (const id of ids) {
    const text = remembered.get(`${workspaceId}/${id}`);
    if (text === undefined) unknown.push(id);
    else texts.set(id, text);
  }
  if (unknown.length === 0) return texts;
  const rows = await readRows<{ id: string; body: string }>(Prisma.sql`
    SELECT id, body FROM "Source" WHERE id = ANY(${unknown}::uuid[]) AND "workspaceId" = ${workspaceId}::uuid`);
  for (const { id, body } of rows) {
    texts.set(id, body);
    remembered.remember(`${workspaceId}/${id}`, body);
  }
  return texts;
}

/**
 * Checks each excerpt against its source's text (in this workspace) and fixes its offsets. An excerpt is found exactly
 * or after typographic folding (quotes, dashes, spaces, line breaks, full-width forms: lib/sources/fold-text.ts), and
 * the citation stores the source's own characters at that place. One that is not found is refused with the nearest
 * passage of the source, in the field message and as a suggestion the form can use with one click.
 */
export async function resolveCitations(access: WorkspaceAccess, citations: CitationInput[], path: FieldPath = inList): Promise<ResolvedCitation[]> {
  if (citations.length === 0) return [];
  const ids = [...new Set(citations.map((c) => c.sourceId))];
  const texts = await sourceTexts(access.workspaceId, ids);
  const missing = citations.findIndex((c) => !texts.has(c.sourceId));
  // Not found rather than invalid: a source of another workspace names nothing here (as an item of another one).
  if (missing >= 0) {
    throw new DomainError("not_found", "A cited source was not found.", { fields: { [path(missing, "sourceId")]: ["Choose a source from this workspace"] } });
  }
  const located = citations.map((citation) => {
    const body = texts.get(citation.sourceId) as string;
    const at = locateExcerpt(body, citation.excerpt, citation.startOffset);
    return at ? { sourceId: citation.sourceId, excerpt: body.slice(at.start, at.end), startOffset: at.start, endOffset: at.end } : null;
  });
  if (located.every((citation) => citation !== null)) {
    // The same passage twice would be stored, and shown, twice.
    const keys = located.map((c) => `${c.sourceId}:${c.startOffset}:${c.endOffset}`);
    const twice = keys.findIndex((key, index) => keys.indexOf(key) !== index);
    if (twice >= 0) throw invalid("A passage is cited twice", { [path(twice, "excerpt")]: ["This passage is cited already: cite it once"] });
    return located;
  }
  // Titles can change, so the messages read them now (only a refused excerpt needs one).
  const titles = new Map(
    (
      await readRows<{ id: string; title: string }>(Prisma.sql`
        SELECT id, title FROM "Source" WHERE id = ANY(${ids}::uuid[]) AND "workspaceId" = ${access.workspaceId}::uuid`)
    ).map((s) => [s.id, s.title]),
  );
  const fields: FieldErrors = {};
  const suggestions: FieldSuggestions = {};
  located.forEach((citation, index) => {
    if (citation) return;
    const { sourceId, excerpt } = citations[index] as CitationInput;
    const body = texts.get(sourceId) as string;
    const field = path(index, "excerpt");
    const near = nearestPassage(body, excerpt);
    const notFound = `This passage is not in “${titles.get(sourceId) ?? ""}”, even allowing for different quotes, dashes, spaces and line breaks.`;
    if (near) {
      const passage = body.slice(near.start, near.end);
      const quoted = passage.length > QUOTED_MAX ? `${passage.slice(0, QUOTED_MAX)}…` : passage;
      fields[field] = [`${notFound} The nearest passage is “${quoted}”.`];
      suggestions[field] = { excerpt: passage, startOffset: near.start };
    } else {
      fields[field] = [`${notFound} Nothing in it comes close: check that this is the right source.`];
    }
  });
  throw new DomainError("invalid", "A quoted excerpt does not occur in its source", { fields, suggestions });
}
