import { z } from "zod";
import { outsideYears, parsePartialDate, YEARS } from "./partial-date";

const YEARS_MESSAGE = `Enter a date between ${YEARS.first} and ${YEARS.last}`;

/** "2019", "2023-03" or "2023-03-17", as a date and its precision. */
export const ZPartialDate = z
  .string()
  .trim()
  .transform((text, ctx) => {
    const parsed = parsePartialDate(text);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: outsideYears(text) ? YEARS_MESSAGE : "Enter a date as YYYY, YYYY-MM or YYYY-MM-DD" });
      return z.NEVER;
    }
    return parsed;
  })
  .meta({ description: "A date to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD", examples: ["2019", "2019-07", "2019-07-04"] });

/** A whole day, YYYY-MM-DD, as its midnight UTC. */
export const ZDay = z
  .string()
  .trim()
  .transform((text, ctx) => {
    const parsed = parsePartialDate(text);
    if (!parsed || parsed.precision !== "day") {
      ctx.addIssue({ code: "custom", message: parsed || !outsideYears(text) ? "Enter a real date as YYYY-MM-DD" : YEARS_MESSAGE });
      return z.NEVER;
    }
    return parsed.date;
  })
  .meta({ description: "A day, YYYY-MM-DD", examples: ["2023-05-16"] });
