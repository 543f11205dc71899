import { describe, expect, it } from "vitest";
import { ZDay } from "@/lib/tracking/partial-date-schema";
import { trackerHref } from "./tracker-href";
import { COLUMN_KEYS, parseTrackerQuery, queryFromSearchParams, trackerParams, ZTrackerQuery } from "./tracker-query";

describe("tracker query from the URL", () => {
  it("defaults to the most recently changed first, 50 a page, no as-of dates", () => {
    const query = ZTrackerQuery.parse({});
    expect(query).toMatchObject({ kind: [], status: [], sort: "updated", limit: 50 });
    expect(query.validOn).toBeUndefined();
    expect(query.recordedAt).toBeUndefined();
  });

  it("reads repeated and comma-separated values, normalises codes and keeps the case of tags", () => {
    const params = new URLSearchParams("kind=export_control,trade_dispute&jurisdiction=jp&jurisdiction=kr&tag=White%20List&noSource=1");
    expect(ZTrackerQuery.parse(queryFromSearchParams(params))).toMatchObject({
      kind: ["export_control", "trade_dispute"],
      jurisdiction: ["JP", "KR"],
      tag: ["White List"],
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
    // Times PostgreSQL cannot hold: before the year 1, or past 9999 once in UTC.
    for (const recordedAt of ["9999-12-31T23:59:59-12:00", "0000-12-31T23:59:59Z"]) {
      expect(ZTrackerQuery.safeParse({ recordedAt }).success, recordedAt).toBe(false);
    }
    expect(ZTrackerQuery.parse({ recordedAt: "9999-12-31T23:59:59Z" }).recordedAt?.toISOString()).toBe("9999-12-31T23:59:59.000Z");
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

describe("tracker columns and grouping", () => {
  it("shows every column and no grouping by default", () => {
    const query = ZTrackerQuery.parse({});
    expect(query.columns).toEqual(COLUMN_KEYS);
    expect(query.group).toBe("none");
  });

  it("keeps the named columns in display order, always with the title", () => {
    expect(ZTrackerQuery.parse({ columns: "status,kind" }).columns).toEqual(["kind", "title", "status"]);
    expect(ZTrackerQuery.parse(queryFromSearchParams(new URLSearchParams("columns=changed&columns=title"))).columns).toEqual(["title", "changed"]);
    expect(parseTrackerQuery({ columns: "" }).data?.columns).toEqual(COLUMN_KEYS);
  });

  it("refuses unknown columns and groupings, naming the parameter", () => {
    const columns = ZTrackerQuery.safeParse({ columns: "title,price" });
    expect(columns.success).toBe(false);
    expect(columns.error?.issues[0]?.path[0]).toBe("columns");
    expect(ZTrackerQuery.safeParse({ group: "owner" }).success).toBe(false);
    expect(ZTrackerQuery.parse({ group: "jurisdiction" }).group).toBe("jurisdiction");
  });
});

describe("tracker query as URL parameters", () => {
  it("leaves out defaults, the page and the page size", () => {
    expect(trackerParams(ZTrackerQuery.parse({ cursor: "abc", limit: "10", sort: "updated", columns: COLUMN_KEYS.join(",") }))).toEqual({});
  });

  it("round-trips every field through the URL", () => {
    const input = {
      kind: "export_control,trade_dispute",
      status: "in_force",
      jurisdiction: "JP,KR",
      tag: "white list",
      discrepancy: "1",
      noSource: "1",
      changedSince: "2023-01-01",
      sort: "title",
      dir: "desc",
      validOn: "2020-01-01",
      recordedAt: "2024-02-29",
      columns: "title,status",
      group: "kind",
    };
    const params = trackerParams(ZTrackerQuery.parse(input));
    expect(params).toEqual(input);
    expect(ZTrackerQuery.parse(params)).toEqual(ZTrackerQuery.parse(input));
  });

  it("keeps an exact record time exact, and a day as a day", () => {
    expect(trackerParams(ZTrackerQuery.parse({ recordedAt: "2024-02-29T10:00:00+09:00" })).recordedAt).toBe("2024-02-29T01:00:00.000Z");
    expect(trackerParams(ZTrackerQuery.parse({ recordedAt: "2024-02-29" })).recordedAt).toBe("2024-02-29");
  });

  it("builds tracker links with extra parameters last", () => {
    expect(trackerHref("demo", {})).toBe("/w/demo");
    expect(trackerHref("demo", { kind: "export_control", tag: "white list" }, { view: "v1" })).toBe("/w/demo?kind=export_control&tag=white+list&view=v1");
  });
});
