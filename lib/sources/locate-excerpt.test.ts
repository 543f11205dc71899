import { describe, expect, it } from "vitest";
import { highlightSegments } from "./highlight-ranges";
import { foldText } from "./fold-text";
import { locateExcerpt, nearestPassage } from "./locate-excerpt";
import { contentHash, normaliseText } from "./normalise-text";
import { unwrapLines } from "./unwrap-lines";

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

describe("locating an excerpt typed or pasted differently from the source", () => {
  const article = "Tokyo’s “white list” — the preferred partners — was cut\nin 2019.\n\n経済産業省は、\n韓国向けの輸出管理を強化した。株式会社ＡＢＣの２０１９年の発表。";
  const cited = (excerpt: string, startOffset?: number) => {
    const at = locateExcerpt(article, excerpt, startOffset);
    return at && article.slice(at.start, at.end);
  };

  it("accepts straight quotes, plain dashes, other spaces and line breaks, and stores the source's own characters", () => {
    expect(cited(`Tokyo's "white list" - the preferred partners -- was cut in 2019.`)).toBe(article.slice(0, article.indexOf("\n\n")));
    expect(cited("white list\" —the")).toBe("white list” — the");
    expect(cited("cut   in 2019")).toBe("cut\nin 2019");
  });

  it("joins Japanese across line breaks and reads full-width forms as their plain ones", () => {
    expect(cited("経済産業省は、韓国向けの輸出管理")).toBe("経済産業省は、\n韓国向けの輸出管理");
    expect(cited("株式会社ABCの2019年")).toBe("株式会社ＡＢＣの２０１９年");
    expect(cited("経済産業省は、 韓国")).toBe("経済産業省は、\n韓国");
  });

  it("ignores invisible characters and composition, but not letter case or missing words", () => {
    expect(cited("white\u200b list")).toBe("white list");
    expect(locateExcerpt("Café au lait", "Cafe\u0301 au")).toEqual({ start: 0, end: 7 });
    expect(cited("WHITE LIST")).toBeNull();
    expect(cited("the partners")).toBeNull();
  });

  it("with a start offset, takes only a passage that begins there", () => {
    const at = article.indexOf("white");
    expect(cited(`white list" -`, at)).toBe("white list” —");
    expect(cited(`white list" -`, at + 1)).toBeNull();
  });

  it("maps every folded character back into the original", () => {
    const folded = foldText("a\u00a0\u00a0b—c ｄ");
    expect(folded.text).toBe("a b-c d");
    expect([...folded.starts]).toEqual([0, 1, 3, 4, 5, 6, 7]);
    expect([...folded.ends]).toEqual([1, 3, 4, 5, 6, 7, 8]);
  });
});

describe("the nearest passage", () => {
  const body =
    "In 2019, Japan strengthened its export controls on materials required by South Korean companies, causing South Korea to file a complaint with the World Trade Organization. 関係者によると、影響は限定的だという。";
  const nearest = (excerpt: string) => {
    const span = nearestPassage(body, excerpt);
    return span && body.slice(span.start, span.end);
  };

  it("offers the passage an excerpt with a changed or missing word was taken from, in whole words", () => {
    expect(nearest("Japan tightened its export controls on materials required by South Korean firms")).toBe(
      "Japan strengthened its export controls on materials required by South Korean companies",
    );
    expect(nearest("causing South Korea to lodge a complaint with the World Trade Organization")).toBe(
      "causing South Korea to file a complaint with the World Trade Organization",
    );
  });

  it("works for Japanese, and offers nothing when nothing is alike", () => {
    expect(nearest("関係者によれば、影響は限定的")).toBe("関係者によると、影響は限定的");
    expect(nearest("Completely unrelated sentence about fisheries quotas")).toBeNull();
    expect(nearest("abc")).toBeNull();
  });
});

describe("unwrapping pasted lines", () => {
  it("joins a hard-wrapped paragraph and keeps the paragraphs apart", () => {
    const pasted = "Japan strengthened its export controls on\nmaterials required by South Korean\ncompanies in 2019.\n\nSeoul filed a complaint.";
    expect(unwrapLines(pasted)).toBe("Japan strengthened its export controls on materials required by South Korean companies in 2019.\n\nSeoul filed a complaint.");
  });

  it("keeps the break after a short line, joins CJK lines without a space and keeps a line-end hyphen", () => {
    expect(unwrapLines("A heading\nThe first line of a paragraph that is long\nand its second line.")).toBe(
      "A heading\nThe first line of a paragraph that is long and its second line.",
    );
    expect(unwrapLines("経済産業省は韓国向けの半導体材料の輸出管\n理を緩和すると発表した。")).toBe("経済産業省は韓国向けの半導体材料の輸出管理を緩和すると発表した。");
    expect(unwrapLines("the ministry eased its controls on chip-\nmaterials and photoresists last year")).toBe(
      "the ministry eased its controls on chip-materials and photoresists last year",
    );
  });

  it("leaves a web page's one-line paragraphs and Windows line ends alone but for the line ends", () => {
    const long = "x".repeat(200);
    expect(unwrapLines(`${long}\n${long}`)).toBe(`${long}\n${long}`);
    expect(unwrapLines("one\r\n\r\ntwo")).toBe("one\n\ntwo");
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
