import { describe, expect, it } from "vitest";
import { lastMonths, panPeriod, zoomPeriod } from "./timeline-zoom";

const utc = (text: string) => new Date(`${text}T00:00:00Z`);
const days = (period: { from: Date; to: Date }) => [period.from.toISOString().slice(0, 10), period.to.toISOString().slice(0, 10)];

describe("zooming a timeline", () => {
  const shown = { start: utc("2019-01-01"), end: utc("2027-01-01") };

  it("halves or doubles the period around its middle", () => {
    // 2,922 days: 1,461 around 1 Jan 2023.
    expect(days(zoomPeriod(shown, 0.5))).toEqual(["2020-12-31", "2024-12-30"]);
    expect(days(zoomPeriod(shown, 2))).toEqual(["2015-01-01", "2030-12-31"]);
  });

  it("stops zooming in at two weeks", () => {
    const week = { start: utc("2023-03-01"), end: utc("2023-03-15") };
    expect(days(zoomPeriod(week, 0.5))).toEqual(["2023-03-01", "2023-03-14"]);
  });

  it("moves the period by half its length", () => {
    expect(days(panPeriod(shown, -1))).toEqual(["2015-01-01", "2022-12-31"]);
    expect(days(panPeriod(shown, 1))).toEqual(["2023-01-01", "2030-12-31"]);
  });

  it("keeps every period it makes within the years dates may have", () => {
    const early = { start: utc("1901-01-01"), end: utc("1931-01-01") };
    expect(days(panPeriod(early, -1))).toEqual(["1900-01-01", "1929-12-31"]);
    expect(days(zoomPeriod(early, 2))).toEqual(["1900-01-01", "1959-12-31"]);
    expect(days(panPeriod({ start: utc("2190-01-01"), end: utc("2200-01-01") }, 1))).toEqual(["2191-01-01", "2200-12-31"]);
    const widest = zoomPeriod({ start: utc("1900-01-01"), end: utc("2201-01-01") }, 2);
    expect(days(widest)).toEqual(["1900-01-01", "2200-12-31"]);
  });

  it("takes the last months up to the present day", () => {
    expect(days(lastMonths(12, utc("2026-11-28")))).toEqual(["2025-11-29", "2026-11-28"]);
    expect(days(lastMonths(60, utc("2026-11-28")))).toEqual(["2021-11-29", "2026-11-28"]);
  });
});
