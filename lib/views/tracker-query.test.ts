import { describe, expect, it } from "vitest";
import { ZDay, ZTrackerQuery } from "./tracker-query";

describe("tracker query dates", () => {
  it("reads a day as its first instant, UTC", () => {
    expect(ZDay.parse("2020-02-29")).toEqual(new Date("2020-02-29T00:00:00Z"));
  });

  it("refuses days that do not exist instead of rolling them over, and year 0, which PostgreSQL lacks", () => {
    for (const day of ["2019-02-29", "2019-02-30", "2019-13-01", "0000-01-01", "2019-2-1"]) {
      expect(ZDay.safeParse(day).success, day).toBe(false);
    }
  });

  it("reads a record time as the end of a day or an exact instant", () => {
    expect(ZTrackerQuery.parse({ recordedAt: "2023-03-17" }).recordedAt).toEqual(new Date("2023-03-17T23:59:59.999Z"));
    expect(ZTrackerQuery.parse({ recordedAt: "2023-03-17T09:00:00+09:00" }).recordedAt).toEqual(new Date("2023-03-17T00:00:00Z"));
    expect(ZTrackerQuery.safeParse({ recordedAt: "0000-06-01T00:00:00Z" }).success).toBe(false);
  });
});
