import { describe, expect, it } from "vitest";
import { withDecodablePath } from "./decodable-path";

describe("withDecodablePath", () => {
  it("takes a segment whose escapes do not decode literally, and leaves the rest of the address as it was", () => {
    expect(withDecodablePath("/api/v1/workspaces/demo/items/%E0%A4%A?x=%ZZ")).toBe("/api/v1/workspaces/demo/items/%25E0%25A4%25A?x=%ZZ");
    expect(withDecodablePath("/w/%ZZ/items/%ED%A0%80")).toBe("/w/%25ZZ/items/%25ED%25A0%2580");
    expect(withDecodablePath("/share/%C0%AF#top")).toBe("/share/%25C0%25AF#top");
    expect(decodeURIComponent(withDecodablePath("/w/demo/items/%E0%A4%A").split("/")[4] ?? "")).toBe("%E0%A4%A");
  });

  it("returns an address that decodes unchanged", () => {
    for (const url of ["/w/demo", "/w/demo/items/2f1c?cursor=%ZZ", "/search/%E8%BC%B8%E5%87%BA", "/a%2Fb/%25", "/"]) expect(withDecodablePath(url)).toBe(url);
  });
});
