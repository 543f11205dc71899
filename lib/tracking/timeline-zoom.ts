import { addDays, addMonths, utcDay } from "./timeline-layout";

/** A period as a reader chooses it: its first and last day (both included), as the address carries them. */
export type DayPeriod = { from: Date; to: Date };

const DAY = 86_400_000;
/** Zooming in stops at two weeks; out, at the span of days a period may have (the years partial dates accept). */
const MIN_DAYS = 14;
const FIRST_DAY = new Date(Date.UTC(1900, 0, 1));
const LAST_DAY = new Date(Date.UTC(2200, 11, 31));
const MAX_DAYS = Math.round((LAST_DAY.getTime() - FIRST_DAY.getTime()) / DAY) + 1;

/** The period moved (not cut) to lie within 1900–2200, so every link the controls make is a period the page accepts. */
function withinYears(period: DayPeriod): DayPeriod {
  if (period.from < FIRST_DAY) return { from: FIRST_DAY, to: addDays(period.to, Math.round((FIRST_DAY.getTime() - period.from.getTime()) / DAY)) };
  if (period.to > LAST_DAY) return { from: addDays(period.from, -Math.round((period.to.getTime() - LAST_DAY.getTime()) / DAY)), to: LAST_DAY };
  return period;
}

/** The days of a drawn period [start, end): its first day and its last. */
function days(shown: { start: Date; end: Date }) {
  return Math.max(1, Math.round((shown.end.getTime() - shown.start.getTime()) / DAY));
}

function around(centre: number, length: number): DayPeriod {
  const from = utcDay(new Date(centre - (length * DAY) / 2));
  return withinYears({ from, to: addDays(from, length - 1) });
}

/** The `months` up to `present` (its last day). */
export function lastMonths(months: number, present: Date): DayPeriod {
  return { from: addDays(addMonths(present, -months), 1), to: present };
}

/** Half as long (zoom in) or twice as long (zoom out), around the same middle. */
export function zoomPeriod(shown: { start: Date; end: Date }, factor: 0.5 | 2): DayPeriod {
  const length = Math.min(MAX_DAYS, Math.max(MIN_DAYS, Math.round(days(shown) * factor)));
  return around((shown.start.getTime() + shown.end.getTime()) / 2, length);
}

/** As long, moved by half its length: earlier (-1) or later (+1). */
export function panPeriod(shown: { start: Date; end: Date }, direction: -1 | 1): DayPeriod {
  const length = Math.min(MAX_DAYS, days(shown));
  const from = addDays(shown.start, direction * Math.round(length / 2));
  return withinYears({ from, to: addDays(from, length - 1) });
}
