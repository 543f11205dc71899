import { apiRoute, searchInput } from "@/lib/http/api-route";
import { progressStream, wantsProgress } from "@/lib/http/progress-stream";
import { readBody } from "@/lib/http/request-body";
import { importItems, type ImportOptions } from "@/lib/imports/import-items";
import { IMPORT_BODY_LIMIT } from "@/lib/imports/read-table";

/**
 * The file is the body (text/csv or application/json); the query says what to do with it: mode=dry-run (default) or
 * apply, mapping, defaultKind, reason, fileName. 200 with the report for a dry run (or when nothing needed to change),
 * 201 once applied. With `Accept: application/x-ndjson`, progress lines come first.
 */
export const POST = apiRoute<{ slug: string }>(
  async ({ request, params, actor }) => {
    const file = { bytes: await readBody(request, IMPORT_BODY_LIMIT), mediaType: request.headers.get("content-type") ?? "" };
    const options = searchInput<ImportOptions>(request);
    if (wantsProgress(request)) return progressStream((onProgress) => importItems(actor, params.slug, file, options, onProgress));
    const report = await importItems(actor, params.slug, file, options);
    return Response.json(report, { status: report.changeId ? 201 : 200, headers: { "cache-control": "no-store" } });
  },
  { bodyLimit: IMPORT_BODY_LIMIT },
);
