import { z } from "zod";

/**
 * What a version conflict carries (see item-version.ts): the item as it is now and the changes made since the version
 * the edit was based on. Parsed on the way into the conflict view, since an action's error arrives as plain data.
 */
export const ZVersionConflict = z.object({
  item: z.looseObject({ version: z.number().int().positive() }),
  theirChanges: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      reason: z.string(),
      recordedAt: z.string(),
      diff: z.unknown(),
      actor: z.string(),
    }),
  ),
});

export type VersionConflict = z.output<typeof ZVersionConflict>;

/** The conflict details of an error, or null when it is some other error. */
export function parseVersionConflict(current: unknown): VersionConflict | null {
  const parsed = ZVersionConflict.safeParse(current);
  return parsed.success ? parsed.data : null;
}
