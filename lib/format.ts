const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const dateOnly = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const monthYear = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const count = new Intl.NumberFormat("en-GB");

/** Record times are shown in UTC, labelled, so teammates in different zones read the same thing. */
export function formatRecordedAt(date: Date): string {
  return `${dateTime.format(date)} UTC`;
}

export function formatDay(date: Date): string {
  return dateOnly.format(date);
}

/** A month as an axis or a column names it: "Mar 2023". */
export function formatMonthYear(date: Date): string {
  return monthYear.format(date);
}

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

/** A language by its name ("Japanese" for "ja"); a code the browser or Node does not know is shown as it is. */
export function formatLanguage(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A count as people read it: 1,234. */
export function formatCount(value: number): string {
  return count.format(value);
}
