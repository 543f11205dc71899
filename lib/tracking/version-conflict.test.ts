import { describe, expect, it } from "vitest";
import { parseVersionConflict } from "./version-conflict";

const change = { id: "12", type: "item.updated", reason: "Typo", recordedAt: "2026-11-23T10:00:00.000Z", diff: { title: { before: "a", after: "b" } }, actor: "Aiko" };

describe("parseVersionConflict", () => {
  it("reads the details a conflict error carries", () => {
    const current = { item: { version: 3, title: "b" }, theirChanges: [change] };
    expect(parseVersionConflict(current)).toEqual(current);
  });

  it("returns null for anything else", () => {
    for (const current of [
      null,
      "conflict",
      { item: { version: 3 } },
      { item: { version: 0 }, theirChanges: [] },
      { item: { version: 2.5 }, theirChanges: [] },
      { item: { version: "3" }, theirChanges: [] },
      { item: { version: 3 }, theirChanges: [{ ...change, actor: undefined }] },
      { item: { version: 3 }, theirChanges: [{ id: "1", type: "t", reason: "", recordedAt: "x", actor: "a" }] },
      { item: [3], theirChanges: [] },
    ]) {
      expect(parseVersionConflict(current)).toBeNull();
    }
  });
});
