import { describe, expect, it } from "vitest";
import { readRows } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { flagDiscrepancy, resolveDiscrepancy } from "@/lib/sources/discrepancies";
import { createSource, createTeam, createUser, unique } from "@/tests/factories";
import { createItem } from "./create-item";
import { recordStatusChange } from "./record-status-change";
import { addRelation, removeRelation } from "./relations";
import { setArchived } from "./set-archived";
import { readStatusSeries } from "./statuses-over-time";
import { layoutTimeline } from "./timeline-layout";
import { readWorkspaceOverview } from "./workspace-overview";
import { readWorkspaceTimeline, TIMELINE_ROW_LIMIT } from "./workspace-timeline";

const tick = () => new Promise((resolve) => setTimeout(resolve, 15));
const day = (date: Date | null | undefined) => date?.toISOString().slice(0, 10);
const base = { reason: "r", noSourceYet: true };

/**
 * A small dispute: controls in force from 2019, lifted in May 2023 (announced in March); a complaint filed in
 * September 2019 and withdrawn in March 2023; a cooperation proposed in March 2023; an archived item.
 */
async function dispute() {
  const team = await createTeam();
  const { analyst, slug } = team;
  const controls = await createItem(analyst, slug, { kind: "export_control", title: unique("Controls"), implementingJurisdictions: ["JP"] });
  const complaint = await createItem(analyst, slug, { kind: "trade_dispute", title: unique("Complaint"), implementingJurisdictions: ["KR"] });
  const cooperation = await createItem(analyst, slug, { kind: "cooperation_initiative", title: unique("Cooperation"), implementingJurisdictions: ["KR", "JP"] });
  const archived = await createItem(analyst, slug, { kind: "export_control", title: unique("Archived"), implementingJurisdictions: ["JP"] });
  await recordStatusChange(analyst, slug, { ...base, itemId: controls.id, expectedVersion: 1, status: "in_force", effectiveOn: "2019" });
  await recordStatusChange(analyst, slug, { ...base, itemId: complaint.id, expectedVersion: 1, status: "filed", effectiveOn: "2019-09-11" });
  await recordStatusChange(analyst, slug, { ...base, itemId: archived.id, expectedVersion: 1, status: "in_force", effectiveOn: "2020" });
  await setArchived(analyst, slug, { itemId: archived.id, expectedVersion: 2, archived: true });
  const related = await addRelation(analyst, slug, { itemId: cooperation.id, expectedVersion: 1, type: "related_to", toItemId: controls.id });
  await tick();
  const before = new Date();
  await tick();
  await recordStatusChange(analyst, slug, { ...base, itemId: controls.id, expectedVersion: 2, status: "lifted", effectiveOn: "2023-05", announcedOn: "2023-03" });
  await recordStatusChange(analyst, slug, { ...base, itemId: complaint.id, expectedVersion: 2, status: "withdrawn", effectiveOn: "2023-03" });
  await recordStatusChange(analyst, slug, { ...base, itemId: cooperation.id, expectedVersion: related.version, status: "proposed", effectiveOn: "2023-03-17" });
  await addRelation(analyst, slug, { itemId: controls.id, expectedVersion: 3, type: "disputed_in", toItemId: complaint.id });
  await removeRelation(analyst, slug, { itemId: cooperation.id, expectedVersion: related.version + 1, relationId: related.relationId });
  return { ...team, controls, complaint, cooperation, archived, before };
}

describe("the workspace timeline", () => {
  it("draws the tracker's rows for its query, each with its history, and the relations between them", async () => {
    const { viewer, slug, controls, complaint, cooperation } = await dispute();
    const timeline = await readWorkspaceTimeline(viewer, slug, { sort: "title" });
    expect(timeline.items.map((item) => item.id)).toEqual([complaint.id, controls.id, cooperation.id]);
    const controlsRow = timeline.items.find((item) => item.id === controls.id)!;
    expect(controlsRow.events.map((e) => [e.status, day(e.effectiveOn), e.precision, day(e.announcedOn), e.announcedPrecision])).toEqual([
      ["in_force", "2019-01-01", "year", undefined, null],
      ["lifted", "2023-05-01", "month", "2023-03-01", "month"],
    ]);
    expect(timeline.relations.map((r) => [r.type, r.fromItemId, r.toItemId])).toEqual([["disputed_in", controls.id, complaint.id]]);
    expect(timeline).toMatchObject({ relationsOutside: 0, truncated: false, position: { total: 3 }, workspace: { slug } });

    // The tracker's filters choose the rows; a relation to a row filtered out is counted, not drawn.
    const filtered = await readWorkspaceTimeline(viewer, slug, { kind: "export_control" });
    expect(filtered.items.map((item) => item.id)).toEqual([controls.id]);
    expect(filtered).toMatchObject({ relations: [], relationsOutside: 1 });
    // The status filter reads the status in force on the query's day.
    const in2020 = await readWorkspaceTimeline(viewer, slug, { validOn: "2020-06-01", status: "filed" });
    expect(in2020.items.map((item) => item.id)).toEqual([complaint.id]);
  });

  it("shows what had been recorded at the query's record time: statuses, retractions and relations", async () => {
    const { viewer, analyst, slug, controls, complaint, cooperation, before } = await dispute();
    const then = await readWorkspaceTimeline(viewer, slug, { recordedAt: before.toISOString() });
    expect(day(then.present)).toBe(day(before));
    const eventsOf = (timeline: typeof then, id: string) => timeline.items.find((item) => item.id === id)?.events.map((e) => e.status);
    expect(eventsOf(then, controls.id)).toEqual(["in_force"]);
    expect(eventsOf(then, complaint.id)).toEqual(["filed"]);
    expect(eventsOf(then, cooperation.id)).toEqual([]);
    // The relation removed since still stood then; the one added since did not.
    expect(then.relations.map((r) => [r.type, r.fromItemId, r.toItemId])).toEqual([["related_to", cooperation.id, controls.id]]);

    // A correction retracts the status it replaces: gone from now on, still there as recorded before it.
    const { eventId } = (
      await readRows<{ eventId: string }>(Prisma.sql`SELECT id AS "eventId" FROM "StatusEvent" WHERE "itemId" = ${complaint.id}::uuid AND status = 'filed'`)
    )[0]!;
    await tick();
    const beforeCorrection = new Date();
    await tick();
    await recordStatusChange(analyst, slug, {
      ...base,
      itemId: complaint.id,
      expectedVersion: 3,
      status: "filed",
      effectiveOn: "2019-07",
      changeKind: "correction",
      correctsEventId: eventId,
    });
    const now = await readWorkspaceTimeline(viewer, slug, {});
    expect(now.items.find((item) => item.id === complaint.id)?.events.map((e) => [e.status, day(e.effectiveOn)])).toEqual([
      ["filed", "2019-07-01"],
      ["withdrawn", "2023-03-01"],
    ]);
    const earlier = await readWorkspaceTimeline(viewer, slug, { recordedAt: beforeCorrection.toISOString() });
    expect(earlier.items.find((item) => item.id === complaint.id)?.events.map((e) => day(e.effectiveOn))).toEqual(["2019-09-11", "2023-03-01"]);
  });

  it("draws bands that agree with pt_status_on, the one definition of the status in force", async () => {
    const { viewer, slug } = await dispute();
    const timeline = await readWorkspaceTimeline(viewer, slug, {});
    for (const item of timeline.items) {
      const layout = layoutTimeline(item.events, { today: timeline.present, width: 1000, label: (status) => status });
      for (const band of layout?.bands ?? []) {
        // The first day of each band and the day before it ends.
        for (const on of [band.start, new Date(band.end.getTime() - 86_400_000)]) {
          const [row] = await readRows<{ status: string | null }>(Prisma.sql`SELECT status FROM pt_status_on(${item.id}::uuid, ${day(on)}::date, NULL)`);
          expect(row?.status, `${item.title} on ${day(on)}`).toBe(band.status);
        }
      }
    }
  });

  it("stops at its row limit and says how many match", async () => {
    const { analyst, slug } = await createTeam();
    for (let i = 0; i <= TIMELINE_ROW_LIMIT; i++) {
      await createItem(analyst, slug, { kind: "export_control", title: `Item ${String(i).padStart(3, "0")} ${unique("x")}`, implementingJurisdictions: ["JP"] });
    }
    const timeline = await readWorkspaceTimeline(analyst, slug, { sort: "title", limit: "5", cursor: "ignored" });
    expect(timeline.items).toHaveLength(TIMELINE_ROW_LIMIT);
    expect(timeline).toMatchObject({ truncated: true, position: { total: TIMELINE_ROW_LIMIT + 1 } });
    expect(timeline.items[0]?.title).toMatch(/^Item 000 /);
  });

  it("refuses a bad period or filter with a field message, and a stranger with 'not found'", async () => {
    const { viewer, slug } = await createTeam();
    await expect(readWorkspaceTimeline(viewer, slug, { from: "2024-01-01", to: "2023-01-01" })).rejects.toMatchObject({ kind: "invalid", details: { fields: { to: expect.any(Array) } } });
    await expect(readWorkspaceTimeline(viewer, slug, { from: "2024-02-30" })).rejects.toMatchObject({ kind: "invalid", details: { fields: { from: expect.any(Array) } } });
    await expect(readWorkspaceTimeline(viewer, slug, { kind: "nonsense" })).rejects.toMatchObject({ kind: "invalid", details: { fields: { "kind.0": ["Unknown kind"] } } });
    await expect(readWorkspaceTimeline(viewer, slug, { tag: "nul\u0000" })).rejects.toMatchObject({ kind: "invalid" });
    await expect(readWorkspaceTimeline(await createUser(), slug, {})).rejects.toMatchObject({ kind: "not_found" });
  });
});

describe("statuses over time", () => {
  it("counts the items in each status, kind by kind, on each point, as pt_status_on answers", async () => {
    const { viewer, slug } = await dispute();
    const series = await readStatusSeries(viewer, slug, { from: "2019-01-01", to: "2024-01-01", step: "year" });
    expect(series.points.map(day)).toEqual(["2019-01-01", "2020-01-01", "2021-01-01", "2022-01-01", "2023-01-01", "2024-01-01"]);
    expect(series).toMatchObject({ months: 12, coarsened: false });
    const counts = series.counts.map((c) => [day(c.on), c.kind, c.status, c.count]);
    expect(counts).toEqual([
      // The controls are in force from 2019 (a year-precise date counts from its first day); the complaint is filed
      // in September; the archived item is not counted.
      ["2019-01-01", "export_control", "in_force", 1],
      ...["2020", "2021", "2022", "2023"].flatMap((year) => [
        [`${year}-01-01`, "export_control", "in_force", 1],
        [`${year}-01-01`, "trade_dispute", "filed", 1],
      ]),
      // Kinds in their declared order.
      ["2024-01-01", "export_control", "lifted", 1],
      ["2024-01-01", "trade_dispute", "withdrawn", 1],
      ["2024-01-01", "cooperation_initiative", "proposed", 1],
    ]);
  });

  it("runs from the year of the first status to today by default, within the bound on points", async () => {
    const { viewer, slug } = await dispute();
    const series = await readStatusSeries(viewer, slug, {});
    expect(day(series.from)).toBe("2019-01-01");
    expect(day(series.to)).toBe(new Date().toISOString().slice(0, 10));
    expect(series.points.length).toBeLessThanOrEqual(25);
    const today = series.counts.filter((c) => c.on.getTime() === series.to.getTime()).map((c) => [c.kind, c.status, c.count]);
    expect(today).toEqual([
      ["export_control", "lifted", 1],
      ["trade_dispute", "withdrawn", 1],
      ["cooperation_initiative", "proposed", 1],
    ]);
    await expect(readStatusSeries(viewer, slug, { step: "week" })).rejects.toMatchObject({ kind: "invalid", details: { fields: { step: expect.any(Array) } } });
    await expect(readStatusSeries(viewer, slug, { from: "2999-01-01" })).rejects.toMatchObject({ kind: "invalid", details: { fields: { from: expect.any(Array) } } });
  });

  it("gives pt_status_on's own counts: the last recorded on a date, corrections, a point's own day, future and archived items", async () => {
    const team = await createTeam();
    const { analyst, slug } = team;
    const item = (title: string, kind: "export_control" | "trade_dispute" = "export_control") =>
      createItem(analyst, slug, { kind, title: unique(title), implementingJurisdictions: ["JP"] });
    const [twice, corrected, onPoint, ending, none, archived] = [
      await item("Twice"),
      await item("Corrected", "trade_dispute"),
      await item("On a point"),
      await item("Ending on a point"),
      await item("None"),
      await item("Archived"),
    ];
    const status = (itemId: string, expectedVersion: number, value: string, effectiveOn: string, correctsEventId?: string) =>
      recordStatusChange(analyst, slug, { ...base, itemId, expectedVersion, status: value, effectiveOn, ...(correctsEventId ? { changeKind: "correction" as const, correctsEventId } : {}) });
    // Two statuses on one date: the later recorded holds from it.
    await status(twice.id, 1, "in_force", "2019-03-10");
    await tick();
    await status(twice.id, 2, "eased", "2019-03-10");
    await status(twice.id, 3, "lifted", "2021-06");
    // A status corrected to a later date and another status: the retracted one counts nowhere.
    await status(corrected.id, 1, "filed", "2018-11");
    const wrong = await status(corrected.id, 2, "withdrawn", "2020-02");
    await status(corrected.id, 3, "withdrawn", "2022-08-15", wrong.eventId);
    // Effective on a point's own day, then a status not yet in force at the end of the series.
    await status(onPoint.id, 1, "announced", "2020-01-01");
    await status(onPoint.id, 2, "in_force", "2030-01-01");
    // From before the first point; a status ending on a point's own day, where the next one holds.
    await status(ending.id, 1, "in_force", "2017-06");
    await status(ending.id, 2, "eased", "2019-05-20");
    await status(ending.id, 3, "lifted", "2020-04-01");
    await status(archived.id, 1, "in_force", "2019");
    await setArchived(analyst, slug, { itemId: archived.id, expectedVersion: 2, archived: true });
    void none;

    const series = await readStatusSeries(analyst, slug, { from: "2018-01-01", to: "2024-01-01", step: "quarter" });
    const days = series.points.map((point) => point.toISOString().slice(0, 10));
    const expected = await readRows<{ on: Date; kind: string; status: string; count: number }>(Prisma.sql`
      SELECT d.day AS "on", i.kind::text AS kind, s.status, count(*)::int AS count
      FROM unnest(${days}::date[]) AS d(day) CROSS JOIN "TrackedItem" i CROSS JOIN LATERAL pt_status_on(i.id, d.day, NULL) s
      WHERE i."workspaceId" = ${team.workspace.id}::uuid AND i."archivedAt" IS NULL AND s.status IS NOT NULL
      GROUP BY d.day, i.kind, s.status ORDER BY d.day, i.kind, s.status`);
    expect(expected.length).toBeGreaterThan(20);
    expect(series.counts).toEqual(expected);
    // Spot checks of what pt_status_on answers.
    const on = (date: string) => series.counts.filter((c) => day(c.on) === date).map((c) => [c.status, c.count]);
    expect(on("2018-01-01")).toEqual([["in_force", 1]]);
    expect(on("2020-01-01")).toEqual([["announced", 1], ["eased", 2], ["filed", 1]]);
    expect(on("2020-04-01")).toEqual([["announced", 1], ["eased", 1], ["lifted", 1], ["filed", 1]]);
    expect(on("2024-01-01")).toEqual([["announced", 1], ["lifted", 2], ["withdrawn", 1]]);
  });
});

describe("the workspace overview", () => {
  it("sums up what changed since a day by kind of change, open disagreements and items without a source", async () => {
    const { analyst, viewer, slug, controls, complaint } = await dispute();
    const source = await createSource(analyst, slug);
    const other = await createSource(analyst, slug);
    const cited = await createItem(analyst, slug, { kind: "trade_dispute", title: unique("Cited"), implementingJurisdictions: ["KR"] });
    await recordStatusChange(analyst, slug, {
      itemId: cited.id,
      expectedVersion: 1,
      status: "filed",
      effectiveOn: "2019",
      reason: "Cited",
      citations: [{ sourceId: source.id, excerpt: "Japan said it would lift export controls." }],
    });
    const flagged = await flagDiscrepancy(analyst, slug, { sourceAId: source.id, sourceBId: other.id, itemId: complaint.id, note: "They disagree on the forum." });

    const overview = await readWorkspaceOverview(viewer, slug, {});
    const groups = Object.fromEntries(overview.changes.map((g) => [g.group, g]));
    // 5 items created, 1 archived; 7 statuses recorded; 2 relations added, 1 removed; 2 sources; 1 disagreement.
    expect(Object.fromEntries(overview.changes.map((g) => [g.group, g.changes]))).toMatchObject({ item: 6, status: 7, relation: 3, source: 2, discrepancy: 1 });
    expect(groups.status?.entries.map((e) => e.itemId)).toContain(controls.id);
    expect(groups.status?.entries.find((e) => e.itemId === controls.id)).toMatchObject({ changes: 2, title: expect.stringMatching(/^Controls-/) });
    expect(groups.source?.entries.map((e) => e.sourceId).sort()).toEqual([source.id, other.id].sort());
    expect(overview.discrepancies).toMatchObject({ total: 1, rows: [{ id: flagged.id, itemId: complaint.id, sourceAId: source.id, sourceBId: other.id }] });
    // Every status of the dispute was recorded "no source yet"; the cited item is not listed, nor the archived one.
    expect(overview.unsourced.total).toBe(3);
    expect(overview.unsourced.rows.map((r) => r.id)).not.toContain(cited.id);

    await resolveDiscrepancy(analyst, slug, { discrepancyId: flagged.id });
    expect((await readWorkspaceOverview(viewer, slug, {})).discrepancies).toEqual({ total: 0, rows: [] });
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await expect(readWorkspaceOverview(viewer, slug, { since: tomorrow })).rejects.toMatchObject({ kind: "invalid", details: { fields: { since: expect.any(Array) } } });
    const today = new Date().toISOString().slice(0, 10);
    expect((await readWorkspaceOverview(viewer, slug, { since: today })).changes.length).toBeGreaterThan(0);
    expect((await readWorkspaceOverview(viewer, slug, { since: "2001-01-01" })).since.toISOString()).toBe("2001-01-01T00:00:00.000Z");
  });
});
