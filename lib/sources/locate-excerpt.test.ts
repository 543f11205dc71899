import { describe, expect, it } from "vitest";
import { highlightSegments } from "./highlight-ranges";
import { locateExcerpt } from "./locate-excerpt";
import { contentHash, normaliseText } from "./normalise-text";

describe("locating an excerpt", () => {
  const body = "Alpha beta. Gamma beta. 日本と韓国の協力。";

  it("finds the first occurrence, or the one at the given offset", () => {
    expect(locateExcerpt(body, "beta")).toEqual({ start: 6, end: 10 });
    expect(locateExcerpt(body, "beta", 18)).toEqual({ start: 18, end: 22 });
    expect(locateExcerpt(body, "日本と韓国")).toEqual({ start: 24, end: 29 });
  });

  it("refuses text that is not there, or not at the offset", () => {
    expect(locateExcerpt(body, "delta")).toBeNull();
    expect(locateExcerpt(body, "beta", 7)).toBeNull();
    expect(locateExcerpt(body, "")).toBeNull();
  });
});

describe("normalised text", () => {
  it("ignores whitespace differences and Unicode composition", () => {
    expect(normaliseText("  a\n\n b\t c ")).toBe("a b c");
    expect(contentHash("Cafe\u0301 au lait")).toBe(contentHash("Café  au lait"));
    expect(contentHash("a b")).not.toBe(contentHash("a c"));
  });
});

describe("highlight segments", () => {
  it("splits overlapping citations into runs that name every covering citation", () => {
    expect(highlightSegments("abcdef", [{ id: "x", start: 1, end: 4 }, { id: "y", start: 3, end: 5 }])).toEqual([
      { text: "a", citationIds: [] },
      { text: "bc", citationIds: ["x"] },
      { text: "d", citationIds: ["x", "y"] },
      { text: "e", citationIds: ["y"] },
      { text: "f", citationIds: [] },
    ]);
  });
});
