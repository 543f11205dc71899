import { z } from "zod";
import { ItemKind } from "@/lib/generated/prisma/enums";
import { invalid, zodFieldErrors } from "@/lib/errors";
import { assertStorableInput } from "@/lib/http/storable-input";
import { ZDay } from "@/lib/tracking/partial-date-schema";

/** A query-string value: absent, one value (possibly comma-separated) or repeated. */
const ZList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) =>
    (value === undefined ? [] : Array.isArray(value) ? value : [value])
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter(Boolean),
  );

const ZFlag = z
  .union([z.literal("1"), z.literal("true"), z.literal("0"), z.literal("false"), z.literal(""), z.boolean()])
  .optional()
  .transform((value) => value === true || value === "1" || value === "true");


// PostgreSQL has no year 0 (JavaScript's year 0 is its 1 BC) and writes no year past 9999 in the form it is read back
// in ("9999-12-31T23:59:59-12:00" is in the year 10000 in UTC), so such a time would fail the query.
const withinYears = (date: Date) => date.getUTCFullYear() >= 1 && date.getUTCFullYear() <= 9999;

/**
 * "As recorded on" accepts a day (meaning its end), a day and a minute as the form's datetime-local field sends it
 * ("2023-05-16T09:00", meaning the end of that minute), both in UTC, or an exact ISO time with its offset.
 */
const ZRecordTime = z.union([
  ZDay.transform((date) => new Date(date.getTime() + 86_400_000 - 1)),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
    .transform((text) => new Date(Date.parse(`${text}:59.999Z`)))
    .refine((date) => !Number.isNaN(date.getTime()) && withinYears(date), "Not a real date and time"),
  z.iso
    .datetime({ offset: true })
    .transform((text) => new Date(text))
    .refine(withinYears, "Not a real date"),
], "Enter a date, or a date and time (UTC)");

// Their names in each language are the "query" messages.
export const SORTS = ["updated", "title", "effective"] as const;
export type SortKey = (typeof SORTS)[number];

/** The tracker table's columns, in display order. The title names the row, so it is always shown. */
export const COLUMN_KEYS = ["kind", "title", "jurisdictions", "status", "changed"] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export const GROUPS = ["none", "kind", "status", "jurisdiction"] as const;
export type GroupKey = (typeof GROUPS)[number];

/**
 * The tracker's filters, sort, as-of dates and page, as they appear in the URL (and in saved views). Every field is
 * optional with a sensible default, so `/w/demo` is a valid query.
 */
export const ZTrackerQuery = z.object({
  kind: ZList.pipe(z.array(z.enum(ItemKind, "Unknown kind"))),
  status: ZList,
  jurisdiction: ZList.transform((codes) => codes.map((c) => c.toUpperCase())),
  /** Tags as typed: the tracker matches them ignoring case. */
  tag: ZList,
  discrepancy: ZFlag,
  noSource: ZFlag,
  changedSince: ZDay.optional(),
  sort: z.enum(SORTS, "Unknown sort").default("updated"),
  dir: z.enum(["asc", "desc"]).optional(),
  /** Valid time: show the status each item had in the world on this day. */
  validOn: ZDay.optional(),
  /** Record time: show the tracker as the team had recorded it at this moment. */
  recordedAt: ZRecordTime.optional(),
  /** Visible columns; none named means all. Kept in display order whatever order the URL lists them in. */
  columns: ZList.pipe(z.array(z.enum(COLUMN_KEYS, "Unknown column"))).transform((keys) =>
    keys.length === 0 ? [...COLUMN_KEYS] : COLUMN_KEYS.filter((key) => key === "title" || keys.includes(key)),
  ),
  group: z.enum(GROUPS, "Unknown grouping").default("none"),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1, "At least 1").max(200, "At most 200").default(50),
});

export type TrackerQuery = z.output<typeof ZTrackerQuery>;
export type TrackerQueryInput = z.input<typeof ZTrackerQuery>;

/** Parses a tracker query; empty values (an HTML form's untouched fields) count as absent. */
export function parseTrackerQuery(input: TrackerQueryInput) {
  const present = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== "" && value !== undefined));
  return ZTrackerQuery.safeParse(present);
}

/** Parses a tracker query or throws an "invalid" error naming each bad parameter. */
export function requireTrackerQuery(input: TrackerQueryInput): TrackerQuery {
  // Pages pass their query string straight here.
  assertStorableInput(input);
  const parsed = parseTrackerQuery(input);
  if (!parsed.success) {
    throw invalid("The tracker filters are not valid", zodFieldErrors(parsed.error));
  }
  return parsed.data;
}

export function defaultDirection(sort: SortKey): "asc" | "desc" {
  return sort === "title" ? "asc" : "desc";
}

/** Search params (from a page or a route handler) as plain values for ZTrackerQuery. */
export function queryFromSearchParams(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  if (params instanceof URLSearchParams) {
    const out: Record<string, string | string[]> = {};
    for (const key of new Set(params.keys())) {
      const all = params.getAll(key);
      out[key] = all.length > 1 ? all : (all[0] as string);
    }
    return out;
  }
  return params;
}

const day = (date: Date) => date.toISOString().slice(0, 10);
/** True for the last millisecond of a UTC day: how "as recorded on" a day is read. */
export const isEndOfDay = (date: Date) => date.getTime() % 86_400_000 === 86_400_000 - 1;
/** True for the last millisecond of a minute: how "as recorded on" a day and a minute is read. */
export const isEndOfMinute = (date: Date) => date.getTime() % 60_000 === 60_000 - 1;

/** "As recorded on" as the form's datetime-local field shows it (UTC, to the minute). */
export const recordTimeField = (date: Date | undefined) => date && date.toISOString().slice(0, 16);

/**
 * The query as URL parameters, leaving out defaults, the page (cursor) and the page size: the canonical form stored in
 * saved views and carried by export links. Parsing the result gives the same query back.
 */
export function trackerParams(query: TrackerQuery): Record<string, string> {
  const params: Record<string, string | undefined> = {
    kind: query.kind.join(",") || undefined,
    status: query.status.join(",") || undefined,
    jurisdiction: query.jurisdiction.join(",") || undefined,
    tag: query.tag.join(",") || undefined,
    discrepancy: query.discrepancy ? "1" : undefined,
    noSource: query.noSource ? "1" : undefined,
    changedSince: query.changedSince && day(query.changedSince),
    sort: query.sort === "updated" ? undefined : query.sort,
    dir: query.dir,
    validOn: query.validOn && day(query.validOn),
    // A day entered in the form was read as its last instant; write it back as the day.
    recordedAt:
      query.recordedAt &&
      (isEndOfDay(query.recordedAt) ? day(query.recordedAt) : isEndOfMinute(query.recordedAt) ? recordTimeField(query.recordedAt) : query.recordedAt.toISOString()),
    columns: query.columns.length === COLUMN_KEYS.length ? undefined : query.columns.join(","),
    group: query.group === "none" ? undefined : query.group,
  };
  return Object.fromEntries(Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
