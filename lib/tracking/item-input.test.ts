import { describe, expect, it } from "vitest";
import { ZCreateItem, ZItemFields } from "./item-input";

describe("item input", () => {
  it("an edit carries only the fields it names: missing ones are not blanked", () => {
    expect(ZItemFields.partial().parse({ title: "  A new title " })).toEqual({ title: "A new title" });
    expect(ZItemFields.partial().parse({ tags: ["WTO", "Group A", "wto", " ", "group a", "Chips"] })).toEqual({ tags: ["WTO", "Group A", "Chips"] });
  });

  it("a new item starts with empty optional fields and normalised codes", () => {
    expect(ZCreateItem.parse({ kind: "export_control", title: "Controls", implementingJurisdictions: ["jp"] })).toEqual({
      kind: "export_control",
      title: "Controls",
      summary: "",
      implementingJurisdictions: ["JP"],
      affectedJurisdictions: [],
      tags: [],
    });
  });

  it("refuses unknown codes and an item with no implementing jurisdiction", () => {
    expect(ZItemFields.partial().safeParse({ affectedJurisdictions: ["XX"] }).success).toBe(false);
    expect(ZItemFields.partial().safeParse({ implementingJurisdictions: [] }).success).toBe(false);
  });
});
