import { describe, expect, it } from "vitest";
import { exportResponse } from "@/lib/http/export-response";
import { addSource } from "@/lib/sources/add-source";
import { addCitation } from "@/lib/tracking/add-citation";
import { createItem } from "@/lib/tracking/create-item";
import { recordStatusChange } from "@/lib/tracking/record-status-change";
import { csvRecords } from "@/tests/csv";
import { createTeam, unique } from "@/tests/factories";
import { exportItemHistory, itemHistoryCsv } from "@/lib/tracking/export-item-history";
import { exportTracker, exportView } from "./export-tracker";
import { saveView } from "./save-view";

const tick = () => new Promise((resolve) => setTimeout(resolve, 15));
const BODY = `${unique("記事")} 日本政府は2019年7月、半導体材料の輸出管理を強化した。日本は2023年に規制を解除した。`;

/** A workspace with one export control whose status changed from in force (2019-07) to lifted (2023), each cited. */
async function scenario() {
  const team = await createTeam();
  const { analyst, slug } = team;
  const source = await addSource(analyst, slug, { title: "日経新聞「輸出管理」", language: "ja", body: BODY });
  const item = await createItem(analyst, slug, {
    kind: "export_control",
    title: "対韓輸出管理, \"white list\"",
    implementingJurisdictions: ["JP"],
    affectedJurisdictions: ["KR"],
    tags: ["semiconductors", "半導体"],
  });
  await recordStatusChange(analyst, slug, {
    itemId: item.id,
    expectedVersion: 1,
    status: "in_force",
    effectiveOn: "2019-07",
    reason: "Controls took effect",
    citations: [{ sourceId: source.id, excerpt: "半導体材料の輸出管理を強化した" }],
  });
  await tick();
  const whileInForce = new Date();
  await tick();
  const lifted = await recordStatusChange(analyst, slug, { itemId: item.id, expectedVersion: 2, status: "lifted", effectiveOn: "2023", reason: "Lifted", noSourceYet: true });
  await tick();
  const beforeCitation = new Date();
  await tick();
  await addCitation(team.owner, slug, { itemId: item.id, expectedVersion: 3, statusEventId: lifted.eventId, sourceId: source.id, excerpt: "日本は2023年に規制を解除した", reason: "Found the article" });
  return { ...team, source, item, whileInForce, beforeCitation };
}

async function csvOf(data: Parameters<typeof exportResponse>[0]) {
  const response = exportResponse(data, "csv");
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, records: csvRecords(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1)) };
}

describe("export", () => {
  it("writes UTF-8 CSV with a byte-order mark, CJK text intact and the provenance of each status", async () => {
    const { slug, analyst, item } = await scenario();
    const { response, bytes, records } = await csvOf(await exportTracker(analyst, slug, {}));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="${slug}-tracker-valid-\\d{4}-\\d{2}-\\d{2}-recorded-\\d{4}-\\d{2}-\\d{2}T\\d{4}Z\\.csv"`));
    expect(records).toEqual([
      {
        ID: item.id,
        Kind: "Export control",
        Title: "対韓輸出管理, \"white list\"",
        "Implementing jurisdictions": "JP",
        "Affected jurisdictions": "KR",
        Tags: "semiconductors; 半導体",
        Status: "Lifted",
        "Status effective": "2023",
        "Status announced": "",
        Source: "日経新聞「輸出管理」",
        Excerpt: "日本は2023年に規制を解除した",
        "Source address": "",
        "Source publisher": "",
        "Source date": "",
        Flags: "",
        "Last change": expect.stringMatching(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC$/),
        Change: "Citation added",
        "Change reason": "Found the article",
        "Changed by": "Owner",
        "In force on": new Date().toISOString().slice(0, 10),
        "As recorded at": expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      },
    ]);
  });

  it("respects the as-of dates: the status, its citations and the last change as they stood", async () => {
    const { slug, analyst, whileInForce, beforeCitation } = await scenario();
    const recorded = (await csvOf(await exportTracker(analyst, slug, { recordedAt: whileInForce.toISOString() }))).records[0];
    expect(recorded).toMatchObject({
      Status: "In force",
      "Status effective": "2019-07",
      Excerpt: "半導体材料の輸出管理を強化した",
      Change: "Status recorded",
      "Change reason": "Controls took effect",
      "Changed by": "Analyst",
      "In force on": whileInForce.toISOString().slice(0, 10),
      "As recorded at": whileInForce.toISOString(),
    });
    const inForce = (await csvOf(await exportTracker(analyst, slug, { validOn: "2020-01-01" }))).records[0];
    expect(inForce).toMatchObject({ Status: "In force", "Status effective": "2019-07", Source: "日経新聞「輸出管理」", Excerpt: "半導体材料の輸出管理を強化した", Change: "Citation added" });
    const uncited = (await csvOf(await exportTracker(analyst, slug, { recordedAt: beforeCitation.toISOString() }))).records[0];
    expect(uncited).toMatchObject({ Status: "Lifted", Source: "", Excerpt: "", Flags: "No source yet", Change: "Status recorded" });
  });

  it("exports every matching row, walking past the first page, and only the matching ones", async () => {
    const { slug, analyst } = await createTeam();
    for (let n = 0; n < 203; n++) await createItem(analyst, slug, { kind: n % 2 ? "trade_dispute" : "export_control", title: `Item ${n}`, implementingJurisdictions: ["JP"] });
    const all = (await csvOf(await exportTracker(analyst, slug, { limit: "5", cursor: "ignored" }))).records;
    expect(all).toHaveLength(203);
    expect(new Set(all.map((r) => r.ID)).size).toBe(203);
    const disputes = (await csvOf(await exportTracker(analyst, slug, { kind: "trade_dispute" }))).records;
    expect(disputes).toHaveLength(101);
    expect(disputes.every((r) => r.Kind === "Trade dispute")).toBe(true);
  });

  it("exports a saved view as JSON with keys, partial dates and every citation", async () => {
    const { slug, analyst, viewer, item } = await scenario();
    const view = await saveView(analyst, slug, { name: "輸出管理 in 2020", visibility: "team", query: { validOn: "2020-01-01", kind: "export_control" } });
    const response = exportResponse(await exportView(viewer, slug, view.id), "json");
    // The file name says which dates it shows: an as-of export never takes the name of a current one.
    const recorded = "(\\d{4}-\\d{2}-\\d{2}T\\d{4}Z)";
    const disposition = response.headers.get("content-disposition") ?? "";
    expect(disposition).toMatch(new RegExp(`^attachment; filename="in-2020-valid-2020-01-01-recorded-${recorded}\\.json"; filename\\*=UTF-8''%E8%BC%B8%E5%87%BA%E7%AE%A1%E7%90%86%20in%202020-valid-2020-01-01-recorded-${recorded}\\.json$`));
    const body = await response.json();
    expect(body).toMatchObject({
      workspace: slug,
      view: { id: view.id, name: "輸出管理 in 2020" },
      query: { kind: "export_control", validOn: "2020-01-01" },
      asOf: { validOn: "2020-01-01", recordedAt: body.exportedAt },
    });
    expect(body.items).toEqual([
      expect.objectContaining({
        id: item.id,
        kind: "export_control",
        status: "in_force",
        effectiveOn: "2019-07",
        announcedOn: null,
        citations: [{ source: "日経新聞「輸出管理」", excerpt: "半導体材料の輸出管理を強化した", url: null, publisher: null, publishedOn: null }],
        asOf: { validOn: "2020-01-01", recordedAt: body.exportedAt },
      }),
    ]);
  });

  it("is for members only, scoped to their workspace and to the views they can see", async () => {
    const { slug, analyst, viewer } = await scenario();
    const other = await createTeam();
    const personal = await saveView(analyst, slug, { name: "Private", query: {} });
    const team = await saveView(analyst, slug, { name: "Team", visibility: "team", query: {} });
    await expect(exportTracker(other.owner, slug, {})).rejects.toMatchObject({ kind: "not_found" });
    await expect(exportView(other.owner, slug, team.id)).rejects.toMatchObject({ kind: "not_found" });
    await expect(exportView(other.owner, other.slug, team.id)).rejects.toMatchObject({ kind: "not_found" });
    await expect(exportView(viewer, slug, personal.id)).rejects.toMatchObject({ kind: "not_found" });
    expect((await csvOf(await exportTracker(other.owner, other.slug, {}))).records).toEqual([]);
    await expect(exportTracker(viewer, slug, { validOn: "2019-02-30" })).rejects.toMatchObject({ kind: "invalid", details: { fields: { validOn: expect.any(Array) } } });
  });

  it("exports an item's whole history: every status with its sources, retracted ones with when, and every change", async () => {
    const { slug, analyst, viewer, item, source } = await scenario();
    const correction = await recordStatusChange(analyst, slug, {
      itemId: item.id,
      expectedVersion: 4,
      status: "in_force",
      effectiveOn: "2019-07-04",
      reason: "The exact day",
      changeKind: "correction",
      correctsEventId: (await exportItemHistory(viewer, slug, item.id)).statuses[0]?.id,
      citations: [{ sourceId: source.id, excerpt: "半導体材料の輸出管理を強化した" }],
    });
    const history = await exportItemHistory(viewer, slug, item.id);
    expect(history.statuses.map((s) => [s.status, s.effectiveOn, s.retractedAt !== null, s.citations.map((c) => c.source)])).toEqual([
      ["in_force", "2019-07", true, ["日経新聞「輸出管理」"]],
      ["in_force", "2019-07-04", false, ["日経新聞「輸出管理」"]],
      ["lifted", "2023", false, ["日経新聞「輸出管理」"]],
    ]);
    expect(history.statuses[1]?.id).toBe(correction.eventId);
    expect(history.changes.map((c) => c.type)).toEqual(["item.created", "status.recorded", "status.recorded", "citation.added", "status.recorded"]);
    const records = csvRecords(itemHistoryCsv(history).slice(1));
    expect(records).toHaveLength(5);
    expect(records[4]).toMatchObject({ Change: "Status recorded", "Kind of change": "Correction", By: "Analyst", Reason: "The exact day" });
    expect(records[4]?.["What changed"]).toContain("In effect from: — → 4 July 2019");
    expect(records[4]?.["What changed"]).toContain("日経新聞「輸出管理」");
    await expect(exportItemHistory(viewer, slug, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ kind: "not_found" });
    const other = await createTeam();
    await expect(exportItemHistory(other.owner, other.slug, item.id)).rejects.toMatchObject({ kind: "not_found" });
  });
});
