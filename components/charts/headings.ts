import { formatCount, formatDay, formatRecordedAt } from "@/lib/format";
import type { StatusSeries } from "@/lib/tracking/statuses-over-time";
import { addDays } from "@/lib/tracking/timeline-layout";
import type { WorkspaceTimeline } from "@/lib/tracking/workspace-timeline";
import { asOfPhrases, describeQuery } from "@/lib/views/describe-query";
import type { TrackerQuery } from "@/lib/views/tracker-query";

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The tracker query's filters and order in one line: "Kind: Export control · Tags: semiconductors · Sorted by: Title". */
export function filtersLine(query: TrackerQuery): string {
  const lines = describeQuery(query).filter((line) => line.label !== "Columns");
  const filters = lines.filter((line) => line.label !== "Sorted by" && line.label !== "Grouped by");
  const all = filters.length ? lines : [{ label: "Items", value: "all" }, ...lines];
  return all.map((line) => `${line.label}: ${line.value}`).join(" · ");
}

/** The query's as-of dates in one line: "As recorded on 17 Mar 2023, with the statuses in force on 1 Jan 2020". */
export function asOfLine(query: TrackerQuery): string {
  const phrases = asOfPhrases(query);
  return phrases.length ? capitalise(phrases.join(", ")) : "As recorded now";
}

/** "1 Jan 2019 – 28 Nov 2026": a period's first and last day. */
export function periodLine(period: { start: Date; end: Date }): string {
  return `${formatDay(period.start)} – ${formatDay(addDays(period.end, -1))}`;
}

/** "7 items", or "The first 200 of 1,234 items, in the tracker's order". */
export function itemsLine(timeline: Pick<WorkspaceTimeline, "items" | "position" | "truncated">): string {
  const shown = timeline.items.length;
  if (!timeline.truncated) return `${formatCount(shown)} ${shown === 1 ? "item" : "items"}`;
  const total = timeline.position.total;
  const of = total === undefined ? "" : ` of ${timeline.position.moreThanTotal ? "more than " : ""}${formatCount(total)}`;
  return `The first ${formatCount(shown)}${of} items, in the tracker's order`;
}

/** What an exported timeline shows: its workspace, filters, as-of dates, period and items, and when it was made. */
export function timelineHeading(timeline: WorkspaceTimeline, period: { start: Date; end: Date }, exportedAt: Date) {
  return {
    title: `${timeline.workspace.name}: timeline, ${periodLine(period)}`,
    lines: [filtersLine(timeline.query), `${asOfLine(timeline.query)} · ${itemsLine(timeline)}`, `Exported ${formatRecordedAt(exportedAt)}`],
  };
}

const STEP_NAMES: Record<number, string> = { 1: "month", 3: "quarter", 6: "half-year", 12: "year" };

/** "a point per quarter", "a point every 5 years". */
export function stepPhrase(months: number): string {
  return STEP_NAMES[months] ? `a point per ${STEP_NAMES[months]}` : `a point every ${months / 12} years`;
}

/** What an exported chart of statuses over time shows. */
export function statusSeriesHeading(series: StatusSeries, exportedAt: Date) {
  return {
    title: `${series.workspace.name}: items by kind and status, ${formatDay(series.points[0] ?? series.from)} – ${formatDay(series.to)}`,
    lines: [`All items not archived, as recorded now; ${stepPhrase(series.months)}, the last on ${formatDay(series.to)}`, `Exported ${formatRecordedAt(exportedAt)}`],
  };
}
