import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { listChanges } from "@/lib/history/list-changes";
import { revertChange } from "@/lib/history/revert-change";
import { createSource, createTeam, unique } from "@/tests/factories";
import { withConnection } from "@/lib/db/sql-pool";
import { createItem } from "./create-item";
import { recordStatusChange } from "./record-status-change";
import { setArchived } from "./set-archived";
import { updateItem } from "./update-item";

async function newItem() {
  const team = await createTeam();
  const item = await createItem(team.analyst, team.slug, {
    kind: "export_control",
    title: unique("Controls"),
    implementingJurisdictions: ["JP"],
    affectedJurisdictions: ["KR"],
  });
  return { ...team, item };
}

const changesOf = (itemId: string) => db.changeRecord.findMany({ where: { itemId }, orderBy: { seq: "asc" } });

describe("writes and their history", () => {
  it("record each write with actor, type, reason and a field-level diff, and bump the version", async () => {
    const { analyst, slug, item } = await newItem();
    const result = await updateItem(analyst, slug, { itemId: item.id, expectedVersion: 1, fields: { title: "Renamed", tags: ["chips"] }, reason: "Clearer name" });
    expect(result.version).toBe(2);
    const [created, updated] = await changesOf(item.id);
    expect(created).toMatchObject({ type: "item.created", actorId: analyst.userId, seq: 1 });
    expect(updated).toMatchObject({ type: "item.updated", actorId: analyst.userId, reason: "Clearer name", seq: 2, prevHash: created?.hash });
    expect(updated?.diff).toEqual({
      title: { before: expect.stringContaining("Controls"), after: "Renamed" },
      tags: { before: [], after: ["chips"] },
      version: { before: 1, after: 2 },
    });
  });

  it("write a status change, its citations and its change record in one transaction", async () => {
    const { analyst, slug, item } = await newItem();
    const source = await createSource(analyst, slug);
    // Only the tables' owner may add a trigger (the app's role may not).
    const asOwner = (statement: string) => withConnection(process.env.DATABASE_OWNER_URL as string, (sql) => sql.unsafe(statement));
    await asOwner(`
      CREATE OR REPLACE FUNCTION fail_marked_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.reason = 'FAIL-ON-HISTORY' THEN RAISE EXCEPTION 'history write failed'; END IF; RETURN NEW; END $$`);
    await asOwner(`CREATE TRIGGER fail_marked_change BEFORE INSERT ON "ChangeRecord" FOR EACH ROW EXECUTE FUNCTION fail_marked_change()`);
    try {
      const input = {
        itemId: item.id,
        expectedVersion: 1,
        status: "in_force",
        effectiveOn: "2019-07",
        citations: [{ sourceId: source.id, excerpt: "lift export controls" }],
      };
      await expect(recordStatusChange(analyst, slug, { ...input, reason: "FAIL-ON-HISTORY" })).rejects.toThrow(/history write failed/);
      expect(await db.statusEvent.count({ where: { itemId: item.id } })).toBe(0);
      expect(await db.citation.count({ where: { sourceId: source.id } })).toBe(0);
      expect((await db.trackedItem.findUniqueOrThrow({ where: { id: item.id } })).version).toBe(1);

      const ok = await recordStatusChange(analyst, slug, { ...input, reason: "Reported by the source" });
      const event = await db.statusEvent.findUniqueOrThrow({ where: { id: ok.eventId }, include: { citations: true } });
      const record = (await changesOf(item.id)).at(-1);
      expect(record?.type).toBe("status.recorded");
      expect(record?.recordedAt).toEqual(event.recordedAt);
      expect(event.citations[0]).toMatchObject({ excerpt: "lift export controls" });
    } finally {
      await asOwner(`DROP TRIGGER fail_marked_change ON "ChangeRecord"`);
      await asOwner(`DROP FUNCTION fail_marked_change()`);
    }
  });

  it("refuse a change without a citation unless marked 'no source yet', and flag such items", async () => {
    const { analyst, slug, item } = await newItem();
    const base = { itemId: item.id, expectedVersion: 1, status: "announced", effectiveOn: "2024", reason: "Rumour" };
    await expect(recordStatusChange(analyst, slug, base)).rejects.toThrow(/Cite at least one source/);
    await recordStatusChange(analyst, slug, { ...base, noSourceYet: true });
    expect(await db.trackedItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ needsSource: true, currentStatus: "announced" });
  });

  it("refuse an excerpt that is not in the source, a status from another kind, and viewers", async () => {
    const { analyst, viewer, slug, item } = await newItem();
    const source = await createSource(analyst, slug);
    const base = { itemId: item.id, expectedVersion: 1, status: "in_force", effectiveOn: "2019", reason: "r" };
    await expect(recordStatusChange(analyst, slug, { ...base, citations: [{ sourceId: source.id, excerpt: "not in the text" }] })).rejects.toMatchObject({
      kind: "invalid",
      details: { fields: { "citations.0.excerpt": [expect.stringContaining(`This passage is not in “${source.title}”`)] } },
    });
    await expect(recordStatusChange(analyst, slug, { ...base, status: "withdrawn", noSourceYet: true })).rejects.toMatchObject({ kind: "invalid" });
    await expect(recordStatusChange(viewer, slug, { ...base, noSourceYet: true })).rejects.toMatchObject({ kind: "forbidden" });
    expect(await db.changeRecord.count({ where: { itemId: item.id } })).toBe(1);
  });

  it("store a quotation typed with other quotes, dashes and line breaks as the source prints it, and offer the nearest passage for one that is not there", async () => {
    const { analyst, slug, item } = await newItem();
    const body = "Tokyo’s “white list” — its preferred partners — was cut in 2019.\n\n経済産業省は、韓国向けの輸出管理を強化した。";
    const source = await createSource(analyst, slug, body);
    const typed = `Tokyo's "white list" -- its preferred partners -- was cut\nin 2019.`;
    const japanese = "経済産業省は、\n韓国向けの輸出管理を強化した。";
    const { eventId } = await recordStatusChange(analyst, slug, {
      itemId: item.id,
      expectedVersion: 1,
      status: "in_force",
      effectiveOn: "2019",
      reason: "r",
      citations: [{ sourceId: source.id, excerpt: typed }, { sourceId: source.id, excerpt: japanese }],
    });
    const citations = await db.citation.findMany({ where: { statusEventId: eventId }, orderBy: { startOffset: "asc" } });
    expect(citations.map((c) => [c.excerpt, c.startOffset, c.endOffset])).toEqual([
      ["Tokyo’s “white list” — its preferred partners — was cut in 2019.", 0, 64],
      ["経済産業省は、韓国向けの輸出管理を強化した。", 66, 88],
    ]);
    expect(citations.every((c) => body.slice(c.startOffset, c.endOffset) === c.excerpt)).toBe(true);

    const refused = recordStatusChange(analyst, slug, {
      itemId: item.id,
      expectedVersion: 2,
      status: "lifted",
      effectiveOn: "2023",
      reason: "r",
      citations: [
        { sourceId: source.id, excerpt: "its preferred partners — was cut in 2018." },
        { sourceId: source.id, excerpt: "経済産業省は、韓国向けの輸出管理を緩和した。" },
      ],
    });
    await expect(refused).rejects.toMatchObject({
      kind: "invalid",
      details: {
        fields: {
          "citations.0.excerpt": [expect.stringContaining("The nearest passage is “its preferred partners — was cut in 2019.”")],
          "citations.1.excerpt": [expect.stringContaining("The nearest passage is “経済産業省は、韓国向けの輸出管理を強化した。”")],
        },
        suggestions: {
          "citations.0.excerpt": { excerpt: "its preferred partners — was cut in 2019.", startOffset: body.indexOf("its preferred partners — was") },
          "citations.1.excerpt": { excerpt: "経済産業省は、韓国向けの輸出管理を強化した。", startOffset: 66 },
        },
      },
    });
  });

  it("keep other workspaces' items out of reach, even by id", async () => {
    const { item } = await newItem();
    const stranger = await createTeam();
    await expect(updateItem(stranger.owner, stranger.slug, { itemId: item.id, expectedVersion: 1, fields: { title: "Hijacked" } })).rejects.toMatchObject({
      kind: "not_found",
    });
  });
});

describe("no lost updates", () => {
  it("lets exactly one of 50 concurrent edits against one version succeed, and records only that one", async () => {
    const { analyst, owner, slug, item } = await newItem();
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        updateItem(i % 2 ? analyst : owner, slug, { itemId: item.id, expectedVersion: 1, fields: { title: `Writer ${i}` } }),
      ),
    );
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(49);
    expect(rejected.every((r) => r.reason instanceof DomainError && r.reason.kind === "conflict")).toBe(true);
    const updates = (await changesOf(item.id)).filter((c) => c.type === "item.updated");
    expect(updates).toHaveLength(1);
    const saved = await db.trackedItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(saved.version).toBe(2);
    expect(updates[0]?.diff).toMatchObject({ title: { after: saved.title } });
  });

  it("gives the losing editor the teammate's change", async () => {
    const { analyst, owner, slug, item } = await newItem();
    await updateItem(owner, slug, { itemId: item.id, expectedVersion: 1, fields: { summary: "Owner's summary" }, reason: "context" });
    const conflict = await updateItem(analyst, slug, { itemId: item.id, expectedVersion: 1, fields: { summary: "Mine" } }).catch((e: unknown) => e);
    expect(conflict).toMatchObject({
      kind: "conflict",
      details: { current: { item: { version: 2, summary: "Owner's summary" }, theirChanges: [{ actor: "Owner", reason: "context" }] } },
    });
  });
});

describe("reverting", () => {
  it("restores an edit as a new change naming the one it reverts, once", async () => {
    const { analyst, slug, item } = await newItem();
    const original = (await db.trackedItem.findUniqueOrThrow({ where: { id: item.id } })).title;
    await updateItem(analyst, slug, { itemId: item.id, expectedVersion: 1, fields: { title: "Wrong title" } });
    const edit = (await changesOf(item.id)).at(-1);
    // A change has one name: its id in decimal digits, not BigInt's other spellings of the same number.
    for (const spelling of [`0x${edit?.id.toString(16)}`, `0o${edit?.id.toString(8)}`, `0b${edit?.id.toString(2)}`, ` ${edit?.id}`]) {
      await expect(revertChange(analyst, slug, { changeId: spelling, expectedVersion: 2, reason: "typo" })).rejects.toThrow(/Not a change id/);
    }
    await revertChange(analyst, slug, { changeId: String(edit?.id), expectedVersion: 2, reason: "typo" });
    expect((await db.trackedItem.findUniqueOrThrow({ where: { id: item.id } })).title).toBe(original);
    const revert = (await changesOf(item.id)).at(-1);
    expect(revert).toMatchObject({ type: "item.updated", revertsId: edit?.id, reason: `Revert of change #${edit?.id}: typo` });
    await expect(revertChange(analyst, slug, { changeId: String(edit?.id), expectedVersion: 3 })).rejects.toThrow(/already been reverted/);
    // A change of the workspace itself (its creation), listed in its activity: not a change this undoes, not an unknown one.
    const { id: workspaceId } = await db.workspace.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const workspaceChange = await db.changeRecord.findFirstOrThrow({ where: { workspaceId, itemId: null }, select: { id: true } });
    await expect(revertChange(analyst, slug, { changeId: String(workspaceChange.id), expectedVersion: 3 })).rejects.toMatchObject({ kind: "invalid", message: "This kind of change cannot be reverted." });
  });

  it("retracts a reverted status and brings back the one a reverted correction replaced", async () => {
    const { analyst, slug, item } = await newItem();
    const first = await recordStatusChange(analyst, slug, { itemId: item.id, expectedVersion: 1, status: "in_force", effectiveOn: "2019", reason: "r", noSourceYet: true });
    await recordStatusChange(analyst, slug, {
      itemId: item.id,
      expectedVersion: 2,
      status: "announced",
      effectiveOn: "2019",
      reason: "It was only announced",
      changeKind: "correction",
      correctsEventId: first.eventId,
      noSourceYet: true,
    });
    expect((await db.trackedItem.findUniqueOrThrow({ where: { id: item.id } })).currentStatus).toBe("announced");
    const correction = (await changesOf(item.id)).at(-1);
    await revertChange(analyst, slug, { changeId: String(correction?.id), expectedVersion: 3 });
    expect((await db.trackedItem.findUniqueOrThrow({ where: { id: item.id } })).currentStatus).toBe("in_force");
    const history = await listChanges(analyst, slug, { itemId: item.id });
    // Lists carry change ids as the decimal text the API sends.
    expect(history.changes[0]).toMatchObject({ type: "status.retracted", revertsId: String(correction?.id) });
    expect(history.changes.find((c) => c.id === String(correction?.id))?.revertedById).toBe(history.changes[0]?.id);
  });

  it("archives and restores without deleting anything", async () => {
    const { analyst, slug, item } = await newItem();
    await setArchived(analyst, slug, { itemId: item.id, expectedVersion: 1, archived: true, reason: "duplicate" });
    await expect(updateItem(analyst, slug, { itemId: item.id, expectedVersion: 2, fields: { title: "Longer title" } })).rejects.toThrow(/archived/);
    await setArchived(analyst, slug, { itemId: item.id, expectedVersion: 2, archived: false });
    const types = (await changesOf(item.id)).map((c) => c.type);
    expect(types).toEqual(["item.created", "item.archived", "item.restored"]);
  });
});
