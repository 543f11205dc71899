import { existsSync } from "node:fs";
import path from "node:path";
import { renderAsync } from "@resvg/resvg-js";

// Noto Sans KR (SIL Open Font License, from the @expo-google-fonts/noto-sans-kr package) has Latin, kana, kanji and
// Hangul, so Japanese and Korean titles are drawn even on servers without CJK fonts (docs/decisions/027). Only these
// files are loaded, never the system's: the same drawing gives the same picture on every server.
const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans-kr");
const FONT_FILES = ["400Regular/NotoSansKR_400Regular.ttf", "700Bold/NotoSansKR_700Bold.ttf"].map((file) => path.join(FONT_DIR, file));
const FAMILY = "Noto Sans KR";

/** Twice the drawing's size, so the picture stays sharp on a slide or a high-density screen… */
const SCALE = 2;
/** …unless that makes more pixels than this (64 MB of bitmap while drawing): a 200-row timeline is drawn smaller. */
const MAX_PIXELS = 16_000_000;

/** The zoom a drawing of this size (in SVG units) is rendered at. */
export function pngScale(width: number, height: number): number {
  return Math.min(SCALE, Math.sqrt(MAX_PIXELS / Math.max(1, width * height)));
}

/**
 * A standalone SVG drawing (of the size given, in SVG units) as a PNG picture. Rendering runs off the event loop (on
 * libuv's thread pool), since a large drawing takes a tenth of a second or more.
 */
export async function renderPng(svg: string, size: { width: number; height: number }): Promise<Buffer> {
  // The files are read by resvg, not bundled: nothing for the build to trace here.
  const missing = FONT_FILES.filter((file) => !existsSync(/*turbopackIgnore: true*/ file));
  if (missing.length) throw new Error(`The chart font is missing (${missing.join(", ")}): run npm install`);
  const image = await renderAsync(svg, {
    fitTo: { mode: "zoom", value: pngScale(size.width, size.height) },
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FAMILY, sansSerifFamily: FAMILY },
  });
  return image.asPng();
}
