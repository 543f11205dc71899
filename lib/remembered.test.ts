import { describe, expect, it } from "vitest";
import { Remembered } from "./remembered";

const texts = (maxCharacters: number) => new Remembered<string>(maxCharacters, (text) => text.length);

describe("Remembered", () => {
  it("keeps values up to its weight, dropping the least recently used first", () => {
    const remembered = texts(160);
    remembered.remember("a", "x".repeat(10));
    remembered.remember("b", "y".repeat(10));
    expect(remembered.get("a")).toBe("x".repeat(10));
    for (let i = 0; i < 15; i++) remembered.remember(`c${i}`, "z".repeat(10));
    // 160 characters hold sixteen texts of ten, and this is the seventeenth: "b" was the least recently used, "a" was
    // read since.
    expect(remembered.get("b")).toBeUndefined();
    expect(remembered.get("a")).toBe("x".repeat(10));
    expect(remembered.get("c0")).toBe("z".repeat(10));
    expect(remembered.weight).toBe(160);
  });

  it("counts a value remembered twice once (two requests that missed it), and keeps none over a sixteenth", () => {
    const remembered = texts(160);
    for (let i = 0; i < 1000; i++) remembered.remember("same", "s".repeat(10));
    expect(remembered.weight).toBe(10);
    for (let i = 0; i < 15; i++) remembered.remember(`k${i}`, "k".repeat(10));
    expect(remembered.get("same")).toBe("s".repeat(10));
    remembered.remember("long", "l".repeat(11));
    expect(remembered.get("long")).toBeUndefined();
    expect(remembered.weight).toBe(160);
  });

  it("counts entries by default, and forgets a key on request", () => {
    const remembered = new Remembered<number>(32);
    for (let i = 0; i < 40; i++) remembered.remember(`n${i}`, i);
    expect(remembered.weight).toBe(32);
    expect(remembered.get("n7")).toBeUndefined();
    expect(remembered.get("n8")).toBe(8);
    remembered.forget("n8");
    expect(remembered.get("n8")).toBeUndefined();
    expect(remembered.weight).toBe(31);
  });
});
