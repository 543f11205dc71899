import { z } from "zod";
import { queryFromSearchParams, requireTrackerQuery, trackerParams, type TrackerQueryInput } from "./tracker-query";

export const VIEW_NAME_MAX = 80;
/** A view's query as a query string, however it was given: what its link carries and its row stores. */
const VIEW_QUERY_MAX = 4000;

export const ZViewName = z
  .string("Enter a name")
  .trim()
  .min(1, "Enter a name")
  .max(VIEW_NAME_MAX, `Use at most ${VIEW_NAME_MAX} characters`)
  .regex(/^[^\u0000-\u001f\u007f]*$/, "Remove line breaks and control characters");

export const ZVisibility = z.enum(["personal", "team"], "Choose personal or team");

export const ZViewId = z.uuid("Not a view id");

/**
 * A saved view's query: the tracker's URL parameters, as a query string ("kind=export_control&validOn=2020-01-01") or
 * an object of them. Validated as the tracker validates its URL and kept in canonical form, without page or page size.
 */
export const ZViewQuery = z
  .union([z.string().max(VIEW_QUERY_MAX), z.record(z.string(), z.union([z.string(), z.array(z.string())]))], "Give the tracker's URL parameters")
  .default({})
  .transform((value, ctx) => {
    const params = typeof value === "string" ? queryFromSearchParams(new URLSearchParams(value.replace(/^.*\?/, ""))) : value;
    // PostgreSQL stores no NUL character, in text or in JSON: refused here rather than failing the query.
    if (Object.values(params).flat().some((v) => v?.includes("\u0000"))) {
      ctx.addIssue({ code: "custom", message: "Remove the NUL (\\u0000) character" });
      return z.NEVER;
    }
    const canonical = trackerParams(requireTrackerQuery(params as TrackerQueryInput));
    if (new URLSearchParams(canonical).toString().length > VIEW_QUERY_MAX) {
      ctx.addIssue({ code: "custom", message: `Keep the view's filters under ${VIEW_QUERY_MAX.toLocaleString("en")} characters` });
      return z.NEVER;
    }
    return canonical;
  });

/** A view's query as stored (canonical URL parameters, written by ZViewQuery). */
export function storedParams(json: unknown): Record<string, string> {
  return z.record(z.string(), z.string()).parse(json);
}
