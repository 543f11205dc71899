import { describe, expect, it } from "vitest";
import { DRAWING_LIMITS, pngScale, renderPng } from "./render-png";

describe("renderPng", () => {
  it("draws at twice the size, smaller when that would make too many pixels", () => {
    expect(pngScale(960, 1000)).toBe(2);
    // A 200-row timeline: about 960 × 10,600.
    const scale = pngScale(960, 10_600);
    expect(scale).toBeLessThan(2);
    expect(960 * scale * 10_600 * scale).toBeLessThanOrEqual(16_000_000 + 1);
  });

  it("draws Japanese and Korean text with the bundled font", async () => {
    const text = (content: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40"><rect width="300" height="40" fill="white"/><text x="4" y="28" font-size="20" font-family="ui-sans-serif, sans-serif">${content}</text></svg>`;
    const png = await renderPng(text("輸出規制 수출 규제"), { width: 300, height: 40 });
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(600);
    // Glyphs drawn, not blank: a picture of the text differs from one of spaces, and from one of other characters.
    const blank = await renderPng(text(" "), { width: 300, height: 40 });
    const other = await renderPng(text("輸入規制 수입 규제"), { width: 300, height: 40 });
    expect(png.length).toBeGreaterThan(blank.length + 500);
    expect(png.equals(other)).toBe(false);
  });

  it("draws one picture at a time, queues a few and refuses the rest until the queue has room", async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800"><rect width="800" height="800" fill="teal"/></svg>`;
    const size = { width: 800, height: 800 };
    const asked = DRAWING_LIMITS.atOnce + DRAWING_LIMITS.waiting + 3;
    const results = await Promise.allSettled(Array.from({ length: asked }, () => renderPng(svg, size)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(DRAWING_LIMITS.atOnce + DRAWING_LIMITS.waiting);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason)).toEqual(
      Array.from({ length: 3 }, () => expect.objectContaining({ kind: "rate_limited", details: { retryAfterSeconds: 5 } })),
    );
    // Every turn ended: the next picture is drawn at once.
    expect((await renderPng(svg, size)).subarray(1, 4).toString("latin1")).toBe("PNG");
  });
});
