import { formatDay, formatRecordedAt } from "@/lib/format";
import { ITEM_KINDS, KINDS, kindLabel } from "@/lib/tracking/kinds";
import { jurisdictionName } from "@/lib/tracking/jurisdictions";
import { COLUMN_KEYS, COLUMNS, defaultDirection, GROUPS, isEndOfDay, SORTS, type GroupKey, type TrackerQuery } from "./tracker-query";

/** Every status of every kind, once, with its label (no two kinds use one value for different things). */
export const STATUS_OPTIONS: readonly (readonly [string, string])[] = [
  ...new Map(ITEM_KINDS.flatMap((kind) => KINDS[kind].statuses.map((s) => [s.value, s.label] as const))).entries(),
];
const STATUS_LABELS = new Map(STATUS_OPTIONS);

/** "as recorded on 1 Jan 2024", "with the statuses in force on 1 Jan 2020": the query's as-of dates, for a banner. */
export function asOfPhrases(query: Pick<TrackerQuery, "validOn" | "recordedAt">): string[] {
  const recorded = query.recordedAt && (isEndOfDay(query.recordedAt) ? formatDay(query.recordedAt) : formatRecordedAt(query.recordedAt));
  return [recorded && `as recorded on ${recorded}`, query.validOn && `with the statuses in force on ${formatDay(query.validOn)}`].filter(
    (phrase): phrase is string => Boolean(phrase),
  );
}

/** The query's filters and display choices in words, one line each, for people reading a saved or shared view. */
export function describeQuery(query: TrackerQuery): { label: string; value: string }[] {
  const lines: { label: string; value: string }[] = [];
  const add = (label: string, value: string | false | undefined) => value && lines.push({ label, value });
  add("Kind", query.kind.map(kindLabel).join(", "));
  add("Status", query.status.map((s) => STATUS_LABELS.get(s) ?? s).join(", "));
  add("Jurisdictions", query.jurisdiction.join(", "));
  add("Tags", query.tag.join(", "));
  add("Only", [query.discrepancy && "sources disagree", query.noSource && "no source yet"].filter(Boolean).join(", "));
  add("Changed since", query.changedSince && formatDay(query.changedSince));
  const direction = query.dir && query.dir !== defaultDirection(query.sort) ? (query.dir === "asc" ? " (ascending)" : " (descending)") : "";
  add("Sorted by", `${SORTS[query.sort]}${direction}`);
  add("Grouped by", query.group !== "none" && GROUPS[query.group]);
  add("Columns", query.columns.length < COLUMN_KEYS.length && query.columns.map((c) => COLUMNS[c]).join(", "));
  return lines;
}

/** A group's heading from its key (see the tracker's grouping): "Export control", "In force", "Japan, South Korea". */
export function groupLabel(group: GroupKey, key: string): string {
  if (group === "kind") return key in KINDS ? kindLabel(key as keyof typeof KINDS) : key;
  if (group === "status") return key ? (STATUS_LABELS.get(key) ?? key) : "No status yet";
  if (group === "jurisdiction") return key ? key.split(", ").map(jurisdictionName).join(", ") : "No jurisdiction";
  return key;
}
