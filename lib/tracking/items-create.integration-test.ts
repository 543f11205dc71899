import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { guarded } from "@/lib/db/sql-pool";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { verifyHistory } from "@/lib/history/verify-history";
import { authorize } from "@/lib/workspaces/authorize";
import { createSource, createTeam } from "@/tests/factories";
import { callItemsCreate, callItemWrites, type ItemWrite, type NewItemWrite } from "./item-write";
import { statusRecordedArgs } from "./record-status-change";

type Team = Awaited<ReturnType<typeof createTeam>>;
const REASON = "Import #1: moving in";
const on = (date: string, precision: DatePrecision = "day") => ({ date: new Date(`${date}T00:00:00Z`), precision });

/** Items whose statuses test every part of a status write's "before": out of order, in the future, cited. */
async function newItems(team: Team): Promise<NewItemWrite[]> {
  const source = await createSource(team.analyst, team.slug);
  const { body } = await db.source.findUniqueOrThrow({ where: { id: source.id }, select: { body: true } });
  const excerpt = "Japan said it would lift export controls.";
  const citation = { sourceId: source.id, excerpt, startOffset: body.indexOf(excerpt), endOffset: body.indexOf(excerpt) + excerpt.length };
  const status = (s: string, effectiveOn: ReturnType<typeof on>, cited = false, announcedOn: ReturnType<typeof on> | null = null) =>
    statusRecordedArgs({ status: s, effectiveOn, announcedOn, note: cited ? "From the ministry" : "", citations: cited ? [citation] : [], correctsEventId: null });
  const fields = { summary: "", affectedJurisdictions: ["KR"], tags: ["semiconductors"] };
  return [
    {
      args: { ...fields, kind: "export_control", title: "Photoresist controls", implementingJurisdictions: ["JP"], externalId: "x-1" },
      statuses: [status("announced", on("2019-07-01"), true), status("in_force", on("2019-07-04")), status("lifted", on("2099-01-01", "month"), true, on("2023-03-16"))],
    },
    {
      args: { ...fields, kind: "trade_dispute", title: "Complaint", implementingJurisdictions: ["KR"], externalId: "x-2" },
      statuses: [status("active", on("2021-02-01")), status("filed", on("2020-01-01"), true), status("suspended", on("2021-03-01"))],
    },
    { args: { ...fields, kind: "cooperation_initiative", title: "Dialogue", implementingJurisdictions: ["JP", "KR"], externalId: "x-3" }, statuses: [] },
  ];
}

/** The same items written the ordinary way: one pt_item_write per creation and per status. */
async function writeOneByOne(team: Team, items: NewItemWrite[]) {
  const access = await authorize(team.analyst, team.slug, "item.write");
  await guarded("primary", (pool) =>
    pool.begin(async (sql) => {
      for (const item of items) {
        const [created] = await callItemWrites(sql, team.analyst, access, [{ type: "item.created", reason: REASON, args: item.args }]);
        const writes: ItemWrite[] = item.statuses.map((args, i) => ({ type: "status.recorded", itemId: created?.itemId, expectedVersion: i + 1, reason: REASON, args }));
        await callItemWrites(sql, team.analyst, access, writes);
      }
    }),
  );
}

async function createSetBased(team: Team, items: NewItemWrite[]) {
  const access = await authorize(team.analyst, team.slug, "item.write");
  return guarded("primary", (pool) => pool.begin((sql) => callItemsCreate(sql, team.analyst, access, items, REASON)));
}

/**
 * Everything the ledger holds about a workspace's items, with record times checked against their change records and
 * then left out, and ids replaced by their order of appearance: two ways of writing the same items must give the same.
 */
async function ledger(workspaceId: string) {
  const items = await db.trackedItem.findMany({ where: { workspaceId }, orderBy: { externalId: "asc" } });
  const out = [];
  for (const item of items) {
    const records = await db.changeRecord.findMany({ where: { itemId: item.id }, orderBy: { seq: "asc" }, select: { id: true, seq: true, chainKey: true, type: true, changeKind: true, reason: true, diff: true, actorId: true, recordedAt: true } });
    const events = await db.statusEvent.findMany({ where: { itemId: item.id }, orderBy: { changeId: "asc" }, include: { citations: { orderBy: { startOffset: "asc" } } } });
    const revisions = await db.itemRevision.findMany({ where: { itemId: item.id }, orderBy: { id: "asc" } });
    const timeOf = new Map(records.map((r) => [r.id, r.recordedAt.getTime()]));
    expect(item.createdAt.getTime()).toBe(records[0]?.recordedAt.getTime());
    expect(item.updatedAt.getTime()).toBe(records.at(-1)?.recordedAt.getTime());
    for (const e of events) {
      expect(e.recordedAt.getTime()).toBe(timeOf.get(e.changeId as bigint));
      for (const c of e.citations) expect(c.createdAt.getTime()).toBe(timeOf.get(c.changeId as bigint));
    }
    const seqOf = (id: bigint | null) => records.find((r) => r.id === id)?.seq;
    out.push({
      item: { ...item, createdAt: null, updatedAt: null },
      records: records.map((r) => ({ ...r, id: null, recordedAt: null })),
      events: events.map((e) => ({ ...e, changeId: seqOf(e.changeId), recordedAt: null, citations: e.citations.map((c) => ({ ...c, changeId: seqOf(c.changeId), createdAt: null })) })),
      revisions: revisions.map((r) => ({ ...r, id: null, changeId: seqOf(r.changeId), recordedAt: null })),
    });
  }
  const ids = new Map<string, string>();
  const json = JSON.stringify(out, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
  return JSON.parse(json.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => ids.get(id) ?? (ids.set(id, `id${ids.size}`), `id${ids.size - 1}`))) as unknown;
}

describe("creating items set-based (pt_items_create)", () => {
  it("writes exactly what one write at a time writes: records, statuses, citations, revisions, cached status", async () => {
    const [setBased, oneByOne] = [await createTeam(), await createTeam()];
    expect(await createSetBased(setBased, await newItems(setBased))).toBe(3);
    await writeOneByOne(oneByOne, await newItems(oneByOne));

    const expected = await ledger(oneByOne.workspace.id);
    expect(await ledger(setBased.workspace.id)).toEqual(expected);
    // The cases the comparison is there for: a status before an earlier-dated one, a future status.
    const items = await db.trackedItem.findMany({ where: { workspaceId: setBased.workspace.id }, orderBy: { externalId: "asc" }, select: { version: true, currentStatus: true, nextStatus: true, needsSource: true } });
    expect(items).toEqual([
      { version: 4, currentStatus: "in_force", nextStatus: "lifted", needsSource: true },
      { version: 4, currentStatus: "suspended", nextStatus: null, needsSource: true },
      { version: 1, currentStatus: null, nextStatus: null, needsSource: false },
    ]);
    expect((await verifyHistory(null)).findings).toEqual([]);
  });

  it("checks what pt_item_write checks, and writes nothing when one item fails", async () => {
    const team = await createTeam();
    const stranger = await createTeam();
    const items = await newItems(team);
    const [first] = items as [NewItemWrite];
    const wrongKind = { ...first, args: { ...first.args, externalId: "x-9", kind: "trade_dispute" as const } };
    await expect(createSetBased(team, [...items, wrongKind])).rejects.toMatchObject({ code: "PT400", message: "That status does not apply to this kind of item" });
    // A source of another workspace is not found, whatever its id.
    const foreign = (await newItems(stranger))[0] as NewItemWrite;
    await expect(createSetBased(team, [{ ...foreign, args: { ...foreign.args, externalId: "x-8" } }])).rejects.toMatchObject({ code: "PT400", message: "A cited source was not found" });
    const access = await authorize(team.analyst, team.slug, "item.write");
    await expect(guarded("primary", (pool) => pool.begin((sql) => callItemsCreate(sql, team.viewer, access, items, REASON)))).rejects.toMatchObject({ code: "PT403" });
    expect(await db.trackedItem.count({ where: { workspaceId: team.workspace.id } })).toBe(0);
  });
});
