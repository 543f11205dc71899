import { latestCheckpointCopy } from "@/lib/history/integrity-status";
import { apiRoute } from "@/lib/http/api-route";
import { attachment } from "@/lib/views/export-format";

/** The workspace's part of the latest signed checkpoint, as a download (owners only). */
export const GET = apiRoute<{ slug: string }>(async ({ params, actor }) => {
  const { name, checkpoint } = await latestCheckpointCopy(actor, params.slug);
  return new Response(`${JSON.stringify(checkpoint, null, 1)}\n`, {
    headers: { "content-type": "application/json; charset=utf-8", "content-disposition": attachment(name, "json"), "cache-control": "no-store" },
  });
});
