import { describe, expect, it } from "vitest";
import { AP, DEMO_DISCREPANCY, DEMO_ITEMS, SEOUL } from "./demo-items";
import { parseSourceFile, readSourceFile } from "./source-file";

describe("seed source files", () => {
  it("parse their front matter and keep the body verbatim", async () => {
    const ap = await readSourceFile(AP);
    expect(ap).toMatchObject({ publisher: "The Associated Press", published: "2023-03-17", language: "en", url: null });
    expect(ap.known_issues?.[0]).toContain("International Labor Organization");
    expect(ap.body.startsWith("South Korean President Yoon Suk Yeol meets")).toBe(true);
    const seoul = await readSourceFile(SEOUL);
    expect(seoul).toMatchObject({ publisher: null, byline: null, published: "2023-05" });
  });

  it("refuse a file without front matter", () => {
    expect(() => parseSourceFile("no front matter")).toThrow(/front matter/);
  });

  it("contain every excerpt the demo items quote, exactly once", async () => {
    const bodies = { [AP]: (await readSourceFile(AP)).body, [SEOUL]: (await readSourceFile(SEOUL)).body };
    const excerpts = [
      ...DEMO_ITEMS.flatMap((item) => item.events.flatMap((event) => event.citations)),
      DEMO_DISCREPANCY.a,
      DEMO_DISCREPANCY.b,
    ];
    expect(excerpts.length).toBeGreaterThan(10);
    for (const { source, excerpt } of excerpts) {
      expect(bodies[source].split(excerpt).length - 1, excerpt).toBe(1);
    }
  });
});
