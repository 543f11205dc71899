import { describe, expect, it } from "vitest";
import { commentSegments } from "./comment-text";

describe("commentSegments", () => {
  it("keeps markup as text and marks mentions and web addresses", () => {
    const body = "@Aiko see <script>alert(1)</script> https://example.org/a?b=1.";
    expect(commentSegments(body, [{ userId: "a", start: 0, end: 5 }])).toEqual([
      { kind: "mention", text: "@Aiko", userId: "a" },
      { kind: "text", text: " see <script>alert(1)</script> " },
      { kind: "link", text: "https://example.org/a?b=1", href: "https://example.org/a?b=1" },
      { kind: "text", text: "." },
    ]);
  });

  it("never makes a link of another scheme", () => {
    const segments = commentSegments("javascript:alert(1) data:text/html,x JAVASCRIPT://x", []);
    expect(segments.every((s) => s.kind === "text")).toBe(true);
  });

  it("keeps a closing parenthesis the address opened, and drops one the sentence did", () => {
    expect(commentSegments("(see https://en.wikipedia.org/wiki/Plaza_(Tokyo))", [])).toEqual([
      { kind: "text", text: "(see " },
      { kind: "link", text: "https://en.wikipedia.org/wiki/Plaza_(Tokyo)", href: "https://en.wikipedia.org/wiki/Plaza_(Tokyo)" },
      { kind: "text", text: ")" },
    ]);
  });

  it("ignores mention spans that do not fit the text or overlap", () => {
    const segments = commentSegments("@A and @B", [
      { userId: "x", start: 7, end: 99 },
      { userId: "a", start: 0, end: 2 },
      { userId: "y", start: 1, end: 3 },
    ]);
    expect(segments).toEqual([
      { kind: "mention", text: "@A", userId: "a" },
      { kind: "text", text: " and @B" },
    ]);
  });
});
