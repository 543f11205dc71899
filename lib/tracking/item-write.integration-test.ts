import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CHANGE_DIFFS } from "@/lib/history/change-diffs";
import { isChangeType } from "@/lib/history/change-types";
import { revertChange } from "@/lib/history/revert-change";
import { verifyHistory } from "@/lib/history/verify-history";
import { runAction } from "@/lib/http/action-result";
import { addSource } from "@/lib/sources/add-source";
import { flagDiscrepancy, resolveDiscrepancy } from "@/lib/sources/discrepancies";
import { updateSource } from "@/lib/sources/update-source";
import { sqlPool } from "@/lib/db/sql-pool";
import { authorize } from "@/lib/workspaces/authorize";
import { createSource, createTeam, unique } from "@/tests/factories";
import { addCitation } from "./add-citation";
import { createItem } from "./create-item";
import { recordStatusChange } from "./record-status-change";
import { callItemWrites } from "./item-write";
import { statusRecordedArgs } from "./record-status-change";
import { addRelation, removeRelation } from "./relations";
import { setArchived } from "./set-archived";
import { updateItem } from "./update-item";

const newItem = async (team: Awaited<ReturnType<typeof createTeam>>, title = unique("Controls")) =>
  createItem(team.analyst, team.slug, { kind: "export_control", title, implementingJurisdictions: ["JP"] });

describe("item writes: one unit of work", () => {
  it("take the 'before' of a diff from the row the version check locked, also for edits sent back to back", async () => {
    const team = await createTeam();
    const item = await newItem(team, "title 0");
    // Each pair is sent at once: an edit against v and one against v+1. Whatever order they reach the database in, every
    // record's "before" is exactly the value the record before it left.
    let version = item.version;
    for (let round = 0; round < 8; round++) {
      const outcomes = await Promise.allSettled([
        updateItem(team.analyst, team.slug, { itemId: item.id, expectedVersion: version, fields: { title: `title a${round}` } }),
        updateItem(team.analyst, team.slug, { itemId: item.id, expectedVersion: version + 1, fields: { title: `title b${round}` } }),
      ]);
      expect(outcomes[0].status).toBe("fulfilled");
      version = (await db.trackedItem.findUniqueOrThrow({ where: { id: item.id } })).version;
    }
    const edits = await db.changeRecord.findMany({ where: { itemId: item.id, type: "item.updated" }, orderBy: { seq: "asc" } });
    let title = "title 0";
    for (const edit of edits) {
      const diff = edit.diff as { title: { before: string; after: string } };
      expect(diff.title.before).toBe(title);
      title = diff.title.after;
    }
    expect((await db.trackedItem.findUniqueOrThrow({ where: { id: item.id } })).title).toBe(title);
  });

  it("revert a change at most once, also when two reverts race", async () => {
    const team = await createTeam();
    const item = await newItem(team);
    const { version } = await updateItem(team.analyst, team.slug, { itemId: item.id, expectedVersion: 1, fields: { summary: "to undo" } });
    const edit = await db.changeRecord.findFirstOrThrow({ where: { itemId: item.id, type: "item.updated" } });
    const revert = () => revertChange(team.analyst, team.slug, { changeId: edit.id.toString(), expectedVersion: version });
    const outcomes = await Promise.allSettled([revert(), revert(), revert()]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(await db.changeRecord.count({ where: { revertsId: edit.id } })).toBe(1);
    const current = (await db.trackedItem.findUniqueOrThrow({ where: { id: item.id } })).version;
    await expect(revertChange(team.analyst, team.slug, { changeId: edit.id.toString(), expectedVersion: current })).rejects.toThrow(/already been reverted/);
  });

  it("write every kind of change with the diff its type declares, and a version per record of the item's chain", async () => {
    const team = await createTeam();
    const { analyst, owner, slug } = team;
    const source = await createSource(analyst, slug);
    const other = await createSource(analyst, slug);
    const item = await newItem(team);
    const target = await newItem(team);
    let v = item.version;
    v = (await updateItem(analyst, slug, { itemId: item.id, expectedVersion: v, fields: { tags: ["Chips"] } })).version;
    const status = await recordStatusChange(analyst, slug, { itemId: item.id, expectedVersion: v, status: "in_force", effectiveOn: "2019-07", reason: "r", noSourceYet: true });
    v = (await addCitation(analyst, slug, { itemId: item.id, expectedVersion: status.version, statusEventId: status.eventId, sourceId: source.id, excerpt: "lift export controls" })).version;
    const corrected = await recordStatusChange(analyst, slug, {
      itemId: item.id,
      expectedVersion: v,
      status: "announced",
      effectiveOn: "2019-06",
      reason: "earlier",
      changeKind: "correction",
      correctsEventId: status.eventId,
      citations: [{ sourceId: source.id, excerpt: "lift export controls" }],
    });
    const relation = await addRelation(analyst, slug, { itemId: item.id, expectedVersion: corrected.version, type: "related_to", toItemId: target.id });
    v = (await removeRelation(analyst, slug, { itemId: item.id, expectedVersion: relation.version, relationId: relation.relationId })).version;
    const [citation] = await db.citation.findMany({ where: { statusEventId: corrected.eventId } });
    const flagged = await flagDiscrepancy(owner, slug, { itemId: item.id, sourceAId: source.id, sourceBId: other.id, note: "They disagree on the date" });
    await resolveDiscrepancy(owner, slug, { discrepancyId: flagged.id });
    const between = await flagDiscrepancy(owner, slug, { sourceAId: source.id, sourceBId: other.id, note: "They disagree on the forum" });
    await resolveDiscrepancy(owner, slug, { discrepancyId: between.id });
    await updateSource(owner, slug, { sourceId: other.id, expectedVersion: 1, publisher: "Nikkei" });
    v = (await db.trackedItem.findUniqueOrThrow({ where: { id: item.id } })).version;
    v = (await setArchived(analyst, slug, { itemId: item.id, expectedVersion: v, archived: true })).version;
    await setArchived(analyst, slug, { itemId: item.id, expectedVersion: v, archived: false });
    const recorded = await db.changeRecord.findFirstOrThrow({ where: { itemId: item.id, type: "status.recorded", diff: { path: ["statusEventId"], equals: corrected.eventId } } });
    const latest = (await db.trackedItem.findUniqueOrThrow({ where: { id: item.id } })).version;
    await revertChange(analyst, slug, { changeId: recorded.id.toString(), expectedVersion: latest });
    expect(citation?.excerpt).toBe("lift export controls");

    const records = await db.changeRecord.findMany({ where: { workspaceId: team.workspace.id }, orderBy: { id: "asc" } });
    const types = new Set(records.map((r) => r.type));
    for (const type of ["item.created", "item.updated", "status.recorded", "citation.added", "relation.added", "relation.removed", "discrepancy.flagged", "discrepancy.resolved", "item.archived", "item.restored", "status.retracted", "source.added", "source.updated", "workspace.created"]) {
      expect(types).toContain(type);
    }
    for (const record of records) {
      expect(isChangeType(record.type)).toBe(true);
      const parsed = CHANGE_DIFFS[record.type as keyof typeof CHANGE_DIFFS].safeParse(record.diff);
      expect(parsed.success, `${record.type}: ${JSON.stringify(record.diff)}`).toBe(true);
    }
    const chain = records.filter((r) => r.itemId === item.id && r.chainKey === `item:${item.id}`);
    expect((await db.trackedItem.findUniqueOrThrow({ where: { id: item.id } })).version).toBe(chain.length);
    expect(chain.map((r) => (r.diff as { version: { after: number } }).version.after)).toEqual(chain.map((r) => r.seq));
    // Reverting the correction brought back the status it replaced, as a new record; the corrected one stays retracted.
    const live = await db.statusEvent.findMany({ where: { itemId: item.id, retraction: { is: null } }, include: { citations: true } });
    expect(live.map((e) => e.status)).toEqual(["in_force"]);
    expect(live[0]?.citations.map((c) => c.excerpt)).toEqual(["lift export controls"]);
  });
});

describe("text at the boundary", () => {
  it("refuses a lone surrogate or a NUL in any field of a server action's input, naming the field", async () => {
    const reach = { reached: false };
    const call = async () => {
      reach.reached = true;
      return null;
    };
    expect(await runAction({ fields: { title: "broken \ud800 title" } }, call)).toMatchObject({
      ok: false,
      error: { code: "invalid", fields: { "fields.title": [expect.stringMatching(/unpaired UTF-16 surrogate/)] } },
    });
    expect(await runAction({ citations: [{ excerpt: "a\u0000b" }] }, call)).toMatchObject({
      ok: false,
      error: { code: "invalid", fields: { "citations.0.excerpt": [expect.stringMatching(/NUL/)] } },
    });
    expect(await runAction({ ["key\udfff"]: "x" }, call)).toMatchObject({ ok: false, error: { code: "invalid" } });
    expect(reach.reached).toBe(false);
    expect(await runAction({ title: "emoji 🇯🇵 and 輸出 and é" }, call)).toMatchObject({ ok: true });
  });

  it("stores awkward but valid text exactly as sent, and the history still verifies", async () => {
    const team = await createTeam();
    const text = `${unique("x")} 🇯🇵🇰🇷 輸出管理 수출 규제 e\u0301 \u2028 \u0001 "quotes" \\ back\\slash ‮rtl‬ ${"長".repeat(2000)}`;
    const source = await addSource(team.analyst, team.slug, { title: text.slice(0, 400), language: "ja", body: `${text}\n\n${"本文".repeat(50_000)}` });
    const item = await createItem(team.analyst, team.slug, { kind: "export_control", title: text.slice(0, 300), summary: text, implementingJurisdictions: ["JP"], tags: ["輸出", "🇯🇵"] });
    await recordStatusChange(team.analyst, team.slug, {
      itemId: item.id,
      expectedVersion: 1,
      status: "in_force",
      effectiveOn: "2019",
      reason: text.slice(0, 2000),
      note: text.slice(0, 2000),
      citations: [{ sourceId: source.id, excerpt: "輸出管理 수출 규제 e\u0301" }],
    });
    const stored = await db.trackedItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(stored.summary).toBe(text);
    expect(stored.tags).toEqual(["輸出", "🇯🇵"]);
    const report = await verifyHistory(null);
    expect(report.findings.filter((f) => f.workspaceId === team.workspace.id)).toEqual([]);
  });

  it("update the item's row without touching its indexes (a HOT update), and keep its last-change order and filters beside it", async () => {
    const team = await createTeam();
    const item = await newItem(team);
    const excerpt = "Japan said it would lift export controls.";
    const source = await createSource(team.analyst, team.slug, excerpt);
    const access = await authorize(team.analyst, team.slug, "item.write");
    const write = {
      type: "status.recorded" as const,
      itemId: item.id,
      expectedVersion: item.version,
      reason: "Announced",
      args: statusRecordedArgs({
        status: "eased",
        effectiveOn: { date: new Date("2024-05-01"), precision: "month" },
        announcedOn: null,
        note: "",
        citations: [{ sourceId: source.id, excerpt, startOffset: 0, endOffset: excerpt.length }],
        correctsEventId: null,
      }),
    };
    // Counted on the writing connection (its counts not yet flushed to the shared statistics), before and after.
    const hot = await sqlPool().begin(async (tx) => {
      const counts = async () => {
        const [row] = await tx<{ updated: number; hot: number }[]>`
          SELECT pg_stat_get_xact_tuples_updated('"TrackedItem"'::regclass)::int AS updated,
                 pg_stat_get_xact_tuples_hot_updated('"TrackedItem"'::regclass)::int AS hot`;
        return row as { updated: number; hot: number };
      };
      const before = await counts();
      await callItemWrites(tx, team.analyst, access, [write]);
      const after = await counts();
      return { updated: after.updated - before.updated, hot: after.hot - before.hot };
    });
    expect(hot).toEqual({ updated: 1, hot: 1 });

    await updateItem(team.analyst, team.slug, { itemId: item.id, expectedVersion: item.version + 1, fields: { implementingJurisdictions: ["KR"], tags: ["Dual use"] } });
    const stored = await db.trackedItem.findUniqueOrThrow({ where: { id: item.id } });
    const kept = await db.itemLastChange.findUniqueOrThrow({ where: { itemId: item.id } });
    expect(kept).toEqual({
      itemId: item.id,
      workspaceId: team.workspace.id,
      kind: "export_control",
      changedAt: stored.updatedAt,
      implementingJurisdictions: ["KR"],
      affectedJurisdictions: stored.affectedJurisdictions,
      tags: ["Dual use"],
      currentStatus: "eased",
      nextStatus: null,
      nextEffectiveOn: null,
      needsSource: false,
    });
    expect(stored.currentStatus).toBe("eased");
  });
});
