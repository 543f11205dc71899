import { describe, expect, it } from "vitest";
import { HIT_END, HIT_START, innerWords, likePattern, prefixTsQuery, snippetParts } from "./snippet";

describe("search snippets", () => {
  it("turn ts_headline markers into highlighted runs", () => {
    expect(snippetParts(`lift ${HIT_START}export${HIT_END} ${HIT_START}controls${HIT_END} now`, "export controls")).toEqual([
      { text: "lift ", hit: false },
      { text: "export", hit: true },
      { text: " ", hit: false },
      { text: "controls", hit: true },
      { text: " now", hit: false },
    ]);
  });

  it("mark the query inside trigram matches, including CJK text and word parts", () => {
    expect(snippetParts("日本と韓国の協力、韓国", "韓国")).toEqual([
      { text: "日本と", hit: false },
      { text: "韓国", hit: true },
      { text: "の協力、", hit: false },
      { text: "韓国", hit: true },
    ]);
    expect(snippetParts("Semiconductors and batteries", "CONDUCT")).toEqual([
      { text: "Semi", hit: false },
      { text: "conduct", hit: true },
      { text: "ors and batteries", hit: false },
    ]);
  });

  it("build prefix queries and literal LIKE patterns from user input", () => {
    expect(prefixTsQuery("semicond  expo!")).toBe("semicond:* & expo:*");
    expect(prefixTsQuery("':*|&")).toBe("");
    expect(likePattern(" 100%_off\\ ")).toBe("%100\\%\\_off\\\\%");
  });

  it("take a query's inner words, whole and letters only, for the full-text lookup of long text", () => {
    expect(innerWords("inistry of economy announced on Tuesd")).toBe("of economy announced on");
    expect(innerWords(" export controls ")).toBe("");
    expect(innerWords("rules on U.S. exports, eased in 2031 for fluorspar")).toBe("on eased in for");
    expect(innerWords("일본은 반도체 소재에 대한 수출")).toBe("반도체 소재에 대한");
  });
});
