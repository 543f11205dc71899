import type { ItemKind } from "@/lib/generated/prisma/enums";
import { ITEM_KINDS, KINDS } from "@/lib/tracking/kinds";
import type { ChartText } from "@/lib/views/describe-query";
import type { StatusSeries } from "@/lib/tracking/statuses-over-time";
import { fitText, textWidth } from "@/lib/tracking/timeline-layout";
import { INK, KIND_FILLS, statusFill } from "@/components/status-tone";
import { el, FONT_FAMILY, type SvgNode } from "./svg";

/** A point's name on an axis: "2019", "Mar 2023", or for the last point its day ("Today" when it is today). */
export function pointLabel({ c, words }: ChartText, series: Pick<StatusSeries, "months" | "points">, index: number, today: Date): string {
  const point = series.points[index]!;
  if (index === series.points.length - 1) return point.getTime() === today.getTime() ? c("today") : words.day(point);
  return series.months >= 12 ? String(point.getUTCFullYear()) : words.monthYear(point);
}

/** One chart's data: per point, the count of each series (a kind, or a status of one kind), in the legend's order. */
export type CountChart = { title: string; series: { key: string; label: string; fill: string }[]; values: number[][] };

/** The charts of a status series: items by kind, then each kind's items by status (kinds without items left out). */
export function countCharts({ c, words }: ChartText, data: Pick<StatusSeries, "points" | "counts">): CountChart[] {
  const index = new Map(data.points.map((point, i) => [point.getTime(), i]));
  const zeros = () => data.points.map(() => 0);
  const byKind = new Map<ItemKind, number[]>(ITEM_KINDS.map((kind) => [kind, zeros()]));
  const byStatus = new Map<string, number[]>();
  for (const { on, kind, status, count } of data.counts) {
    const at = index.get(on.getTime());
    if (at === undefined) continue;
    byKind.get(kind)![at]! += count;
    const key = `${kind}/${status}`;
    if (!byStatus.has(key)) byStatus.set(key, zeros());
    byStatus.get(key)![at]! += count;
  }
  const kinds = ITEM_KINDS.filter((kind) => byKind.get(kind)!.some((n) => n > 0));
  const perPoint = (rows: number[][]) => data.points.map((_, at) => rows.map((row) => row[at]!));
  const charts: CountChart[] = [
    {
      title: c("byKind"),
      series: kinds.map((kind) => ({ key: kind, label: words.kind(kind), fill: KIND_FILLS[kind] })),
      values: perPoint(kinds.map((kind) => byKind.get(kind)!)),
    },
  ];
  for (const kind of kinds) {
    // The kind's statuses in their usual order; a status no longer in the vocabulary last.
    const known = KINDS[kind].statuses.map((s) => s.value as string);
    const present = [...byStatus.keys()].filter((key) => key.startsWith(`${kind}/`)).map((key) => key.slice(kind.length + 1));
    const statuses = [...known.filter((s) => present.includes(s)), ...present.filter((s) => !known.includes(s))];
    charts.push({
      title: c("byStatus", { kind: words.kind(kind) }),
      series: statuses.map((status) => ({ key: status, label: words.status(kind, status), fill: statusFill(status) })),
      values: perPoint(statuses.map((status) => byStatus.get(`${kind}/${status}`)!)),
    });
  }
  return charts;
}

/** Heights of the first chart (items by kind) and of each kind's. */
const PLOT = { first: 120, other: 80 };
const LABEL_CHAR = 5.6;

type AxisLabel = { x: number; anchor: "start" | "middle" | "end" } | null;

/**
 * Where each point's label goes under its bar, or null where it would crowd its neighbour: labels are kept from the
 * first on while they stay apart, the last always (it is the series' end); those at the edges are kept inside.
 */
export function placeAxisLabels(labels: { text: string; centre: number }[], left: number, right: number): AxisLabel[] {
  const boxes = labels.map(({ text, centre }) => {
    const width = textWidth(text, LABEL_CHAR);
    if (centre - width / 2 < left) return { from: left, to: left + width, label: { x: left, anchor: "start" as const } };
    if (centre + width / 2 > right) return { from: right - width, to: right, label: { x: right, anchor: "end" as const } };
    return { from: centre - width / 2, to: centre + width / 2, label: { x: centre, anchor: "middle" as const } };
  });
  const last = boxes.length - 1;
  let keptTo = -Infinity;
  return boxes.map((box, index) => {
    if (index === last) return box.label;
    const clear = box.from >= keptTo + 6 && (last < 0 || box.to + 6 <= boxes[last]!.from);
    if (!clear) return null;
    keptTo = box.to;
    return box.label;
  });
}

/**
 * Stacked bars of counts over time, one chart under another: each bar a point of the series, its segments the kinds
 * (or statuses), its total above it; each bar names its point and counts in a tooltip. The tables beside it on the page
 * carry the same numbers.
 */
export function statusCountsDrawing(
  data: StatusSeries,
  options: { width: number; label: string; today: Date; heading?: { title: string; lines: string[] }; text: ChartText },
): SvgNode {
  const { width, heading, today, text } = options;
  const { words } = text;
  const charts = countCharts(text, data);
  const left = 8;
  const right = width - 8;
  const band = (right - left) / data.points.length;
  const barWidth = Math.min(40, band * 0.7);
  const labels = data.points.map((_, i) => pointLabel(text, data, i, today));
  const axisLabels = placeAxisLabels(
    labels.map((text, at) => ({ text, centre: left + band * at + band / 2 })),
    left,
    right,
  );
  const nodes: SvgNode[] = [];
  let y = 0;
  if (heading) {
    y += 24;
    nodes.push(el("text", { x: left, y, "font-size": 16, "font-weight": 700, fill: INK.text }, fitText(heading.title, right - left, 8.8)));
    for (const line of heading.lines) {
      y += 17;
      nodes.push(el("text", { x: left, y, "font-size": 12, fill: INK.muted }, fitText(line, right - left, 6.6)));
    }
    y += 8;
  }
  for (const [index, chart] of charts.entries()) {
    const plot = index === 0 ? PLOT.first : PLOT.other;
    y += 22;
    nodes.push(el("text", { x: left, y, "font-size": 13, "font-weight": 700, fill: INK.text }, fitText(chart.title, right - left, 7.4)));
    const max = Math.max(1, ...chart.values.map((values) => values.reduce((a, b) => a + b, 0)));
    const plotTop = y + 22;
    const base = plotTop + plot;
    const bars = chart.values.map((values, at) => {
      const total = values.reduce((a, b) => a + b, 0);
      const x = left + band * at + (band - barWidth) / 2;
      let top = base;
      const segments = values.map((value, s) => {
        if (value === 0) return null;
        const height = (value / max) * plot;
        top -= height;
        const series = chart.series[s]!;
        return el(
          "g",
          {},
          el("rect", { x, y: top, width: barWidth, height, fill: series.fill, stroke: "white", "stroke-width": 1 }),
          height >= 14 && barWidth >= 18 && el("text", { x: x + barWidth / 2, y: top + height / 2 + 4, "text-anchor": "middle", "font-size": 10, fill: INK.text }, words.count(value)),
        );
      });
      const parts = chart.series.flatMap((series, s) => (values[s] ? [`${series.label} ${words.count(values[s])}`] : []));
      return el(
        "g",
        {},
        el("title", {}, `${labels[at]}: ${words.count(total)}${parts.length ? ` (${parts.join(", ")})` : ""}`),
        segments,
        el("text", { x: x + barWidth / 2, y: top - 4, "text-anchor": "middle", "font-size": 11, "font-weight": 600, fill: INK.text }, words.count(total)),
        axisLabels[at] && el("text", { x: axisLabels[at].x, y: base + 14, "text-anchor": axisLabels[at].anchor, "font-size": 10, fill: INK.muted }, labels[at]!),
      );
    });
    nodes.push(el("line", { x1: left, x2: right, y1: base, y2: base, stroke: INK.faint }), ...bars);
    // Legend under the chart.
    let x = left;
    let legendY = base + 34;
    const legend = chart.series.map((series) => {
      const entryWidth = 18 + textWidth(series.label, 6) + 14;
      if (x > left && x + entryWidth > right) {
        x = left;
        legendY += 16;
      }
      const node = el(
        "g",
        {},
        el("rect", { x, y: legendY - 9, width: 12, height: 10, fill: series.fill, stroke: INK.faint, "stroke-width": 0.5 }),
        el("text", { x: x + 16, y: legendY, "font-size": 11, fill: INK.muted }, series.label),
      );
      x += entryWidth;
      return node;
    });
    nodes.push(...legend);
    y = legendY + 10;
  }
  const height = y + 10;
  return el(
    "svg",
    { viewBox: `0 0 ${width} ${height}`, width, height, "font-family": FONT_FAMILY, role: "img", "aria-label": options.label, "data-testid": "status-counts" },
    heading && el("title", {}, [heading.title, ...heading.lines].join(". ")),
    el("rect", { width, height, fill: "white" }),
    nodes,
  );
}
