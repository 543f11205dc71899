import type { RelationType } from "@/lib/generated/prisma/enums";

/** How a relation reads from each end: [from the item that holds it, from the item it points at]. */
export const RELATION_LABELS = {
  reverses: ["Reverses", "Reversed by"],
  retaliates_against: ["Retaliates against", "Retaliated against by"],
  supersedes: ["Supersedes", "Superseded by"],
  disputed_in: ["Disputed in", "Disputes"],
  related_to: ["Related to", "Related to"],
} as const satisfies Record<RelationType, readonly [string, string]>;

export const RELATION_TYPES = Object.keys(RELATION_LABELS) as RelationType[];

export function isRelationType(value: string): value is RelationType {
  return value in RELATION_LABELS;
}
