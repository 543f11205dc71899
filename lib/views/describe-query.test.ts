import { describe, expect, it } from "vitest";
import { asOfPhrases, describeQuery, groupLabel } from "./describe-query";
import { ZTrackerQuery } from "./tracker-query";

describe("a tracker query in words", () => {
  it("names the as-of dates, a day as a day and an exact time with its time", () => {
    expect(asOfPhrases(ZTrackerQuery.parse({}))).toEqual([]);
    expect(asOfPhrases(ZTrackerQuery.parse({ recordedAt: "2024-02-29", validOn: "2020-01-01" }))).toEqual([
      "as recorded on 29 Feb 2024",
      "with the statuses in force on 1 Jan 2020",
    ]);
    expect(asOfPhrases(ZTrackerQuery.parse({ recordedAt: "2024-02-29T10:30:00Z" }))).toEqual(["as recorded on 29 Feb 2024, 10:30 UTC"]);
  });

  it("lists only what differs from the plain tracker, besides the sort", () => {
    expect(describeQuery(ZTrackerQuery.parse({}))).toEqual([{ label: "Sorted by", value: "Last change" }]);
    expect(describeQuery(ZTrackerQuery.parse({ kind: "export_control", status: "in_force,lifted", noSource: "1", sort: "title", dir: "desc", group: "status", columns: "status" }))).toEqual([
      { label: "Kind", value: "Export control" },
      { label: "Status", value: "In force, Lifted" },
      { label: "Only", value: "no source yet" },
      { label: "Sorted by", value: "Title (descending)" },
      { label: "Grouped by", value: "Status" },
      { label: "Columns", value: "Title, Status" },
    ]);
  });

  it("labels groups by kind, status and jurisdictions", () => {
    expect(groupLabel("kind", "trade_dispute")).toBe("Trade dispute");
    expect(groupLabel("status", "in_force")).toBe("In force");
    expect(groupLabel("status", "")).toBe("No status yet");
    expect(groupLabel("jurisdiction", "JP, KR")).toBe("Japan, South Korea");
  });
});
