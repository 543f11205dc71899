import type { ItemKind } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";
import { useWords } from "@/lib/i18n/use-words";
import { layoutTimeline, type TimelineEvent } from "@/lib/tracking/timeline-layout";
import { rowPatternDefs, statusRowNodes, tickLabel } from "./charts/status-row";
import { el, FONT_FAMILY } from "./charts/svg";
import { SvgView } from "./charts/svg-view";
import { INK } from "./status-tone";

const ROW = 18;
const BAR = 36;

/**
 * The item's statuses drawn as bands on a date axis, with marks where a status was announced ahead of taking effect.
 * One image with a spoken summary; the list beside it is the accessible detail (dates, notes, citations).
 */
export function StatusTimelineChart(props: { id: string; width: number; kind: ItemKind; events: TimelineEvent[]; today: Date }) {
  const { id, width, kind, events, today } = props;
  const words = useWords();
  const c = useTranslations("charts");
  const layout = layoutTimeline(events, { today, width, label: (status) => words.status(kind, status), charWidth: 7.5 });
  if (!layout) return null;
  const labelsTop = 6;
  const barTop = labelsTop + layout.labelRows * ROW + (layout.labelRows ? 6 : 0);
  const barBottom = barTop + BAR;
  const height = barBottom + 30;
  const ids = { fade: `${id}-fade`, stripes: `${id}-stripes` };
  const todayLabelX = Math.max(layout.todayX, 40);
  const axisEnd = Math.max(layout.todayX, ...layout.bands.map((band) => band.x + band.width));
  const drawing = el(
    "svg",
    {
      role: "img",
      "aria-label": c("statusTimeline", { bands: words.bands(layout.bands) }),
      viewBox: `0 0 ${width} ${height}`,
      class: "h-auto w-full",
      "font-family": FONT_FAMILY,
      "data-testid": "status-timeline-chart",
    },
    rowPatternDefs(ids),
    statusRowNodes(layout, kind, { labelsTop, barTop, barHeight: BAR, labelRowHeight: ROW, fontSize: 13 }, ids, "today", words),
    el("line", { x1: layout.bands[0]?.x, x2: axisEnd, y1: barBottom, y2: barBottom, stroke: INK.faint }),
    layout.ticks.map((tick) =>
      el(
        "g",
        {},
        el("line", { x1: tick.x, x2: tick.x, y1: barBottom, y2: barBottom + 5, stroke: INK.faint }),
        tick.x < layout.todayX - 56 &&
          el("text", { x: tick.x, y: barBottom + 19, "text-anchor": tick.x < 20 ? "start" : "middle", "font-size": 12, fill: INK.muted }, tickLabel(tick, words)),
      ),
    ),
    el("line", { x1: layout.todayX, x2: layout.todayX, y1: barTop - 3, y2: barBottom + 5, stroke: INK.text, "stroke-width": 2 }),
    el("text", { x: todayLabelX, y: barBottom + 19, "text-anchor": "end", "font-size": 12, "font-weight": 500, fill: INK.text }, c("today")),
  );
  return <SvgView drawing={drawing} />;
}
