import type { ItemKind } from "@/lib/generated/prisma/enums";
import { statusLabel } from "@/lib/tracking/kinds";
import { describeTimeline, layoutTimeline, type TimelineEvent } from "@/lib/tracking/timeline-layout";
import { statusTone } from "./status-tone";

const ROW = 18;
const BAR = 36;

/**
 * The item's statuses drawn as bands on a date axis. One image with a spoken summary; the list beside it is the
 * accessible detail (dates, notes, citations).
 */
export function StatusTimelineChart(props: { id: string; width: number; kind: ItemKind; events: TimelineEvent[]; today: Date }) {
  const { id, width, kind, events, today } = props;
  const layout = layoutTimeline(events, { today, width, label: (status) => statusLabel(kind, status), charWidth: 7.5 });
  if (!layout) return null;
  const barTop = 6 + layout.labelRows * ROW + (layout.labelRows ? 6 : 0);
  const barBottom = barTop + BAR;
  const height = barBottom + 30;
  const fadeId = `${id}-fade`;
  const stripesId = `${id}-stripes`;
  const todayLabelX = Math.max(layout.todayX, 40);
  const axisEnd = Math.max(layout.todayX, ...layout.bands.map((band) => band.x + band.width));
  return (
    <svg
      role="img"
      aria-label={`Status timeline: ${describeTimeline(layout.bands)}`}
      viewBox={`0 0 ${width} ${height}`}
      className="h-auto w-full"
      data-testid="status-timeline-chart"
    >
      <defs>
        <linearGradient id={fadeId}>
          <stop offset="0" stopColor="white" stopOpacity="0.75" />
          <stop offset="1" stopColor="white" stopOpacity="0" />
        </linearGradient>
        <pattern id={stripesId} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="4" height="8" fill="white" fillOpacity="0.55" />
        </pattern>
      </defs>
      {layout.bands.map((band) => {
        const tone = statusTone(band.status);
        const bandWidth = Math.max(band.width, 2);
        const labelY = band.labelRow === null ? barTop + BAR / 2 + 4.5 : 6 + band.labelRow * ROW + 12;
        return (
          <g key={band.start.toISOString()}>
            <rect x={band.x} y={barTop} width={bandWidth} height={BAR} className={tone.band} />
            {band.fuzzyWidth > 1 && <rect x={band.x} y={barTop} width={band.fuzzyWidth} height={BAR} fill={`url(#${fadeId})`} />}
            {band.future && <rect x={band.x} y={barTop} width={bandWidth} height={BAR} fill={`url(#${stripesId})`} />}
            <line x1={band.x} x2={band.x} y1={barTop} y2={barBottom} stroke="white" strokeWidth="2" />
            {band.labelRow !== null && (
              <line x1={band.x + bandWidth / 2} x2={band.x + bandWidth / 2} y1={labelY + 4} y2={barTop} className="stroke-slate-400" strokeWidth="1" />
            )}
            <text x={band.labelX} y={labelY} className={`text-[13px] font-medium ${band.labelRow === null ? tone.bandText : "fill-slate-800"}`}>
              {band.label}
            </text>
          </g>
        );
      })}
      <line x1={layout.bands[0]?.x} x2={axisEnd} y1={barBottom} y2={barBottom} className="stroke-slate-400" />
      {layout.ticks.map((tick) => (
        <g key={tick.label} className="fill-slate-600 stroke-slate-400">
          <line x1={tick.x} x2={tick.x} y1={barBottom} y2={barBottom + 5} />
          {tick.x < layout.todayX - 56 && (
            <text x={tick.x} y={barBottom + 19} textAnchor={tick.x < 20 ? "start" : "middle"} stroke="none" className="text-[12px]">
              {tick.label}
            </text>
          )}
        </g>
      ))}
      <line x1={layout.todayX} x2={layout.todayX} y1={barTop - 3} y2={barBottom + 5} className="stroke-slate-900" strokeWidth="2" />
      <text x={todayLabelX} y={barBottom + 19} textAnchor="end" className="fill-slate-900 text-[12px] font-medium">
        Today
      </text>
    </svg>
  );
}
