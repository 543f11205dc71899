import { apiRoute, searchInput } from "@/lib/http/api-route";
import { progressStream, wantsProgress } from "@/lib/http/progress-stream";
import { readBody } from "@/lib/http/request-body";
import type { ImportOptions } from "@/lib/imports/import-items";
import { importSources } from "@/lib/imports/import-sources";
import { IMPORT_BODY_LIMIT } from "@/lib/imports/read-table";

/** As /imports/items, for the source library: the file is the body, the query says dry-run or apply and why. */
export const POST = apiRoute<{ slug: string }>(
  async ({ request, params, actor }) => {
    const file = { bytes: await readBody(request, IMPORT_BODY_LIMIT), mediaType: request.headers.get("content-type") ?? "" };
    const options = searchInput<ImportOptions>(request);
    if (wantsProgress(request)) return progressStream((onProgress) => importSources(actor, params.slug, file, options, onProgress));
    const report = await importSources(actor, params.slug, file, options);
    return Response.json(report, { status: report.changeId ? 201 : 200, headers: { "cache-control": "no-store" } });
  },
  { bodyLimit: IMPORT_BODY_LIMIT },
);
