import type { DatePrecision } from "@/lib/generated/prisma/enums";

// No zod here: the browser bundles this module (history diffs read dates); the schemas are in partial-date-schema.ts.
// People read these dates through lib/i18n/words.ts (partialDate), in their language.

export type PartialDate = { date: Date; precision: DatePrecision };

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The years a tracked date may fall in: trade measures of the modern era, and no typo's year 20230. */
export const YEARS = { first: 1900, last: 2200 } as const;

/** Whether text is written as a date but falls outside YEARS (its own message says so, not "enter a date"). */
export function outsideYears(text: string): boolean {
  const year = Number(PATTERN.exec(text.trim())?.[1]);
  return year < YEARS.first || year > YEARS.last;
}

/** Parses "2019", "2023-03" or "2023-03-17" into the period's first day (UTC) and its precision; null if not a real date. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PATTERN.exec(text.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m ? Number(m) : 1;
  const day = d ? Number(d) : 1;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (year < YEARS.first || year > YEARS.last) return null;
  return { date, precision: d ? "day" : m ? "month" : "year" };
}

/** The inverse of parsePartialDate: "2019", "2023-03" or "2023-03-17". */
export function partialDateKey(date: Date, precision: DatePrecision): string {
  const iso = date.toISOString().slice(0, 10);
  return precision === "year" ? iso.slice(0, 4) : precision === "month" ? iso.slice(0, 7) : iso;
}
