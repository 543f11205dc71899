/**
 * What a version conflict carries (see item-version.ts): the item as it is now and the changes made since the version
 * the edit was based on. Checked on the way into the conflict view, since an action's error arrives as plain data.
 * Checked by hand rather than with zod: this module runs in the browser, and zod would add 36 kB (gzipped) to every page
 * with an item form.
 */
export type VersionConflict = {
  item: { version: number; [field: string]: unknown };
  theirChanges: { id: string; type: string; reason: string; recordedAt: string; diff: unknown; actor: string }[];
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function isChange(value: unknown): value is VersionConflict["theirChanges"][number] {
  return isRecord(value) && ["id", "type", "reason", "recordedAt", "actor"].every((key) => typeof value[key] === "string") && "diff" in value;
}

/** The conflict details of an error, or null when it is some other error. */
export function parseVersionConflict(current: unknown): VersionConflict | null {
  if (!isRecord(current) || !isRecord(current.item) || !Array.isArray(current.theirChanges)) return null;
  const { version } = current.item;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1 || !current.theirChanges.every(isChange)) return null;
  return { item: { ...current.item, version }, theirChanges: current.theirChanges };
}
