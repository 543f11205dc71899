import { z } from "zod";
import { ItemKind } from "@/lib/generated/prisma/enums";
import { isJurisdiction } from "./jurisdictions";

const ZJurisdictions = z
  .array(z.string().trim().toUpperCase())
  .max(50)
  .transform((codes) => [...new Set(codes.filter(Boolean))])
  .refine((codes) => codes.every(isJurisdiction), {
    message: "Use ISO 3166 country codes such as JP or KR (or EU)",
  });

/** Tags keep the case they were typed in ("WTO", "Group A"); one that differs from an earlier tag only in case is dropped. */
const ZTags = z
  .array(z.string().trim().max(40, "Tags are at most 40 characters"))
  .max(30)
  .transform((tags) => [...new Map(tags.filter(Boolean).reverse().map((tag) => [tag.toLowerCase(), tag])).values()].reverse());

/**
 * The editable fields of a tracked item, without defaults: zod 4 applies a default even inside `.partial()`, so an edit
 * naming only the title would otherwise blank the summary, affected jurisdictions and tags.
 */
export const ZItemFields = z.object({
  title: z.string().trim().min(3, "Enter a title of at least 3 characters").max(300),
  summary: z.string().trim().max(5000),
  implementingJurisdictions: ZJurisdictions.refine((codes) => codes.length > 0, "Name at least one implementing jurisdiction"),
  affectedJurisdictions: ZJurisdictions,
  tags: ZTags,
});

/** A new item: the optional fields start empty. */
export const ZCreateItem = ZItemFields.extend({
  kind: z.enum(ItemKind, "Choose a kind"),
  summary: ZItemFields.shape.summary.default(""),
  affectedJurisdictions: ZItemFields.shape.affectedJurisdictions.default([]),
  tags: ZItemFields.shape.tags.default([]),
});

export type CreateItemInput = z.input<typeof ZCreateItem>;
export type ItemFields = z.output<typeof ZItemFields>;
