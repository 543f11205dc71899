import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { formatPartialDate } from "./partial-date";

export type TimelineEvent = { status: string; effectiveOn: Date; precision: DatePrecision };

export type TimelineBand = {
  status: string;
  label: string;
  start: Date;
  startPrecision: DatePrecision;
  /** The next status's start, or (for the last band) today; null precision means "until today". */
  end: Date;
  endPrecision: DatePrecision | null;
  /** The band starts after today: a scheduled status, drawn differently. */
  future: boolean;
  x: number;
  width: number;
  /** How much of the band's start is only known to its precision (a year, a month): drawn faded. */
  fuzzyWidth: number;
  /** null: the label fits inside the band; otherwise the row above the bar it sits in, and where it starts. */
  labelRow: number | null;
  labelX: number;
};

export type TimelineLayout = {
  width: number;
  bands: TimelineBand[];
  ticks: { x: number; label: string }[];
  todayX: number;
  labelRows: number;
};

type Options = {
  today: Date;
  width: number;
  label: (status: string) => string;
  /** Average width of a label character, for deciding whether a label fits inside its band. */
  charWidth?: number;
  /** Space kept free at either end of the axis. */
  padding?: number;
};

const DAY = 86_400_000;
const LABEL_GAP = 8;
const MIN_TICK_GAP = 44;
const TICK_STEPS = [1, 2, 5, 10, 20, 50, 100];

function startOfYear(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), 0, 1));
}

function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
}

function periodEnd(date: Date, precision: DatePrecision): Date {
  if (precision === "year") return addMonths(date, 12);
  if (precision === "month") return addMonths(date, 1);
  return new Date(date.getTime() + DAY);
}

/**
 * Lays out an item's status history as bands on a date axis: each status from its effective date to the next one's,
 * the last until today (or, if it only starts in the future, for six months past its start). Events on the same date
 * keep only the last one, as the current status does. Labels go inside a band when they fit, else in rows above it.
 */
export function layoutTimeline(events: readonly TimelineEvent[], options: Options): TimelineLayout | null {
  const { today, width, label, charWidth = 7, padding = 12 } = options;
  const sorted = [...events].sort((a, b) => a.effectiveOn.getTime() - b.effectiveOn.getTime());
  const distinct = sorted.filter((event, index) => sorted[index + 1]?.effectiveOn.getTime() !== event.effectiveOn.getTime());
  const first = distinct[0];
  const last = distinct[distinct.length - 1];
  if (!first || !last) return null;

  const domainStart = startOfYear(first.effectiveOn);
  const lastEnd = last.effectiveOn < today ? today : addMonths(last.effectiveOn, 6);
  const span = lastEnd.getTime() - domainStart.getTime();
  const inner = width - 2 * padding;
  const x = (date: Date) => padding + ((date.getTime() - domainStart.getTime()) / span) * inner;

  const rowEnds: number[] = [];
  const bands = distinct.map((event, index): TimelineBand => {
    const next = distinct[index + 1];
    const end = next ? next.effectiveOn : lastEnd;
    const bandX = x(event.effectiveOn);
    const bandWidth = x(end) - bandX;
    const text = label(event.status);
    const textWidth = text.length * charWidth + 2 * LABEL_GAP;
    let labelRow: number | null = null;
    let labelX = bandX + LABEL_GAP;
    if (textWidth > bandWidth) {
      labelX = Math.min(bandX, width - textWidth + LABEL_GAP);
      const free = rowEnds.findIndex((rowEnd) => rowEnd + LABEL_GAP <= labelX);
      labelRow = free === -1 ? rowEnds.length : free;
      rowEnds[labelRow] = labelX + textWidth;
    }
    return {
      status: event.status,
      label: text,
      start: event.effectiveOn,
      startPrecision: event.precision,
      end,
      endPrecision: next ? next.precision : null,
      future: event.effectiveOn > today,
      x: bandX,
      width: bandWidth,
      fuzzyWidth: Math.min(bandWidth, x(periodEnd(event.effectiveOn, event.precision)) - bandX),
      labelRow,
      labelX,
    };
  });

  // Year ticks as dense as fits: every year, or every 2, 5, 10… so that labels stay apart at this width.
  const firstYear = domainStart.getUTCFullYear();
  const pxPerYear = (365.25 * DAY * inner) / span;
  const step = TICK_STEPS.find((years) => years * pxPerYear >= MIN_TICK_GAP) ?? TICK_STEPS[TICK_STEPS.length - 1]!;
  const ticks: TimelineLayout["ticks"] = [];
  for (let year = firstYear; year <= lastEnd.getUTCFullYear(); year += step) {
    const at = new Date(Date.UTC(year, 0, 1));
    if (at <= lastEnd) ticks.push({ x: x(at), label: String(year) });
  }
  return { width, bands, ticks, todayX: x(today), labelRows: rowEnds.length };
}

/** The timeline in words, for the chart's accessible name: "In force from 2019 until May 2023; Lifted from May 2023 until today." */
export function describeTimeline(bands: readonly TimelineBand[]): string {
  const periods = bands.map((band) => {
    const from = formatPartialDate(band.start, band.startPrecision);
    if (band.future) return `${band.label} from ${from} (scheduled)`;
    const until = band.endPrecision ? formatPartialDate(band.end, band.endPrecision) : "today";
    return `${band.label} from ${from} until ${until}`;
  });
  return `${periods.join("; ")}.`;
}
