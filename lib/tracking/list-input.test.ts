import { describe, expect, it } from "vitest";
import { joinList, splitCodes, splitTags } from "./list-input";

describe("list input", () => {
  it("splits codes on commas, semicolons and spaces", () => {
    expect(splitCodes(" JP, kr;EU  US\n")).toEqual(["JP", "kr", "EU", "US"]);
    expect(splitCodes("  ")).toEqual([]);
  });

  it("splits tags on commas only, keeping the spaces inside a tag", () => {
    expect(splitTags("export controls, semiconductors ,, white list")).toEqual(["export controls", "semiconductors", "white list"]);
    expect(splitTags("")).toEqual([]);
  });

  it("joins a list back into what splitting reads", () => {
    expect(splitTags(joinList(["export controls", "wto"]))).toEqual(["export controls", "wto"]);
    expect(splitCodes(joinList(["JP", "KR"]))).toEqual(["JP", "KR"]);
  });
});
