import type { ChangeKind, ItemKind } from "@/lib/generated/prisma/enums";
import { formatRecordedAt } from "@/lib/format";
import { KINDS, statusLabel } from "@/lib/tracking/kinds";
import { formatPartialDate, parsePartialDate } from "@/lib/tracking/partial-date";
import { isRelationType, RELATION_LABELS } from "@/lib/tracking/relation-types";
import { changeTypeLabel } from "./change-types";

/** Names the ids in a diff point at, so people read titles rather than uuids. Plain data: it crosses to the client. */
export type DiffNames = { kind?: ItemKind; sources?: Record<string, string>; items?: Record<string, string> };

/** One changed field as people read it; a value is a list of lines (several citations, say), empty when there was none. */
export type DiffRow = { field: string; label: string; before: string[]; after: string[] };

const FIELD_LABELS: Record<string, string> = {
  kind: "Kind",
  title: "Title",
  summary: "Summary",
  implementingJurisdictions: "Implemented by",
  affectedJurisdictions: "Affects",
  tags: "Tags",
  status: "Status",
  effectiveOn: "In effect from",
  announcedOn: "Announced",
  note: "Note",
  citations: "Citations",
  citation: "Citation",
  archived: "State",
  relation: "Relation",
  name: "Name",
  member: "Member",
  role: "Role",
  owner: "Owner",
  language: "Language",
  email: "Email",
  expiresAt: "Expires",
  revokedAt: "Revoked",
  resolved: "Resolved",
  sources: "Sources",
  titleNote: "Title note",
  publisher: "Publisher",
  byline: "Byline",
  dateline: "Dateline",
  publishedOn: "Published",
  publishedNote: "Publication note",
  url: "Address",
  query: "Filters",
  body: "Comment",
  address: "Endpoint",
  format: "Format",
  eventTypes: "Events",
  description: "Description",
  enabled: "Enabled",
};

/** Bookkeeping rather than something a person changed: the item's version, a comment's revision and its mentions' ids. */
const HIDDEN_FIELDS = new Set(["version", "revision", "mentions"]);

// Fields in the order a reader expects them (the database returns JSON object keys in its own order).
const FIELD_ORDER = Object.keys(FIELD_LABELS);

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  policy_development: "Policy development",
  correction: "Correction",
};

type Change = { before: unknown; after: unknown };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const ROLE_NAMES: Record<string, string> = { owner: "Owner", analyst: "Analyst", viewer: "Viewer" };

function isChange(value: unknown): value is Change {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "before" in value && "after" in value;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function citationLine(value: unknown, names: DiffNames): string {
  const { sourceId, excerpt } = record(value);
  const source = typeof sourceId === "string" ? (names.sources?.[sourceId] ?? "an unknown source") : "an unknown source";
  return `“${String(excerpt ?? "")}” — ${source}`;
}

function relationLine(value: unknown, names: DiffNames): string {
  const { type, toItemId, note } = record(value);
  const label = typeof type === "string" && isRelationType(type) ? RELATION_LABELS[type][0] : String(type);
  const target = typeof toItemId === "string" ? (names.items?.[toItemId] ?? "an item no longer listed") : "an unknown item";
  return `${label} “${target}”${typeof note === "string" && note ? ` (${note})` : ""}`;
}

function lines(field: string, value: unknown, names: DiffNames): string[] {
  if (value === null || value === undefined || value === "") return [];
  if (field === "citations" && Array.isArray(value)) return value.map((c) => citationLine(c, names));
  if (field === "citation") return [citationLine(value, names)];
  if (field === "relation") return [relationLine(value, names)];
  if (field === "archived" && typeof value === "boolean") return [value ? "Archived" : "Active"];
  if (field === "kind" && typeof value === "string" && value in KINDS) return [KINDS[value as keyof typeof KINDS].label];
  if (field === "status" && typeof value === "string") return [names.kind ? statusLabel(names.kind, value) : value];
  if ((field === "effectiveOn" || field === "announcedOn") && typeof value === "string") {
    const date = parsePartialDate(value);
    return [date ? formatPartialDate(date.date, date.precision) : value];
  }
  if (field === "sources" && Array.isArray(value)) return value.map((id) => (typeof id === "string" ? (names.sources?.[id] ?? "a source") : "no source"));
  if (field === "role" && typeof value === "string") return [ROLE_NAMES[value] ?? value];
  if (field === "eventTypes" && Array.isArray(value)) return value.length ? [value.map((type) => changeTypeLabel(String(type))).join(", ")] : [];
  if (Array.isArray(value)) return value.length ? [value.map(String).join(", ")] : [];
  // Times of record (an invite's expiry, a revocation) read as people read times, in UTC.
  if (typeof value === "string" && ISO_INSTANT.test(value)) return [formatRecordedAt(new Date(value))];
  if (typeof value === "string") return [value];
  if (typeof value === "boolean") return [value ? "Yes" : "No"];
  return [JSON.stringify(value)];
}

/**
 * The readable rows of a change record's diff: each field's before and after. Ids the change touched and HIDDEN_FIELDS
 * are bookkeeping, not something a person changed, so they are left out, as are fields empty on both sides.
 */
export function describeDiff(diff: unknown, names: DiffNames = {}): DiffRow[] {
  const rank = (field: string) => (FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length);
  return Object.entries(record(diff))
    .filter((entry): entry is [string, Change] => !HIDDEN_FIELDS.has(entry[0]) && isChange(entry[1]))
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([field, change]) => ({
      field,
      label: FIELD_LABELS[field] ?? field,
      before: lines(field, change.before, names),
      after: lines(field, change.after, names),
    }))
    .filter((row) => row.before.length > 0 || row.after.length > 0);
}
