import { describe, expect, it } from "vitest";
import { MAX_SERIES_POINTS, seriesPoints } from "./time-series";

const utc = (text: string) => new Date(`${text}T00:00:00Z`);
const days = (points: Date[]) => points.map((point) => point.toISOString().slice(0, 10));

describe("seriesPoints", () => {
  it("puts a point at the start of each period from the one the series starts in, and ends on its last day", () => {
    expect(days(seriesPoints(utc("2019-03-17"), utc("2023-05-16"), "year").points)).toEqual(["2019-01-01", "2020-01-01", "2021-01-01", "2022-01-01", "2023-01-01", "2023-05-16"]);
    expect(days(seriesPoints(utc("2023-02-10"), utc("2023-11-01"), "quarter").points)).toEqual(["2023-01-01", "2023-04-01", "2023-07-01", "2023-10-01", "2023-11-01"]);
    expect(days(seriesPoints(utc("2023-02-10"), utc("2023-05-01"), "month").points)).toEqual(["2023-02-01", "2023-03-01", "2023-04-01", "2023-05-01"]);
  });

  it("without a step, takes the finest that keeps within the bound", () => {
    expect(seriesPoints(utc("2023-01-01"), utc("2024-06-01"))).toMatchObject({ months: 1, coarsened: false });
    // Eight years: 95 months, 32 quarters, 16 half-years.
    const eight = seriesPoints(utc("2019-01-01"), utc("2026-11-28"));
    expect(eight).toMatchObject({ months: 6, coarsened: false });
    expect(eight.points).toHaveLength(17);
  });

  it("coarsens a step that would give too many points, and says so", () => {
    const monthly = seriesPoints(utc("2019-01-01"), utc("2026-11-28"), "month");
    expect(monthly).toMatchObject({ months: 6, coarsened: true });
    expect(monthly.points.length).toBeLessThanOrEqual(MAX_SERIES_POINTS);
    const century = seriesPoints(utc("1900-01-01"), utc("2026-11-28"), "year");
    // 127 years: 26 five-year periods and the last day are too many; 13 decades fit.
    expect(century).toMatchObject({ months: 120, coarsened: true });
    expect(days(century.points).slice(0, 2)).toEqual(["1900-01-01", "1910-01-01"]);
    expect(century.points.length).toBeLessThanOrEqual(MAX_SERIES_POINTS);
  });
});
