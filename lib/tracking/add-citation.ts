import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { readRows } from "@/lib/db/read-sql";
import { invalid } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorize } from "@/lib/workspaces/authorize";
import { writeItem, ZExpectedVersion } from "./item-write";
import { resolveCitations, ZCitationInput } from "./resolve-citations";

export const ZAddCitation = ZCitationInput.extend({
  itemId: z.uuid(),
  statusEventId: z.uuid(),
  expectedVersion: ZExpectedVersion,
  reason: z.string().trim().max(2000).default(""),
});

export type AddCitationInput = z.input<typeof ZAddCitation>;

/** Adds a citation to an existing status (which clears its "no source yet" flag). */
export async function addCitation(actor: Actor, workspaceSlug: string, input: AddCitationInput) {
  const access = await authorize(actor, workspaceSlug, "item.write");
  const data = ZAddCitation.parse(input);
  // The citation's fields are at the top of this input, so its errors are named `excerpt`, not `citations.0.excerpt`.
  const [citation] = await resolveCitations(access, [data], (_index, field) => field);
  const { sourceId, startOffset, endOffset } = citation as NonNullable<typeof citation>;
  // Concurrent adds are settled by the item's version: the second, at the same version, is refused as a conflict.
  const [cited] = await readRows(Prisma.sql`
    SELECT 1 FROM "Citation" WHERE "statusEventId" = ${data.statusEventId}::uuid AND "sourceId" = ${sourceId}::uuid
      AND "startOffset" = ${startOffset} AND "endOffset" = ${endOffset}`);
  if (cited) throw invalid("The status cites this passage already", { excerpt: ["This status cites this passage already"] });
  const result = await writeItem(actor, access, {
    type: "citation.added",
    itemId: data.itemId,
    expectedVersion: data.expectedVersion,
    reason: data.reason,
    args: { statusEventId: data.statusEventId, citation: citation as NonNullable<typeof citation> },
  });
  return { citationId: result.citationId as string, version: result.version };
}
