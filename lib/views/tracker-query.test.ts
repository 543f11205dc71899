import { describe, expect, it } from "vitest";
import { ZDay } from "@/lib/tracking/partial-date";
import { parseTrackerQuery, queryFromSearchParams, ZTrackerQuery } from "./tracker-query";

describe("tracker query from the URL", () => {
  it("defaults to the most recently changed first, 50 a page, no as-of dates", () => {
    const query = ZTrackerQuery.parse({});
    expect(query).toMatchObject({ kind: [], status: [], sort: "updated", limit: 50 });
    expect(query.validOn).toBeUndefined();
    expect(query.recordedAt).toBeUndefined();
  });

  it("reads repeated and comma-separated values and normalises codes and tags", () => {
    const params = new URLSearchParams("kind=export_control,trade_dispute&jurisdiction=jp&jurisdiction=kr&tag=White%20List&noSource=1");
    expect(ZTrackerQuery.parse(queryFromSearchParams(params))).toMatchObject({
      kind: ["export_control", "trade_dispute"],
      jurisdiction: ["JP", "KR"],
      tag: ["white list"],
      noSource: true,
      discrepancy: false,
    });
  });

  it("takes a day as 'as recorded on' meaning the end of that day, or an exact time", () => {
    expect(ZTrackerQuery.parse({ recordedAt: "2024-02-29" }).recordedAt?.toISOString()).toBe("2024-02-29T23:59:59.999Z");
    expect(ZTrackerQuery.parse({ recordedAt: "2024-02-29T10:00:00Z" }).recordedAt?.toISOString()).toBe("2024-02-29T10:00:00.000Z");
    expect(ZTrackerQuery.parse({ validOn: "2020-01-01" }).validOn?.toISOString()).toBe("2020-01-01T00:00:00.000Z");
  });

  it("refuses unknown kinds, bad dates and out-of-range page sizes", () => {
    expect(ZTrackerQuery.safeParse({ kind: "tariff" }).success).toBe(false);
    expect(ZTrackerQuery.safeParse({ validOn: "2023-02-30" }).success).toBe(false);
    expect(ZTrackerQuery.safeParse({ limit: "1000" }).success).toBe(false);
    expect(ZTrackerQuery.safeParse({ sort: "random" }).success).toBe(false);
  });

  it("treats a form's empty fields as absent", () => {
    const parsed = parseTrackerQuery({ kind: "", validOn: "", recordedAt: "", sort: "title" });
    expect(parsed.success && parsed.data).toMatchObject({ kind: [], sort: "title" });
    expect(parsed.success && parsed.data.validOn).toBeUndefined();
  });
});

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
