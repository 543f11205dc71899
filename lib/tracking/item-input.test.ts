import { describe, expect, it } from "vitest";
import { ZCreateItem, ZItemFields } from "./item-input";

describe("item fields", () => {
  it("leaves fields an edit does not name absent, so saving them cannot blank them", () => {
    expect(ZItemFields.partial().parse({ title: "  New title " })).toEqual({ title: "New title" });
  });

  it("starts a new item's optional fields empty", () => {
    expect(ZCreateItem.parse({ kind: "export_control", title: "Controls", implementingJurisdictions: ["jp", "JP"] })).toEqual({
      kind: "export_control",
      title: "Controls",
      summary: "",
      implementingJurisdictions: ["JP"],
      affectedJurisdictions: [],
      tags: [],
    });
  });
});
