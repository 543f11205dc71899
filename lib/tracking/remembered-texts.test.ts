import { describe, expect, it } from "vitest";
import { RememberedTexts } from "./remembered-texts";

describe("RememberedTexts", () => {
  it("keeps texts up to its size, dropping the least recently used first", () => {
    const texts = new RememberedTexts(160);
    texts.remember("a", "x".repeat(10));
    texts.remember("b", "y".repeat(10));
    expect(texts.get("a")).toBe("x".repeat(10));
    for (let i = 0; i < 15; i++) texts.remember(`c${i}`, "z".repeat(10));
    // 160 characters hold sixteen texts of ten, and this is the seventeenth: "b" was the least recently used, "a" was
    // read since.
    expect(texts.get("b")).toBeUndefined();
    expect(texts.get("a")).toBe("x".repeat(10));
    expect(texts.get("c0")).toBe("z".repeat(10));
    expect(texts.characters).toBe(160);
  });

  it("counts a text remembered twice once (two requests that missed it), and keeps no text over a sixteenth", () => {
    const texts = new RememberedTexts(160);
    for (let i = 0; i < 1000; i++) texts.remember("same", "s".repeat(10));
    expect(texts.characters).toBe(10);
    for (let i = 0; i < 15; i++) texts.remember(`k${i}`, "k".repeat(10));
    expect(texts.get("same")).toBe("s".repeat(10));
    texts.remember("long", "l".repeat(11));
    expect(texts.get("long")).toBeUndefined();
    expect(texts.characters).toBe(160);
  });
});
