import { describe, expect, it } from "vitest";
import { findMentions, mentionedIds } from "./mentions";

const aiko = { userId: "a", name: "Aiko Analyst", email: "analyst@demo.test" };
const aikoShort = { userId: "b", name: "Aiko", email: "aiko.b@demo.test" };
const olivia = { userId: "o", name: "Olivia Owner", email: "owner@demo.test" };
const yamada = { userId: "y", name: "山田 太郎", email: "yamada@example.jp" };

describe("findMentions", () => {
  it("finds a member by name, the longest name first, in any case", () => {
    const text = "@aiko analyst and @Aiko, see this";
    expect(findMentions(text, [aikoShort, aiko])).toEqual([
      { userId: "a", start: 0, end: 13 },
      { userId: "b", start: 18, end: 23 },
    ]);
  });

  it("finds a member by the first part of their email address", () => {
    expect(findMentions("cc @owner please", [olivia])).toEqual([{ userId: "o", start: 3, end: 9 }]);
  });

  it("ignores an @ inside a word or an email address, and a name that runs on into a longer word", () => {
    expect(findMentions("write to owner@demo.test or @Oliviaxyz", [olivia, { ...olivia, name: "Olivia" }])).toEqual([]);
  });

  it("lets a name in a script without spaces run on into the next word", () => {
    expect(findMentions("@山田 太郎さん、確認してください", [yamada])).toEqual([{ userId: "y", start: 0, end: 6 }]);
  });

  it("finds nothing for people who are not members", () => {
    expect(findMentions("@Someone Else", [aiko])).toEqual([]);
  });

  it("lists each mentioned member once", () => {
    expect(mentionedIds(findMentions("@Aiko Analyst @aiko analyst @owner", [aiko, olivia]))).toEqual(["a", "o"]);
  });
});
