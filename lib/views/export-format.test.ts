import { describe, expect, it } from "vitest";
import { attachment, csvChunks, jsonChunks } from "./export-format";
import type { ExportRow, TrackerExport } from "./export-tracker";

const row: ExportRow = {
  id: "0190a000-0000-7000-8000-000000000001",
  kind: "export_control",
  title: "輸出管理, \"white list\"",
  implementingJurisdictions: ["JP"],
  affectedJurisdictions: ["KR", "CN"],
  tags: ["semiconductors"],
  status: "in_force",
  effectiveOn: "2019-07",
  announcedOn: "2019-07-01",
  needsSource: false,
  hasDiscrepancy: true,
  citations: [
    { source: "Article A", excerpt: "Japan tightened controls.", url: "https://example.org/a", publisher: "Nikkei", publishedOn: "2019-07-02" },
    { source: "記事B", excerpt: "=1+1", url: null, publisher: "@publisher", publishedOn: null },
  ],
  lastChange: { at: new Date("2024-01-02T03:04:05Z"), type: "status.recorded", reason: "New article", by: "Aiko" },
  asOf: { validOn: "2020-01-01", recordedAt: "2024-05-01T00:00:00.000Z" },
};

async function* rows(...list: ExportRow[]) {
  yield* list;
}

const collect = async (chunks: AsyncIterable<string>) => {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
};

describe("export formats", () => {
  it("writes a CSV with a BOM, a header row, labels and numbered citations", async () => {
    const text = await collect(csvChunks(rows(row, { ...row, citations: [], lastChange: null, status: null, effectiveOn: null, announcedOn: null, hasDiscrepancy: false })));
    expect(text.startsWith("\uFEFFID,Kind,Title,")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines[0]).toBe(
      "ID,Kind,Title,Implementing jurisdictions,Affected jurisdictions,Tags,Status,Status effective,Status announced,Source,Excerpt,Source address,Source publisher,Source date,Flags,Last change,Change,Change reason,Changed by,In force on,As recorded at",
    );
    expect(lines[1]).toBe(
      `${row.id},Export control,"輸出管理, ""white list""",JP,KR; CN,semiconductors,In force,2019-07,2019-07-01,"[1] Article A\n[2] 記事B","[1] Japan tightened controls.\n[2] =1+1","[1] https://example.org/a\n[2] ","[1] Nikkei\n[2] @publisher","[1] 2019-07-02\n[2] ",Sources disagree,"2 Jan 2024, 03:04 UTC",Status recorded,New article,Aiko,2020-01-01,2024-05-01T00:00:00.000Z`,
    );
    expect(lines[2]).toBe(`${row.id},Export control,"輸出管理, ""white list""",JP,KR; CN,semiconductors,,,,,,,,,,,,,,2020-01-01,2024-05-01T00:00:00.000Z`);
    expect(lines[3]).toBe("");
  });

  it("writes one JSON document saying what was exported, with keys rather than labels", async () => {
    const data: TrackerExport = {
      name: "x",
      workspace: "demo",
      view: null,
      query: { kind: "export_control" },
      exportedAt: new Date("2024-05-01T00:00:00Z"),
      asOf: row.asOf,
      rows: rows(row, row),
    };
    const parsed = JSON.parse(await collect(jsonChunks(data)));
    expect(parsed).toMatchObject({ workspace: "demo", view: null, query: { kind: "export_control" }, exportedAt: "2024-05-01T00:00:00.000Z", asOf: row.asOf });
    expect(parsed.items).toHaveLength(2);
    expect(parsed.items[0]).toMatchObject({ kind: "export_control", status: "in_force", effectiveOn: "2019-07", announcedOn: "2019-07-01", citations: row.citations, lastChange: { by: "Aiko" }, asOf: row.asOf });
    expect(JSON.parse(await collect(jsonChunks({ ...data, rows: rows() }))).items).toEqual([]);
  });

  it("names downloads in ASCII and, exactly, in UTF-8", () => {
    expect(attachment("demo-tracker-2024-05-01", "csv")).toBe(`attachment; filename="demo-tracker-2024-05-01.csv"; filename*=UTF-8''demo-tracker-2024-05-01.csv`);
    expect(attachment("Japan's controls (2019) 輸出", "json")).toBe(
      `attachment; filename="Japan-s-controls-2019.json"; filename*=UTF-8''Japan%27s%20controls%20%282019%29%20%E8%BC%B8%E5%87%BA.json`,
    );
    expect(attachment("輸出", "csv")).toBe(`attachment; filename="export.csv"; filename*=UTF-8''%E8%BC%B8%E5%87%BA.csv`);
  });
});
