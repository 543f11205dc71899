import { renderPng } from "@/lib/charts/render-png";

export type ChartFormat = "svg" | "png";

/**
 * A drawing as a download: the standalone SVG file, or a PNG picture of it. `name` is the file's name without its
 * extension, in ASCII (a workspace's slug and a day).
 */
export async function chartResponse(svg: string, format: ChartFormat, name: string): Promise<Response> {
  const body = format === "svg" ? svg : new Uint8Array(await renderPng(svg));
  return new Response(body, {
    headers: {
      "content-type": format === "svg" ? "image/svg+xml; charset=utf-8" : "image/png",
      "content-disposition": `attachment; filename="${name}.${format}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
