import { describe, expect, it } from "vitest";
import { wordsFor } from "@/lib/i18n/words";
import { parsePartialDate, partialDateKey } from "./partial-date";
import { ZDay, ZPartialDate } from "./partial-date-schema";

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

describe("date fields' messages", () => {
  const message = (schema: typeof ZDay | typeof ZPartialDate, text: string) => schema.safeParse(text).error?.issues[0]?.message;
  it("say the years a date may fall in when it is written as one but falls outside them", () => {
    expect(message(ZDay, "1899-12-31")).toBe("Enter a date between 1900 and 2200");
    expect(message(ZDay, "9999-12-31")).toBe("Enter a date between 1900 and 2200");
    expect(message(ZPartialDate, "1850")).toBe("Enter a date between 1900 and 2200");
    expect(message(ZDay, "2023-02-30")).toBe("Enter a real date as YYYY-MM-DD");
    expect(message(ZDay, "2023")).toBe("Enter a real date as YYYY-MM-DD");
    expect(message(ZPartialDate, "March 2023")).toBe("Enter a date as YYYY, YYYY-MM or YYYY-MM-DD");
    expect(ZDay.parse("2200-12-31")).toEqual(new Date("2200-12-31T00:00:00Z"));
  });
});
