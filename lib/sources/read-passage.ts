import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { authorize } from "@/lib/workspaces/authorize";

const ZPassage = z.object({ sourceId: z.uuid(), start: z.coerce.number().int().nonnegative(), end: z.coerce.number().int().positive() });

/** The text of a source between two offsets (a passage chosen to cite), or null if the reference is not valid. */
export async function readPassage(actor: Actor, workspaceSlug: string, input: { sourceId?: string; start?: string; end?: string }) {
  const parsed = ZPassage.safeParse(input);
  if (!parsed.success || parsed.data.end <= parsed.data.start || parsed.data.end - parsed.data.start > 5000) return null;
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const source = await db.source.findFirst({ where: { id: parsed.data.sourceId, workspaceId: access.workspaceId }, select: { id: true, title: true, language: true, body: true } });
  if (!source || parsed.data.end > source.body.length) return null;
  return {
    sourceId: source.id,
    sourceTitle: source.title,
    sourceLanguage: source.language,
    excerpt: source.body.slice(parsed.data.start, parsed.data.end),
    startOffset: parsed.data.start,
  };
}
