import { statusCountsDrawing } from "@/components/charts/status-counts";
import { statusSeriesHeading, timelineHeading } from "@/components/charts/headings";
import { serializeSvg, type SvgNode } from "@/components/charts/svg";
import { workspaceTimelineDrawing } from "@/components/charts/workspace-timeline";
import { apiRoute, searchInput } from "@/lib/http/api-route";
import { chartResponse, type ChartFile, type ChartFormat } from "@/lib/http/chart-response";
import { chartLocale } from "@/lib/i18n/chart-language";
import { chartTextFor } from "@/lib/i18n/chart-text";
import { readStatusSeries, type StatusSeriesInput } from "@/lib/tracking/statuses-over-time";
import { periodShown, utcDay } from "@/lib/tracking/timeline-layout";
import { readWorkspaceTimeline, type TimelineInput } from "@/lib/tracking/workspace-timeline";

/** Exported drawings are as wide as the pages draw them on a desktop. */
const WIDTH = 960;

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A drawing as a file, with the size its root declares. */
const chartFile = (drawing: SvgNode): ChartFile => ({ svg: serializeSvg(drawing), width: Number(drawing.attrs.width), height: Number(drawing.attrs.height) });

/**
 * The workspace timeline as a file, for the tracker's query string and a period (`from`, `to`): the page's drawing with
 * a title saying what it shows, its rows linking to the items.
 */
export function timelineRoute(format: ChartFormat) {
  return apiRoute<{ slug: string }>(async ({ request, params, actor }) => {
    const timeline = await readWorkspaceTimeline(actor, params.slug, searchInput<TimelineInput>(request));
    const now = new Date();
    const period = periodShown(
      timeline.items.map((item) => item.events),
      timeline.period,
      timeline.present,
    );
    const origin = new URL(request.url).origin;
    const text = chartTextFor(chartLocale(request));
    const drawing = workspaceTimelineDrawing(timeline, {
      id: "timeline",
      width: WIDTH,
      label: text.c("timeline"),
      itemHref: (itemId) => `${origin}/w/${timeline.workspace.slug}/items/${itemId}`,
      heading: timelineHeading(text, timeline, period, now),
      text,
    });
    return chartResponse(chartFile(drawing), format, `${timeline.workspace.slug}-timeline-${day(now)}`);
  });
}

/** The overview's charts of items by kind and status over time, as a file, for a period and step (`from`, `to`, `step`). */
export function statusSeriesRoute(format: ChartFormat) {
  return apiRoute<{ slug: string }>(async ({ request, params, actor }) => {
    const series = await readStatusSeries(actor, params.slug, searchInput<StatusSeriesInput>(request));
    const now = new Date();
    const text = chartTextFor(chartLocale(request));
    const heading = statusSeriesHeading(text, series, now);
    const drawing = statusCountsDrawing(series, { width: WIDTH, label: text.c("seriesLabel"), today: utcDay(now), heading, text });
    return chartResponse(chartFile(drawing), format, `${series.workspace.slug}-statuses-${day(now)}`);
  });
}
