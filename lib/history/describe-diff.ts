import type { ItemKind } from "@/lib/generated/prisma/enums";
import type { Words } from "@/lib/i18n/words";
import { KINDS } from "@/lib/tracking/kinds";
import { parsePartialDate } from "@/lib/tracking/partial-date";
import { isRelationType } from "@/lib/tracking/relation-types";
import { isRole } from "@/lib/workspaces/roles";

/** Names the ids in a diff point at, so people read titles rather than uuids. Plain data: it crosses to the client. */
export type DiffNames = { kind?: ItemKind; sources?: Record<string, string>; items?: Record<string, string> };

/** One changed field as people read it; a value is a list of lines (several citations, say), empty when there was none. */
export type DiffRow = { field: string; label: string; before: string[]; after: string[] };

/** The fields a diff may hold, in the order a reader expects them (the database returns JSON keys in its own order). */
export const DIFF_FIELDS = [
  "kind",
  "title",
  "summary",
  "implementingJurisdictions",
  "affectedJurisdictions",
  "tags",
  "status",
  "effectiveOn",
  "announcedOn",
  "note",
  "citations",
  "citation",
  "archived",
  "relation",
  "name",
  "member",
  "role",
  "owner",
  "language",
  "email",
  "expiresAt",
  "revokedAt",
  "resolved",
  "sources",
  "titleNote",
  "publisher",
  "byline",
  "dateline",
  "publishedOn",
  "publishedNote",
  "url",
  "query",
  "body",
  "address",
  "format",
  "eventTypes",
  "description",
  "enabled",
] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

function isDiffField(field: string): field is DiffField {
  return (DIFF_FIELDS as readonly string[]).includes(field);
}

/** Bookkeeping rather than something a person changed: the item's version, a comment's revision and its mentions' ids. */
const HIDDEN_FIELDS = new Set(["version", "revision", "mentions"]);

type Change = { before: unknown; after: unknown };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function isChange(value: unknown): value is Change {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "before" in value && "after" in value;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function citationLine(value: unknown, names: DiffNames, words: Words): string {
  const { sourceId, excerpt } = record(value);
  const source = typeof sourceId === "string" ? (names.sources?.[sourceId] ?? words.diff.unknownSource) : words.diff.unknownSource;
  return words.diff.citation(String(excerpt ?? ""), source);
}

function relationLine(value: unknown, names: DiffNames, words: Words): string {
  const { type, toItemId, note } = record(value);
  const label = typeof type === "string" && isRelationType(type) ? words.relation(type, "from") : String(type);
  const target = typeof toItemId === "string" ? (names.items?.[toItemId] ?? words.diff.itemGone) : words.diff.unknownItem;
  return words.diff.relationLine(label, target, typeof note === "string" ? note : "");
}

function lines(field: string, value: unknown, names: DiffNames, words: Words): string[] {
  if (value === null || value === undefined || value === "") return [];
  if (field === "citations" && Array.isArray(value)) return value.map((c) => citationLine(c, names, words));
  if (field === "citation") return [citationLine(value, names, words)];
  if (field === "relation") return [relationLine(value, names, words)];
  if (field === "archived" && typeof value === "boolean") return [value ? words.diff.archived : words.diff.active];
  if (field === "kind" && typeof value === "string" && value in KINDS) return [words.kind(value as keyof typeof KINDS)];
  if (field === "status" && typeof value === "string") return [names.kind ? words.status(names.kind, value) : value];
  if ((field === "effectiveOn" || field === "announcedOn") && typeof value === "string") {
    const date = parsePartialDate(value);
    return [date ? words.partialDate(date.date, date.precision) : value];
  }
  if (field === "sources" && Array.isArray(value)) return value.map((id) => (typeof id === "string" ? (names.sources?.[id] ?? words.diff.aSource) : words.diff.noSource));
  if (field === "role" && typeof value === "string" && isRole(value)) return [words.role(value)];
  if (field === "eventTypes" && Array.isArray(value)) return value.length ? [value.map((type) => words.changeType(String(type))).join(words.listSeparator)] : [];
  if (Array.isArray(value)) return value.length ? [value.map(String).join(words.listSeparator)] : [];
  // Times of record (an invite's expiry, a revocation) read as people read times, in UTC.
  if (typeof value === "string" && ISO_INSTANT.test(value)) return [words.recordedAt(new Date(value))];
  if (typeof value === "string") return [value];
  if (typeof value === "boolean") return [value ? words.diff.yes : words.diff.no];
  return [JSON.stringify(value)];
}

/**
 * The readable rows of a change record's diff: each field's before and after. Ids the change touched and HIDDEN_FIELDS
 * are bookkeeping, not something a person changed, so they are left out, as are fields empty on both sides.
 */
export function describeDiff(diff: unknown, names: DiffNames, words: Words): DiffRow[] {
  const rank = (field: string) => (isDiffField(field) ? DIFF_FIELDS.indexOf(field) : DIFF_FIELDS.length);
  return Object.entries(record(diff))
    .filter((entry): entry is [string, Change] => !HIDDEN_FIELDS.has(entry[0]) && isChange(entry[1]))
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([field, change]) => ({
      field,
      label: isDiffField(field) ? words.diff.fields[field] : field,
      before: lines(field, change.before, names, words),
      after: lines(field, change.after, names, words),
    }))
    .filter((row) => row.before.length > 0 || row.after.length > 0);
}
