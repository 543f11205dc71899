import { describe, expect, it } from "vitest";
import { singleValues } from "./search-params";

describe("singleValues", () => {
  it("keeps one trimmed value per key and drops empty ones", () => {
    expect(singleValues({ type: "item", actorId: "", itemId: undefined, from: [" 2024-01-01 ", "2025-01-01"], to: [] })).toEqual({
      type: "item",
      from: "2024-01-01",
    });
  });
});
