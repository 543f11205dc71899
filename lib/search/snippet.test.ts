import { describe, expect, it } from "vitest";
import { HIT_END, HIT_START, likePattern, prefixTsQuery, snippetParts } from "./snippet";

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
});
