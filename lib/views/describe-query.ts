import type { useTranslations } from "next-intl";
import type { Words } from "@/lib/i18n/words";
import { ITEM_KINDS, KINDS } from "@/lib/tracking/kinds";
import { COLUMN_KEYS, defaultDirection, isEndOfDay, type GroupKey, type TrackerQuery } from "./tracker-query";

/** The "query" messages' translator, server-side (getTranslations) or in a component (useTranslations). */
export type QueryTranslator = ReturnType<typeof useTranslations<"query">>;

/** A query's words in one language: its messages and the language's dates and domain words. */
export type QueryText = { t: QueryTranslator; words: Words };

/** The "charts" messages' translator. */
export type ChartTranslator = ReturnType<typeof useTranslations<"charts">>;

/** What a chart says, in one language: a query's words and the charts' own messages. */
export type ChartText = QueryText & { c: ChartTranslator };

/** Every status of every kind, once, with its label (no two kinds use one value for different things). */
export function statusOptions(words: Words): [string, string][] {
  return [...new Map(ITEM_KINDS.flatMap((kind) => words.statusesOf(kind).map((s) => [s.value, s.label] as const))).entries()];
}

function statusName(words: Words, status: string): string {
  const kind = ITEM_KINDS.find((k) => KINDS[k].statuses.some((s) => s.value === status));
  return kind ? words.status(kind, status) : status;
}

/** "as recorded on 1 Jan 2024", "with the statuses in force on 1 Jan 2020": the query's as-of dates, for a banner. */
export function asOfPhrases({ t, words }: QueryText, query: Pick<TrackerQuery, "validOn" | "recordedAt">): string[] {
  const recorded = query.recordedAt && (isEndOfDay(query.recordedAt) ? words.day(query.recordedAt) : words.recordedAt(query.recordedAt));
  return [recorded && t("asOf.recorded", { date: recorded }), query.validOn && t("asOf.validOn", { date: words.day(query.validOn) })].filter(
    (phrase): phrase is string => Boolean(phrase),
  );
}

/** The query's filters and display choices in words, one line each, for people reading a saved or shared view. */
export function describeQuery({ t, words }: QueryText, query: TrackerQuery): { label: string; value: string }[] {
  const lines: { label: string; value: string }[] = [];
  const list = (values: string[]) => values.join(t("listSeparator"));
  const add = (label: string, value: string | false | undefined) => value && lines.push({ label, value });
  add(t("labels.kind"), list(query.kind.map(words.kind)));
  add(t("labels.status"), list(query.status.map((s) => statusName(words, s))));
  add(t("labels.jurisdictions"), list(query.jurisdiction));
  add(t("labels.tags"), list(query.tag));
  add(t("labels.only"), list([query.discrepancy && t("only.discrepancy"), query.noSource && t("only.noSource")].filter((v): v is string => Boolean(v))));
  add(t("labels.changedSince"), query.changedSince && words.day(query.changedSince));
  const sort = t(`sorts.${query.sort}`);
  add(t("labels.sortedBy"), query.dir && query.dir !== defaultDirection(query.sort) ? t(`direction.${query.dir}`, { sort }) : sort);
  add(t("labels.groupedBy"), query.group !== "none" && t(`groups.${query.group}`));
  add(t("labels.columns"), query.columns.length < COLUMN_KEYS.length && list(query.columns.map((c) => t(`columns.${c}`))));
  return lines;
}

/** A group's heading from its key (see the tracker's grouping): "Export control", "In force", "Japan, South Korea". */
export function groupLabel({ t, words }: QueryText, group: GroupKey, key: string): string {
  if (group === "kind") return key in KINDS ? words.kind(key as keyof typeof KINDS) : key;
  if (group === "status") return key ? statusName(words, key) : t("noStatus");
  if (group === "jurisdiction") return key ? key.split(", ").map(words.jurisdiction).join(t("listSeparator")) : t("noJurisdiction");
  return key;
}
