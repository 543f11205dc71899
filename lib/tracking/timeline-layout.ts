import type { DatePrecision } from "@/lib/generated/prisma/enums";

export type TimelineEvent = {
  status: string;
  effectiveOn: Date;
  precision: DatePrecision;
  /** When the status was announced, if before it took effect: drawn as a mark ahead of its band. */
  announcedOn?: Date | null;
  announcedPrecision?: DatePrecision | null;
};

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
  /** Where the band is drawn: the part of it inside the axis's period. */
  x: number;
  width: number;
  /** How much of the band's start is only known to its precision (a year, a month): drawn faded. */
  fuzzyWidth: number;
  /**
   * "inside": the label fits inside the band; a number: the row above the bar it sits in; "none": every row above was
   * taken where it would go, and the band is left unlabelled (its tooltip and the chart's text still name it).
   */
  labelRow: number | "inside" | "none";
  labelX: number;
};

/** A status announced before it took effect: a mark on its announcement day, leading to its band. */
export type TimelineAnnouncement = {
  status: string;
  /** The status in force when it was announced (for "Relisting" rather than "Listing"), if any. */
  previous: string | null;
  announcedOn: Date;
  announcedPrecision: DatePrecision;
  effectiveOn: Date;
  precision: DatePrecision;
  x: number;
  /** Where its band starts (clamped to the axis). */
  effectiveX: number;
};

export type TimelineTick = { x: number; at: Date; unit: "year" | "month" };

/** A date axis from `start` to `end`, drawn between `left` and `right`. */
export type TimelineScale = { start: Date; end: Date; left: number; right: number; x: (date: Date) => number };

export type TimelineRow = { bands: TimelineBand[]; announcements: TimelineAnnouncement[]; labelRows: number };

export type TimelineLayout = TimelineRow & { width: number; ticks: TimelineTick[]; todayX: number };

type LabelOptions = {
  today: Date;
  label: (status: string) => string;
  /** Average width of a Latin label character (wide CJK characters count about twice), to decide whether a label fits. */
  charWidth?: number;
  /** How far right a label may reach. */
  labelRight?: number;
};

type Options = LabelOptions & {
  width: number;
  /** Space kept free at either end of the axis. */
  padding?: number;
};

const DAY = 86_400_000;
/**
 * How many rows of labels a history gets above its bar. Without a bound, a history of many short statuses stacked a
 * row per label: 1,000 statuses made one row of the workspace timeline 12,000 px tall and its page 6.9 MB.
 */
export const MAX_LABEL_ROWS = 3;
const LABEL_GAP = 8;
const MIN_TICK_GAP = 44;
/** Month labels ("Sept 2023") are wider than years, and need air between them. */
const MIN_MONTH_TICK_GAP = 90;
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100];
const MONTH_STEPS = [1, 3, 6];

export function startOfYear(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), 0, 1));
}

export function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}

/** Midnight UTC of the day `date` falls on. */
export function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function periodEnd(date: Date, precision: DatePrecision): Date {
  if (precision === "year") return addMonths(date, 12);
  if (precision === "month") return addMonths(date, 1);
  return addDays(date, 1);
}

// Hangul, kana, CJK ideographs, full-width forms: about twice as wide as an average Latin letter.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The drawn width of a text, estimated from an average Latin character's width. */
export function textWidth(text: string, charWidth: number): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? charWidth * 1.8 : charWidth;
  return width;
}

/** The text cut to fit `maxWidth`, with an ellipsis when cut. */
export function fitText(text: string, maxWidth: number, charWidth: number): string {
  if (textWidth(text, charWidth) <= maxWidth) return text;
  let out = "";
  for (const char of text) {
    if (textWidth(`${out}${char}…`, charWidth) > maxWidth) break;
    out += char;
  }
  return `${out.trimEnd()}…`;
}

/** Events sorted by date, keeping only the last recorded of several on one date (as the status in force does). */
function distinctByDate(events: readonly TimelineEvent[]): TimelineEvent[] {
  const sorted = [...events].sort((a, b) => a.effectiveOn.getTime() - b.effectiveOn.getTime());
  return sorted.filter((event, index) => sorted[index + 1]?.effectiveOn.getTime() !== event.effectiveOn.getTime());
}

/** Where a history's last band ends: today, or six months past a status that only starts after today. */
function historyEnd(events: readonly TimelineEvent[], today: Date): Date | null {
  const last = distinctByDate(events).at(-1);
  if (!last) return null;
  return last.effectiveOn < today ? today : addMonths(last.effectiveOn, 6);
}

/**
 * The period one or several histories span: from the start of the year of the first status (or of an earlier
 * announcement) until today, or six months past a status that only starts after today. Null without any status.
 */
export function timelineDomain(histories: readonly (readonly TimelineEvent[])[], today: Date): { start: Date; end: Date } | null {
  let start: Date | null = null;
  let end: Date | null = null;
  for (const events of histories) {
    const last = historyEnd(events, today);
    if (!last) continue;
    for (const event of events) {
      const first = event.announcedOn && event.announcedOn < event.effectiveOn ? event.announcedOn : event.effectiveOn;
      if (!start || first < start) start = first;
    }
    if (!end || last > end) end = last;
  }
  return start && end ? { start: startOfYear(start), end } : null;
}

/**
 * The period a drawing of several histories shows: the one asked for (its last day included), else the histories' own
 * span (timelineDomain), else the four years up to today. One end given beyond the span's other end gets a year.
 */
export function periodShown(
  histories: readonly (readonly TimelineEvent[])[],
  period: { from?: Date; to?: Date },
  today: Date,
): { start: Date; end: Date } {
  const auto = timelineDomain(histories, today) ?? { start: startOfYear(addMonths(today, -48)), end: today };
  const start = period.from ?? auto.start;
  // Both ends are days included: the histories' span ends with today, drawn whole.
  const end = addDays(period.to ?? auto.end, 1);
  if (end > start) return { start, end };
  // Only one end was given, beyond the histories' other end: a year from it.
  return period.to ? { start: addMonths(end, -12), end } : { start, end: addMonths(start, 12) };
}

export function timelineScale(domain: { start: Date; end: Date }, left: number, right: number): TimelineScale {
  const span = Math.max(domain.end.getTime() - domain.start.getTime(), DAY);
  return { ...domain, left, right, x: (date) => left + ((date.getTime() - domain.start.getTime()) / span) * (right - left) };
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/**
 * Lays out one history on a date axis: each status from its effective date to the next one's, the last until today
 * (or, if it only starts in the future, for six months past its start), cut to the axis's period. Events on the same
 * date keep only the last one, as the status in force does. Labels go inside a band when they fit, else in up to
 * MAX_LABEL_ROWS rows above it, else nowhere. A status announced before it took effect gets a mark on its announcement day.
 */
export function layoutBands(events: readonly TimelineEvent[], scale: TimelineScale, options: LabelOptions): TimelineRow {
  const { today, label, charWidth = 7, labelRight = scale.right } = options;
  const distinct = distinctByDate(events);
  const lastEnd = historyEnd(events, today);
  const rowEnds: number[] = [];
  const bands: TimelineBand[] = [];
  distinct.forEach((event, index) => {
    const next = distinct[index + 1];
    const end = next ? next.effectiveOn : (lastEnd as Date);
    const rawX = scale.x(event.effectiveOn);
    const rawEnd = scale.x(end);
    // Outside the period shown (a band ending where the period starts included).
    if (rawEnd <= scale.left || rawX >= scale.right) return;
    const bandX = clamp(rawX, scale.left, scale.right);
    const bandEnd = clamp(rawEnd, scale.left, scale.right);
    const bandWidth = bandEnd - bandX;
    const text = label(event.status);
    const textSpace = textWidth(text, charWidth) + 2 * LABEL_GAP;
    let labelRow: TimelineBand["labelRow"] = "inside";
    let labelX = bandX + LABEL_GAP;
    if (textSpace > bandWidth) {
      labelX = Math.max(scale.left, Math.min(bandX, labelRight - textSpace + LABEL_GAP));
      const free = rowEnds.findIndex((rowEnd) => rowEnd + LABEL_GAP <= labelX);
      labelRow = free !== -1 ? free : rowEnds.length < MAX_LABEL_ROWS ? rowEnds.length : "none";
      if (labelRow !== "none") rowEnds[labelRow] = labelX + textSpace;
    }
    bands.push({
      status: event.status,
      label: text,
      start: event.effectiveOn,
      startPrecision: event.precision,
      end,
      endPrecision: next ? next.precision : null,
      future: event.effectiveOn > today,
      x: bandX,
      width: bandWidth,
      fuzzyWidth: Math.max(0, Math.min(bandEnd, scale.x(periodEnd(event.effectiveOn, event.precision))) - bandX),
      labelRow,
      labelX,
    });
  });
  const announcements: TimelineAnnouncement[] = [];
  distinct.forEach((event, index) => {
    const { announcedOn, announcedPrecision } = event;
    if (!announcedOn || !announcedPrecision || announcedOn >= event.effectiveOn) return;
    const x = scale.x(announcedOn);
    if (x < scale.left || x > scale.right) return;
    announcements.push({
      status: event.status,
      previous: distinct[index - 1]?.status ?? null,
      announcedOn,
      announcedPrecision,
      effectiveOn: event.effectiveOn,
      precision: event.precision,
      x,
      effectiveX: clamp(scale.x(event.effectiveOn), scale.left, scale.right),
    });
  });
  return { bands, announcements, labelRows: rowEnds.length };
}

/**
 * Ticks as dense as fit: every year, or every 2, 5, 10… years so that labels stay apart; on a period short enough,
 * every month, quarter or half-year instead.
 */
export function axisTicks(scale: TimelineScale): TimelineTick[] {
  const pxPerYear = (365.25 * DAY * (scale.right - scale.left)) / (scale.end.getTime() - scale.start.getTime());
  const ticks: TimelineTick[] = [];
  const monthStep = MONTH_STEPS.find((months) => (months * pxPerYear) / 12 >= MIN_MONTH_TICK_GAP);
  if (monthStep) {
    const first = new Date(Date.UTC(scale.start.getUTCFullYear(), scale.start.getUTCMonth(), 1));
    for (let at = first; at <= scale.end; at = addMonths(at, 1)) {
      if (at >= scale.start && at.getUTCMonth() % monthStep === 0) ticks.push({ x: scale.x(at), at, unit: "month" });
    }
    return ticks;
  }
  const step = YEAR_STEPS.find((years) => years * pxPerYear >= MIN_TICK_GAP) ?? YEAR_STEPS[YEAR_STEPS.length - 1]!;
  const firstYear = scale.start.getUTCFullYear();
  for (let year = firstYear; year <= scale.end.getUTCFullYear(); year += step) {
    const at = new Date(Date.UTC(year, 0, 1));
    if (at >= scale.start && at <= scale.end) ticks.push({ x: scale.x(at), at, unit: "year" });
  }
  return ticks;
}

/** One item's history on an axis of its own: its period, its bands and announcements, year ticks and today's place. */
export function layoutTimeline(events: readonly TimelineEvent[], options: Options): TimelineLayout | null {
  const { today, width, padding = 12 } = options;
  const domain = timelineDomain([events], today);
  if (!domain) return null;
  const scale = timelineScale(domain, padding, width - padding);
  const row = layoutBands(events, scale, { ...options, labelRight: options.labelRight ?? width });
  return { width, ...row, ticks: axisTicks(scale), todayX: scale.x(today) };
}

/**
 * Lanes for lines joining rows: each span (from one row to another) gets the first lane where it meets no other span,
 * so lines drawn side by side never overlap. Returns each span's lane, in the order given.
 */
export function assignLanes(spans: readonly { from: number; to: number }[]): number[] {
  const order = spans.map((span, index) => ({ top: Math.min(span.from, span.to), bottom: Math.max(span.from, span.to), index }));
  order.sort((a, b) => a.top - b.top || a.bottom - b.bottom);
  const laneBottoms: number[] = [];
  const lanes: number[] = new Array<number>(spans.length).fill(0);
  for (const span of order) {
    let lane = laneBottoms.findIndex((bottom) => bottom < span.top);
    if (lane === -1) lane = laneBottoms.length;
    laneBottoms[lane] = span.bottom;
    lanes[span.index] = lane;
  }
  return lanes;
}
