import { canonicalJson, type JsonValue } from "./canonical-json";

export type FieldChange = { before: JsonValue; after: JsonValue };
export type FieldDiff = Record<string, FieldChange>;

/** The fields whose values differ between two states, each with its before and after; unchanged fields are left out. */
export function diffFields<T extends Record<string, JsonValue>>(before: T, after: Partial<T>): FieldDiff {
  const diff: FieldDiff = {};
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const previous = before[field] ?? null;
    if (canonicalJson(previous) !== canonicalJson(value)) diff[field] = { before: previous, after: value };
  }
  return diff;
}

/** The state before a diff was applied: what a revert of it writes back. */
export function beforeState(diff: FieldDiff): Record<string, JsonValue> {
  return Object.fromEntries(Object.entries(diff).map(([field, change]) => [field, change.before]));
}
