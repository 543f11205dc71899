import { describe, expect, it } from "vitest";
import { listChanges, listChangesJson } from "@/lib/history/list-changes";
import { revertChange } from "@/lib/history/revert-change";
import { createSource, createTeam, unique } from "@/tests/factories";
import { addCitation } from "./add-citation";
import { createItem } from "./create-item";
import { queryTracker, queryTrackerJson } from "./query-tracker";
import { recordStatusChange } from "./record-status-change";
import { updateItem } from "./update-item";

// The API's lists are JSON that PostgreSQL writes (docs/decisions/030) beside the pages' rows from the same query: each
// must say what JSON.stringify of the other would, or the API and the pages drift apart field by field.
const parsed = (json: Buffer[]) => json.map((row) => JSON.parse(row.toString("utf8")) as unknown);
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

async function workspace() {
  const team = await createTeam();
  const { analyst, slug } = team;
  const source = await createSource(analyst, slug, "The ministry announced tighter export controls on photoresists.");
  const items = [];
  for (const [index, kind] of (["export_control", "trade_dispute", "preferred_trader_listing", "export_control"] as const).entries()) {
    items.push(await createItem(analyst, slug, { kind, title: unique(`Item ${index} «quoted» \\ "and" 日本\t\u2028 😀`), implementingJurisdictions: index % 2 ? ["KR"] : ["JP", "US"], affectedJurisdictions: index === 0 ? ["KR"] : [], tags: index === 1 ? ["Chips"] : [] }));
  }
  const [first, second, third] = items as [(typeof items)[number], (typeof items)[number], (typeof items)[number]];
  const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const cited = await recordStatusChange(analyst, slug, { itemId: first.id, expectedVersion: 1, status: "in_force", effectiveOn: "2019-07", reason: "Cited", citations: [{ sourceId: source.id, excerpt: "tighter export controls" }] });
  await recordStatusChange(analyst, slug, { itemId: first.id, expectedVersion: 2, status: "eased", effectiveOn: soon, announcedOn: "2024-05-02", reason: "Announced", noSourceYet: true });
  await recordStatusChange(analyst, slug, { itemId: second.id, expectedVersion: 1, status: "active", effectiveOn: "2021", reason: "r", noSourceYet: true });
  await addCitation(analyst, slug, { itemId: first.id, expectedVersion: 3, statusEventId: cited.eventId, sourceId: source.id, excerpt: "photoresists" });
  await updateItem(analyst, slug, { itemId: third.id, expectedVersion: 1, fields: { title: unique("Renamed") } });
  const edit = (await listChanges(analyst, slug, { itemId: third.id, limit: 1 })).changes[0];
  await revertChange(analyst, slug, { changeId: String(edit?.id), expectedVersion: 2, reason: "typo" });
  return { ...team, first };
}

describe("the API's JSON lists", () => {
  it("say what the pages' rows say, for every sort, grouping, as-of date and page", async () => {
    const { analyst, slug } = await workspace();
    const queries: Record<string, string>[] = [
      {},
      { sort: "title", limit: "2" },
      { sort: "effective", group: "status" },
      { group: "kind", limit: "3" },
      { group: "jurisdiction", sort: "title" },
      { validOn: "2020-01-01", recordedAt: new Date().toISOString() },
      { tag: "chips" },
    ];
    for (const query of queries) {
      let cursor: string | undefined;
      let pages = 0;
      do {
        const input = { ...query, ...(cursor && { cursor }) };
        const [rows, json] = await Promise.all([queryTracker(analyst, slug, input), queryTrackerJson(analyst, slug, input)]);
        // Byte for byte what JSON.stringify writes, field order included.
        expect(json.rows.map((row) => row.toString("utf8"))).toEqual(rows.rows.map((row) => JSON.stringify(row)));
        expect([json.nextCursor, json.prevCursor]).toEqual([rows.nextCursor, rows.prevCursor]);
        if (rows.prevCursor) {
          const back = { ...query, cursor: rows.prevCursor };
          expect(parsed((await queryTrackerJson(analyst, slug, back)).rows)).toEqual(asJson((await queryTracker(analyst, slug, back)).rows));
        }
        cursor = rows.nextCursor;
        pages += 1;
      } while (cursor);
      expect(pages).toBeGreaterThan(0);
    }
  });

  it("say what the pages' change lists say, reverts, citations and every filter included", async () => {
    const { analyst, slug, first } = await workspace();
    const filters = [{}, { itemId: first.id }, { limit: 2 }, { type: "status" as const }, { from: "2000-01-01", to: "2100-01-01" }];
    for (const filter of filters) {
      const [rows, json] = await Promise.all([listChanges(analyst, slug, filter), listChangesJson(analyst, slug, filter)]);
      expect(rows.changes.length).toBeGreaterThan(0);
      expect(parsed(json.changes)).toEqual(asJson(rows.changes));
      expect(json.nextBefore).toEqual(rows.nextBefore);
    }
  });

  it("refuse another workspace's reader as the pages do", async () => {
    const { slug } = await workspace();
    const stranger = await createTeam();
    await expect(queryTrackerJson(stranger.owner, slug, {})).rejects.toMatchObject({ kind: "not_found" });
    await expect(listChangesJson(stranger.owner, slug, {})).rejects.toMatchObject({ kind: "not_found" });
  });
});
