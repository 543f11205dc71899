import { renderPng } from "@/lib/charts/render-png";

export type ChartFormat = "svg" | "png";

/** A drawing as a standalone SVG file, and its size in SVG units. */
export type ChartFile = { svg: string; width: number; height: number };

/**
 * A drawing as a download: the standalone SVG file, or a PNG picture of it. `name` is the file's name without its
 * extension, in ASCII (a workspace's slug and a day).
 */
export async function chartResponse(chart: ChartFile, format: ChartFormat, name: string): Promise<Response> {
  const body = format === "svg" ? chart.svg : new Uint8Array(await renderPng(chart.svg, chart));
  return new Response(body, {
    headers: {
      "content-type": format === "svg" ? "image/svg+xml; charset=utf-8" : "image/png",
      "content-disposition": `attachment; filename="${name}.${format}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
