import { addMonths } from "./timeline-layout";

/** The steps a reader can choose between points of a series, in months. */
export const SERIES_STEPS = { month: 1, quarter: 3, year: 12 } as const;
export type SeriesStep = keyof typeof SERIES_STEPS;

/**
 * At most this many points: the periods' starts plus the last day, as many as a chart and its table can show. (The
 * series' query reads each status event once, whatever the number of points: readStatusSeries.)
 */
export const MAX_SERIES_POINTS = 25;

// Coarser steps taken when the chosen one would give too many points: half-years, then 1, 2, 5, 10… years.
const COARSER_MONTHS = [1, 3, 6, 12, 24, 60, 120, 240, 600, 1200];

export type Series = {
  /** Months between points (the last point excepted, which is the series' end). */
  months: number;
  points: Date[];
  /** The step asked for gave more than MAX_SERIES_POINTS points: a coarser one was taken. */
  coarsened: boolean;
};

/** The first day of the period (of `months` months, counted from January) that `date` falls in. */
function periodStart(date: Date, months: number): Date {
  if (months >= 12) {
    const years = months / 12;
    return new Date(Date.UTC(date.getUTCFullYear() - (date.getUTCFullYear() % years), 0, 1));
  }
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - (date.getUTCMonth() % months), 1));
}

function pointsOf(from: Date, to: Date, months: number): Date[] {
  const points: Date[] = [];
  for (let at = periodStart(from, months); at < to; at = addMonths(at, months)) points.push(at);
  points.push(to);
  return points;
}

/**
 * Points from `from` to `to`: the start of each period (month, quarter, year) from the one `from` falls in, then `to`
 * itself, so the last point is the day the series ends (today, usually). Without a step, the finest that keeps within
 * MAX_SERIES_POINTS; with one that would not, the next coarser that does.
 */
export function seriesPoints(from: Date, to: Date, step?: SeriesStep): Series {
  const asked = step ? SERIES_STEPS[step] : COARSER_MONTHS[0]!;
  for (const months of COARSER_MONTHS.filter((m) => m >= asked)) {
    const points = pointsOf(from, to, months);
    if (points.length <= MAX_SERIES_POINTS) return { months, points, coarsened: step !== undefined && months !== asked };
  }
  const months = COARSER_MONTHS[COARSER_MONTHS.length - 1]!;
  return { months, points: pointsOf(from, to, months).slice(-MAX_SERIES_POINTS), coarsened: true };
}
