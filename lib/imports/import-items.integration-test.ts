import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyHistory } from "@/lib/history/verify-history";
import { updateItem } from "@/lib/tracking/update-item";
import { exportTracker } from "@/lib/views/export-tracker";
import { createSource, createTeam } from "@/tests/factories";
import { importItems, type ImportOptions } from "./import-items";

const csv = (lines: string[]) => ({ bytes: new TextEncoder().encode(`${lines.join("\r\n")}\r\n`), mediaType: "text/csv" });
const apply = (reason = "Moving in from our spreadsheet"): ImportOptions => ({ mode: "apply", reason, fileName: "measures.csv" });

const TEMPLATE_HEADER = "external_id,kind,title,summary,implementing_jurisdictions,affected_jurisdictions,tags,status,status_effective_on,status_announced_on,status_note,source_external_id,source_id,excerpt";

const GTA = [
  "Intervention ID,State Act Title,Intervention Type,Implementing Jurisdiction,Affected Jurisdiction,Announcement Date,Date Implemented,Date Removed,Source,GTA Evaluation",
  `1001,Japan: Export licensing for fluorinated polyimide,Export licensing requirement,Japan,Republic of Korea,2019-07-01,2019-07-04,,"METI, Update of export control operations, 1 July 2019, https://www.meti.go.jp/english/press/2019/0701_001.html",Red`,
  `1002,Japan: Removal of South Korea from the white list,Export-related non-tariff measure,Japan,"Korea, Republic of",2019-08-02,2019-08-28,2023-07-21,"Cabinet Order, 2 August 2019",Red`,
  `1003,Korea: Tariff on steel,Import tariff,Republic of Korea,"United States of America; China",2020-01-01,2020-02-01,,"Ministry of Economy and Finance, press release",Red`,
];

describe("importing items", () => {
  it("maps Global Trade Alert columns, creates items, statuses and cited sources in one import, and a second run changes nothing", async () => {
    const team = await createTeam();
    const dry = await importItems(team.analyst, team.slug, csv(GTA), { mapping: "auto" });
    expect(dry.file.mapping).toBe("gta");
    // The tariff is not an export measure: without a kind for other types, its row is refused where the type is.
    expect(dry.rows.find((r) => r.row === 4)).toMatchObject({ action: "error", errors: [{ column: "Intervention Type", message: expect.stringContaining("not an export measure") }] });
    const withKind = await importItems(team.analyst, team.slug, csv(GTA), { defaultKind: "trade_dispute" });
    expect(withKind.counts).toMatchObject({ rows: 3, created: 3, updated: 0, errors: 0, statuses: 7, sources: 3 });
    expect(withKind.rows.map((r) => r.action)).toEqual(["create", "create", "create"]);
    expect(await db.trackedItem.count({ where: { workspaceId: team.workspace.id } })).toBe(0);

    const applied = await importItems(team.analyst, team.slug, csv(GTA), { ...apply(), defaultKind: "trade_dispute" });
    expect(applied.changeId).not.toBeNull();
    const items = await db.trackedItem.findMany({
      where: { workspaceId: team.workspace.id },
      orderBy: { externalId: "asc" },
      select: { externalId: true, kind: true, title: true, implementingJurisdictions: true, affectedJurisdictions: true, tags: true, currentStatus: true, needsSource: true },
    });
    expect(items).toEqual([
      expect.objectContaining({ externalId: "gta:1001", kind: "export_control", implementingJurisdictions: ["JP"], affectedJurisdictions: ["KR"], currentStatus: "in_force", needsSource: false }),
      expect.objectContaining({ externalId: "gta:1002", kind: "export_control", affectedJurisdictions: ["KR"], currentStatus: "lifted" }),
      expect.objectContaining({ externalId: "gta:1003", kind: "trade_dispute", affectedJurisdictions: ["US", "CN"], currentStatus: "active", tags: ["import tariff", "gta red"] }),
    ]);
    const source = await db.source.findFirstOrThrow({ where: { workspaceId: team.workspace.id, title: { startsWith: "METI" } }, select: { url: true, version: true } });
    expect(source).toEqual({ url: "https://www.meti.go.jp/english/press/2019/0701_001.html", version: 1 });
    const record = await db.changeRecord.findFirstOrThrow({ where: { id: BigInt(applied.changeId as string) }, select: { type: true, reason: true, diff: true } });
    expect(record).toMatchObject({ type: "workspace.imported", reason: "Moving in from our spreadsheet", diff: { importOf: "items", created: 3, file: { name: "measures.csv", rows: 3, mapping: "gta" } } });
    const itemRecords = await db.changeRecord.count({ where: { workspaceId: team.workspace.id, reason: { startsWith: `Import #${applied.changeId}:` } } });
    expect(itemRecords).toBe(3 + 7 + 3);

    const before = await db.changeRecord.count({ where: { workspaceId: team.workspace.id } });
    const again = await importItems(team.analyst, team.slug, csv(GTA), { ...apply("Once more"), defaultKind: "trade_dispute" });
    expect(again.changeId).toBeNull();
    expect(again.counts).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(again.rows.every((r) => r.action === "unchanged")).toBe(true);
    expect(await db.changeRecord.count({ where: { workspaceId: team.workspace.id } })).toBe(before);
    expect((await verifyHistory(null)).findings).toEqual([]);

    // The export shows what was imported, with the sources' addresses and the announcement dates.
    const rows = [];
    for await (const row of (await exportTracker(team.viewer, team.slug, { sort: "title" })).rows) rows.push(row);
    expect(rows.find((r) => r.title.startsWith("Japan: Export licensing"))).toMatchObject({
      status: "in_force",
      effectiveOn: "2019-07-04",
      announcedOn: "2019-07-01",
      citations: [expect.objectContaining({ url: "https://www.meti.go.jp/english/press/2019/0701_001.html" })],
    });
  });

  it("updates what changed, adds new statuses and citations, against the template's columns", async () => {
    const team = await createTeam();
    const source = await createSource(team.analyst, team.slug);
    await db.source.update({ where: { id: source.id }, data: { externalId: "src-1" } });
    const first = [
      TEMPLATE_HEADER,
      "m-1,Export control,Controls on photoresists,,JP,KR,semiconductors,in_force,2019-07,,,,,",
      "m-2,trade_dispute,Complaint over the controls,,KR,JP,,,,,,,,",
    ];
    expect((await importItems(team.analyst, team.slug, csv(first), apply())).counts).toMatchObject({ created: 2, statuses: 1 });
    const second = [
      TEMPLATE_HEADER,
      "m-1,export_control,Controls on photoresists (2019),,JP,KR,semiconductors,in_force,2019-07,,,src-1,,Japan said it would lift export controls.",
      "m-1,,,,,,,Lifted,2023-03,2023-03-16,After talks,,,",
      "m-2,trade_dispute,Complaint over the controls,,KR,JP,,,,,,,,",
    ];
    const dry = await importItems(team.analyst, team.slug, csv(second), {});
    expect(dry.rows).toEqual([
      expect.objectContaining({ row: 2, action: "update", changes: ["Title: “Controls on photoresists” → “Controls on photoresists (2019)”", "Citation added to In force from 2019-07"] }),
      expect.objectContaining({ row: 3, action: "update", changes: ["Status Lifted from 2023-03 added"] }),
      expect.objectContaining({ row: 4, action: "unchanged", changes: [] }),
    ]);
    const applied = await importItems(team.analyst, team.slug, csv(second), apply("New articles"));
    expect(applied.counts).toMatchObject({ created: 0, updated: 1, unchanged: 1, statuses: 1, citations: 1 });
    const item = await db.trackedItem.findFirstOrThrow({ where: { workspaceId: team.workspace.id, externalId: "m-1" }, select: { title: true, currentStatus: true, needsSource: true, version: true } });
    expect(item).toEqual({ title: "Controls on photoresists (2019)", currentStatus: "lifted", needsSource: true, version: 5 });
    expect((await verifyHistory(null)).findings).toEqual([]);
  });

  it("ties every problem to its row and column, and applies nothing from a file with any", async () => {
    const team = await createTeam();
    const bad = [
      TEMPLATE_HEADER,
      ",export_control,No id,,JP,,,,,,,,,",
      "b-2,kite,Unknown kind,,JP,,,,,,,,,",
      `b-3,export_control,${"x".repeat(100_000)},,JP,,,,,,,,,`,
      "b-4,export_control,Bad places,,Atlantis,,,,,,,,,",
      "b-5,export_control,Bad status,,JP,,,filed,2019,,,,,",
      "b-6,export_control,Bad date,,JP,,,in_force,2019-02-30,,,,,",
      "b-7,export_control,Unknown source,,JP,,,in_force,2019,,,nope,,quote",
      "b-8,export_control,=HYPERLINK(\"http://evil\"),,JP,,,,,,,,,",
      "b-9,export_control,Has a NUL \u0000 here,,JP,,,,,,,,,",
    ];
    const dry = await importItems(team.analyst, team.slug, csv(bad), {});
    const errors = Object.fromEntries(dry.rows.filter((r) => r.errors.length).map((r) => [r.row, r.errors.map((e) => e.column)]));
    expect(errors).toEqual({
      2: ["external_id"],
      3: ["kind"],
      4: ["title"],
      5: ["implementing_jurisdictions", "implementing_jurisdictions"],
      6: ["status"],
      7: ["status_effective_on"],
      8: ["source_external_id"],
      10: ["title"],
    });
    // A formula is text like any other: stored as written, escaped when exported.
    expect(dry.rows.find((r) => r.row === 9)?.action).toBe("create");
    await expect(importItems(team.analyst, team.slug, csv(bad), apply())).rejects.toMatchObject({ kind: "invalid", details: { fields: { "rows.3.kind": [expect.any(String)] } } });
    expect(await db.trackedItem.count({ where: { workspaceId: team.workspace.id } })).toBe(0);
  });

  it("refuses files it cannot read, and callers who may not write", async () => {
    const team = await createTeam();
    const latin1 = { bytes: new Uint8Array([...new TextEncoder().encode(`${TEMPLATE_HEADER}\r\nx,export_control,Caf`), 0xe9, 0x0d, 0x0a]), mediaType: "text/csv" };
    await expect(importItems(team.analyst, team.slug, latin1, {})).rejects.toMatchObject({ kind: "invalid", message: expect.stringContaining("not UTF-8") });
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...`${TEMPLATE_HEADER}\r\nu-1,export_control,Café ☕,,JP,,,,,,,,,\r\n`].map((c) => c.charCodeAt(0))).buffer)]);
    expect((await importItems(team.analyst, team.slug, { bytes: utf16, mediaType: "text/csv" }, {})).counts.created).toBe(1);
    // UTF-16 by its byte-order mark, with an unpaired surrogate: named as what it is, not as "not UTF-8".
    const brokenUtf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...`${TEMPLATE_HEADER}\r\nu-2,export_control,`].map((c) => c.charCodeAt(0)).concat(0xd800, 0x0d, 0x0a)).buffer)]);
    await expect(importItems(team.analyst, team.slug, { bytes: brokenUtf16, mediaType: "text/csv" }, {})).rejects.toMatchObject({ kind: "invalid", message: expect.stringContaining("UTF-16 text is damaged") });
    await expect(importItems(team.analyst, team.slug, csv(['"unclosed']), {})).rejects.toMatchObject({ kind: "invalid" });
    await expect(importItems(team.viewer, team.slug, csv([TEMPLATE_HEADER]), {})).rejects.toMatchObject({ kind: "forbidden" });
    await expect(importItems(team.analyst, team.slug, csv([TEMPLATE_HEADER]), { mode: "apply" })).rejects.toMatchObject({ kind: "invalid", details: { fields: { reason: expect.any(Array) } } });
    const json = { bytes: new TextEncoder().encode(JSON.stringify({ items: [{ externalId: "j-1", kind: "export_control", title: "From JSON", implementingJurisdictions: ["JP"], statuses: [{ status: "announced", effectiveOn: "2019-07-01", note: "\ud800" }] }] })), mediaType: "application/json" };
    expect((await importItems(team.analyst, team.slug, json, {})).rows).toEqual([expect.objectContaining({ row: 1, action: "error", errors: [expect.objectContaining({ column: "statuses.0.note" })] })]);
  });

  it("does not undo a teammate's edit made after the dry run, nor deadlock with it", async () => {
    const team = await createTeam();
    const rows = [TEMPLATE_HEADER, ...Array.from({ length: 40 }, (_, i) => `c-${i},export_control,Item ${i},,JP,,,,,,,,,`)];
    await importItems(team.analyst, team.slug, csv(rows), apply());
    const target = await db.trackedItem.findFirstOrThrow({ where: { workspaceId: team.workspace.id, externalId: "c-7" }, select: { id: true, version: true } });
    const changed = [TEMPLATE_HEADER, ...Array.from({ length: 40 }, (_, i) => `c-${i},export_control,Item ${i} renamed,,JP,,,,,,,,,`)];
    const { planDigest } = await importItems(team.analyst, team.slug, csv(changed), {});
    const [imported, edited] = await Promise.allSettled([
      importItems(team.analyst, team.slug, csv(changed), { ...apply("Renames"), planDigest }),
      updateItem(team.owner, team.slug, { itemId: target.id, expectedVersion: target.version, fields: { summary: "Edited by hand" } }),
    ]);
    // One of the two went first; the other is refused as a conflict, never applied over it.
    const item = await db.trackedItem.findUniqueOrThrow({ where: { id: target.id }, select: { title: true, summary: true } });
    if (imported.status === "fulfilled") {
      expect(edited).toMatchObject({ status: "rejected", reason: { kind: "conflict" } });
      expect(item).toEqual({ title: "Item 7 renamed", summary: "" });
    } else {
      expect(imported.reason).toMatchObject({ kind: "conflict" });
      expect(item).toEqual({ title: "Item 7", summary: "Edited by hand" });
    }
    expect((await verifyHistory(null)).findings).toEqual([]);
  });
  it("lets one of two imports creating the same items win, and the other change nothing", async () => {
    const team = await createTeam();
    const rows = [TEMPLATE_HEADER, ...Array.from({ length: 30 }, (_, i) => `r-${i},export_control,Race ${i},,JP,KR,,in_force,2019-07,,,,,`)];
    const results = await Promise.allSettled([importItems(team.analyst, team.slug, csv(rows), apply("One")), importItems(team.owner, team.slug, csv(rows), apply("Two"))]);
    // Whichever planned second either found the items made (and recorded nothing) or collided and was refused whole.
    const recorded = results.filter((r) => r.status === "fulfilled" && r.value.changeId !== null);
    expect(recorded).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ kind: "conflict" });
    expect(await db.trackedItem.count({ where: { workspaceId: team.workspace.id } })).toBe(30);
    expect(await db.changeRecord.count({ where: { workspaceId: team.workspace.id, type: "workspace.imported" } })).toBe(1);
    expect((await verifyHistory(null)).findings).toEqual([]);
  });
});
