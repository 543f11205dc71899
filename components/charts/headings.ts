import type { StatusSeries } from "@/lib/tracking/statuses-over-time";
import { addDays } from "@/lib/tracking/timeline-layout";
import type { WorkspaceTimeline } from "@/lib/tracking/workspace-timeline";
import { asOfPhrases, describeQuery, type ChartText } from "@/lib/views/describe-query";
import type { TrackerQuery } from "@/lib/views/tracker-query";

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The tracker query's filters and order in one line: "Kind: Export control · Tags: semiconductors · Sorted by: Title". */
export function filtersLine(text: ChartText, query: TrackerQuery): string {
  const { t } = text;
  const lines = describeQuery(text, query).filter((line) => line.label !== t("labels.columns"));
  const filters = lines.filter((line) => line.label !== t("labels.sortedBy") && line.label !== t("labels.groupedBy"));
  const all = filters.length ? lines : [{ label: text.c("items"), value: text.c("all") }, ...lines];
  return all.map((line) => text.c("line", { label: line.label, value: line.value })).join(" · ");
}

/** The query's as-of dates in one line: "As recorded on 17 Mar 2023, with the statuses in force on 1 Jan 2020". */
export function asOfLine(text: ChartText, query: TrackerQuery): string {
  const phrases = asOfPhrases(text, query);
  return phrases.length ? capitalise(phrases.join(text.t("listSeparator"))) : text.c("recordedNow");
}

/** "1 Jan 2019 – 28 Nov 2026": a period's first and last day. */
export function periodLine({ words }: ChartText, period: { start: Date; end: Date }): string {
  return `${words.day(period.start)} – ${words.day(addDays(period.end, -1))}`;
}

/** "7 items", or "The first 200 of 1,234 items, in the tracker's order". */
export function itemsLine({ c }: ChartText, timeline: Pick<WorkspaceTimeline, "items" | "position" | "truncated">): string {
  const shown = timeline.items.length;
  if (!timeline.truncated) return c("itemCount", { count: shown });
  const total = timeline.position.total;
  if (total === undefined) return c("firstItems", { shown });
  return c(timeline.position.moreThanTotal ? "firstOfMoreThan" : "firstOf", { shown, total });
}

/** What an exported timeline shows: its workspace, filters, as-of dates, period and items, and when it was made. */
export function timelineHeading(text: ChartText, timeline: WorkspaceTimeline, period: { start: Date; end: Date }, exportedAt: Date) {
  const { c, words } = text;
  return {
    title: c("timelineTitle", { workspace: timeline.workspace.name, period: periodLine(text, period) }),
    lines: [filtersLine(text, timeline.query), `${asOfLine(text, timeline.query)} · ${itemsLine(text, timeline)}`, c("exported", { date: words.recordedAt(exportedAt) })],
  };
}

/** "a point per quarter", "a point every 5 years". */
export function stepPhrase({ c }: ChartText, months: number): string {
  return months === 1 || months === 3 || months === 6 || months === 12 ? c(`steps.${months}`) : c("stepYears", { years: months / 12 });
}

/** What an exported chart of statuses over time shows. */
export function statusSeriesHeading(text: ChartText, series: StatusSeries, exportedAt: Date) {
  const { c, words } = text;
  return {
    title: c("seriesTitle", { workspace: series.workspace.name, from: words.day(series.points[0] ?? series.from), to: words.day(series.to) }),
    lines: [c("seriesLine", { step: stepPhrase(text, series.months), last: words.day(series.to) }), c("exported", { date: words.recordedAt(exportedAt) })],
  };
}
