const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const dateOnly = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** Record times are shown in UTC, labelled, so teammates in different zones read the same thing. */
export function formatRecordedAt(date: Date): string {
  return `${dateTime.format(date)} UTC`;
}

export function formatDay(date: Date): string {
  return dateOnly.format(date);
}
