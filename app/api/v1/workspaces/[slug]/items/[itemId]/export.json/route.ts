import { apiRoute, pathId } from "@/lib/http/api-route";
import { attachment } from "@/lib/views/export-format";
import { exportItemHistory } from "@/lib/tracking/export-item-history";

/** The item's whole status and change history, as one JSON document. */
export const GET = apiRoute<{ slug: string; itemId: string }>(async ({ params, actor }) => {
  const { name, ...history } = await exportItemHistory(actor, params.slug, pathId(params.itemId, "Item"));
  return new Response(`${JSON.stringify(history, null, 1)}\n`, {
    headers: { "content-type": "application/json; charset=utf-8", "content-disposition": attachment(name, "json"), "cache-control": "no-store" },
  });
});
