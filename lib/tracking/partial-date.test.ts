import { describe, expect, it } from "vitest";
import { wordsFor } from "@/lib/i18n/words";
import { parsePartialDate, partialDateKey } from "./partial-date";

describe("partial dates", () => {
  it("parses a year, a month and a day with their precision", () => {
    expect(parsePartialDate("2019")).toEqual({ date: new Date("2019-01-01T00:00:00Z"), precision: "year" });
    expect(parsePartialDate("2023-03")).toEqual({ date: new Date("2023-03-01T00:00:00Z"), precision: "month" });
    expect(parsePartialDate(" 2023-03-17 ")).toEqual({ date: new Date("2023-03-17T00:00:00Z"), precision: "day" });
  });

  it("refuses impossible or malformed dates", () => {
    for (const text of ["2023-02-30", "2023-13", "23-03-17", "March 2023", "", "2023-3-1", "1800"]) {
      expect(parsePartialDate(text), text).toBeNull();
    }
  });

  it("round-trips through its key and formats for people", () => {
    const parsed = parsePartialDate("2023-05");
    expect(parsed && partialDateKey(parsed.date, parsed.precision)).toBe("2023-05");
    const { partialDate } = wordsFor("en");
    expect(partialDate(new Date("2023-05-01T00:00:00Z"), "month")).toBe("May 2023");
    expect(partialDate(new Date("2023-03-17T00:00:00Z"), "day")).toBe("17 March 2023");
    expect(partialDate(new Date("2019-01-01T00:00:00Z"), "year")).toBe("2019");
    expect(wordsFor("ja").partialDate(new Date("2023-03-17T00:00:00Z"), "day")).toBe("2023年3月17日");
    expect(wordsFor("ko").partialDate(new Date("2023-05-01T00:00:00Z"), "month")).toBe("2023년 5월");
  });
});
