import { attachment, csvChunks, jsonChunks, type ExportFormat } from "@/lib/views/export-format";
import type { TrackerExport } from "@/lib/views/export-tracker";

const TYPES: Record<ExportFormat, string> = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8" };

// Chunks are gathered up to this size before they are sent, rather than one write per row.
const FLUSH_AT = 64 * 1024;

/** Streams an export as a download, so a large workspace is never held in memory whole. */
export function exportResponse(data: TrackerExport, format: ExportFormat): Response {
  const chunks = (format === "csv" ? csvChunks(data.rows) : jsonChunks(data))[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      let buffered = "";
      while (buffered.length < FLUSH_AT) {
        const next = await chunks.next();
        if (next.done) {
          if (buffered) controller.enqueue(encoder.encode(buffered));
          controller.close();
          return;
        }
        buffered += next.value;
      }
      controller.enqueue(encoder.encode(buffered));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: { "content-type": TYPES[format], "content-disposition": attachment(data.name, format), "cache-control": "no-store", "x-content-type-options": "nosniff" },
  });
}
