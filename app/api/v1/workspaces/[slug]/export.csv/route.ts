import { apiRoute, searchInput } from "@/lib/http/api-route";
import { exportResponse } from "@/lib/http/export-response";
import { exportTracker } from "@/lib/views/export-tracker";
import type { TrackerQueryInput } from "@/lib/views/tracker-query";

/** Every row of the tracker for the query string (the tracker page's own parameters), as CSV with a byte-order mark. */
export const GET = apiRoute<{ slug: string }>(async ({ request, params, actor }) =>
  exportResponse(await exportTracker(actor, params.slug, searchInput<TrackerQueryInput>(request)), "csv"),
);
