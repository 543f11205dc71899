import type { ItemKind } from "@/lib/generated/prisma/enums";
import type { TimelineRow, TimelineTick } from "@/lib/tracking/timeline-layout";
import type { Words } from "@/lib/i18n/words";
import { INK, statusFill } from "@/components/status-tone";
import { el, type SvgNode } from "./svg";

/** Where a row is drawn: its label rows start at `labelsTop`, its bar at `barTop`. */
export type RowPlace = { labelsTop: number; barTop: number; barHeight: number; labelRowHeight: number; fontSize: number };

/** Ids of the patterns a drawing's rows share, unique in the page (a page may hold a drawing twice: wide and narrow). */
export type RowPatterns = { fade: string; stripes: string };

export function rowPatternDefs(ids: RowPatterns): SvgNode {
  return el(
    "defs",
    {},
    el("linearGradient", { id: ids.fade }, el("stop", { offset: "0", "stop-color": "white", "stop-opacity": "0.75" }), el("stop", { offset: "1", "stop-color": "white", "stop-opacity": "0" })),
    el(
      "pattern",
      { id: ids.stripes, width: 8, height: 8, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
      el("rect", { width: 4, height: 8, fill: "white", "fill-opacity": "0.55" }),
    ),
  );
}

/**
 * One history's bands, labels and announcement marks (laid out by layoutBands). Each band says its period in a tooltip;
 * an announcement is a diamond on the bar's top edge on its day, with a dashed lead to the band it announced.
 */
export function statusRowNodes(row: TimelineRow, kind: ItemKind, place: RowPlace, ids: RowPatterns, now: string, words: Words): SvgNode[] {
  const { labelsTop, barTop, barHeight, labelRowHeight, fontSize } = place;
  const barBottom = barTop + barHeight;
  const bands = row.bands.map((band) => {
    const width = Math.max(band.width, 2);
    const above = typeof band.labelRow === "number" ? band.labelRow : null;
    const labelY = above === null ? barTop + barHeight / 2 + fontSize * 0.35 : labelsTop + above * labelRowHeight + fontSize;
    return el(
      "g",
      {},
      el("title", {}, words.band(band, now)),
      el("rect", { x: band.x, y: barTop, width, height: barHeight, fill: statusFill(band.status) }),
      band.fuzzyWidth > 1 && el("rect", { x: band.x, y: barTop, width: band.fuzzyWidth, height: barHeight, fill: `url(#${ids.fade})` }),
      band.future && el("rect", { x: band.x, y: barTop, width, height: barHeight, fill: `url(#${ids.stripes})` }),
      el("line", { x1: band.x, x2: band.x, y1: barTop, y2: barBottom, stroke: "white", "stroke-width": 2 }),
      above !== null &&
        el("line", { x1: band.x + width / 2, x2: band.x + width / 2, y1: labelY + 4, y2: barTop, stroke: INK.faint, "stroke-width": 1 }),
      band.labelRow !== "none" && el("text", { x: band.labelX, y: labelY, "font-size": fontSize, "font-weight": 500, fill: INK.text }, band.label),
    );
  });
  const announcements = row.announcements.map((mark) => {
    const size = Math.min(6, barHeight / 3);
    return el(
      "g",
      { "data-announcement": mark.status },
      el("title", {}, words.comingText(kind, mark.previous, mark)),
      mark.effectiveX > mark.x + size &&
        el("line", { x1: mark.x, x2: mark.effectiveX, y1: barTop + 1, y2: barTop + 1, stroke: INK.text, "stroke-width": 1.5, "stroke-dasharray": "3 2" }),
      el("path", { d: `M${mark.x} ${barTop - size}l${size} ${size}l${-size} ${size}l${-size} ${-size}z`, fill: INK.text, stroke: "white", "stroke-width": 1 }),
    );
  });
  return [...bands, ...announcements];
}

/** A tick's label: the year, or the month and year. */
export function tickLabel(tick: TimelineTick, words: Words): string {
  return tick.unit === "year" ? String(tick.at.getUTCFullYear()) : words.monthYear(tick.at);
}
