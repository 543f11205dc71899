import { apiRoute, pathId } from "@/lib/http/api-route";
import { exportItemHistory, itemHistoryCsv } from "@/lib/tracking/export-item-history";
import { attachment } from "@/lib/views/export-format";

/** The item's change history as CSV: one row per change record, oldest first. */
export const GET = apiRoute<{ slug: string; itemId: string }>(async ({ params, actor }) => {
  const history = await exportItemHistory(actor, params.slug, pathId(params.itemId, "Item"));
  return new Response(itemHistoryCsv(history), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": attachment(history.name, "csv"), "cache-control": "no-store", "x-content-type-options": "nosniff" },
  });
});
