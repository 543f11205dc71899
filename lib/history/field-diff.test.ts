import { describe, expect, it } from "vitest";
import { beforeState, diffFields } from "./field-diff";

describe("field diffs", () => {
  const before = { title: "Old", tags: ["a", "b"], summary: "", affectedJurisdictions: ["KR"] };

  it("keeps only the fields that changed, with both values", () => {
    expect(diffFields(before, { title: "New", tags: ["a", "b"], summary: "" })).toEqual({ title: { before: "Old", after: "New" } });
  });

  it("compares arrays by value and order, and ignores fields not given", () => {
    expect(diffFields(before, { tags: ["b", "a"] })).toEqual({ tags: { before: ["a", "b"], after: ["b", "a"] } });
    expect(diffFields(before, {})).toEqual({});
    expect(diffFields(before, { affectedJurisdictions: [] })).toEqual({ affectedJurisdictions: { before: ["KR"], after: [] } });
  });

  it("gives back the earlier state, for a revert", () => {
    expect(beforeState(diffFields(before, { title: "New", tags: [] }))).toEqual({ title: "Old", tags: ["a", "b"] });
  });
});
