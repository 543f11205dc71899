import { existsSync } from "node:fs";
import path from "node:path";
import { renderAsync } from "@resvg/resvg-js";
import { DomainError } from "@/lib/errors";

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
 * Pictures a process draws at once, and how many may wait for their turn. A large drawing keeps a core busy for seconds,
 * on libuv's thread pool that password hashing and file reads share: eight at once made every other request of the
 * server wait seconds. Past the queue the request is refused (429), to try again shortly.
 */
export const DRAWING_LIMITS = { atOnce: 1, waiting: 8 } as const;
let drawing = 0;
const waiting: (() => void)[] = [];

/** Waits for a turn to draw (or refuses one past the queue); the function returned ends the turn. */
async function drawingTurn(): Promise<() => void> {
  if (drawing < DRAWING_LIMITS.atOnce) drawing += 1;
  else if (waiting.length < DRAWING_LIMITS.waiting) await new Promise<void>((resolve) => waiting.push(resolve));
  else throw new DomainError("rate_limited", "Too many pictures are being drawn just now. Try again in a few seconds.", { retryAfterSeconds: 5 });
  // The turn passes straight to the next in the queue, so that no newcomer slips in between.
  return () => {
    const next = waiting.shift();
    if (next) next();
    else drawing -= 1;
  };
}

/**
 * A standalone SVG drawing (of the size given, in SVG units) as a PNG picture. Rendering runs off the event loop (on
 * libuv's thread pool), since a large drawing takes a tenth of a second or more, one picture at a time (DRAWING_LIMITS).
 */
export async function renderPng(svg: string, size: { width: number; height: number }): Promise<Buffer> {
  const done = await drawingTurn();
  try {
    return await draw(svg, size);
  } finally {
    done();
  }
}

async function draw(svg: string, size: { width: number; height: number }): Promise<Buffer> {
  // The files are read by resvg, not bundled: nothing for the build to trace here.
  const missing = FONT_FILES.filter((file) => !existsSync(/*turbopackIgnore: true*/ file));
  if (missing.length) throw new Error(`The chart font is missing (${missing.join(", ")}): run npm install`);
  const image = await renderAsync(svg, {
    fitTo: { mode: "zoom", value: pngScale(size.width, size.height) },
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FAMILY, sansSerifFamily: FAMILY },
  });
  return image.asPng();
}
