import { apiRoute, pathId } from "@/lib/http/api-route";
import { exportResponse } from "@/lib/http/export-response";
import { exportView } from "@/lib/views/export-tracker";

export const GET = apiRoute<{ slug: string; viewId: string }>(async ({ params, actor }) =>
  exportResponse(await exportView(actor, params.slug, pathId(params.viewId, "View")), "csv"),
);
