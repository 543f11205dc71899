import { describe, expect, it } from "vitest";
import { BOM, csvCell, csvLine } from "./csv";

describe("CSV encoding", () => {
  it("leaves plain text, including CJK text, as it is", () => {
    expect(csvCell("Export controls")).toBe("Export controls");
    expect(csvCell("輸出管理の厳格化")).toBe("輸出管理の厳格化");
    expect(csvCell("")).toBe("");
  });

  it("quotes fields with commas, quotes or line breaks and doubles the quotes (RFC 4180)", () => {
    expect(csvCell("JP, KR")).toBe('"JP, KR"');
    expect(csvCell('the "white list"')).toBe('"the ""white list"""');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
  });

  it("defuses text that a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("+81 3")).toBe("'+81 3");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("ends each record with CRLF and starts files with a byte-order mark", () => {
    expect(csvLine(["id", "title, full", "状態"])).toBe('id,"title, full",状態\r\n');
    expect(BOM).toBe("\uFEFF");
    expect(new TextEncoder().encode(BOM)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});
