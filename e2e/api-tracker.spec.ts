import { expect } from "@playwright/test";
import { createItem, DEMO, EXPORT_CONTROLS, expectJson, history, trackerRows, type ChangePage, type TrackerPage, type TrackerRow } from "./api-helpers";
import { apiTest as test } from "./fixtures";

const byTitle = (rows: TrackerRow[], title: string) => rows.find((r) => r.title === title);

test("valid time: on 1 January 2020 the export controls were in force, though they are lifted now", async ({ api }) => {
  const viewer = await api("viewer");
  expect(byTitle(await trackerRows(viewer), EXPORT_CONTROLS)).toMatchObject({ status: "lifted", effectiveOn: "2023-05-01T00:00:00.000Z" });
  expect(byTitle(await trackerRows(viewer, "validOn=2020-01-01"), EXPORT_CONTROLS)).toMatchObject({ status: "in_force", effectiveOn: "2019-01-01T00:00:00.000Z" });
  expect(byTitle(await trackerRows(viewer, "validOn=2018-06-30"), EXPORT_CONTROLS)).toMatchObject({ status: null });
  const inForce = await trackerRows(viewer, "validOn=2020-01-01&status=in_force");
  expect(inForce.map((r) => r.title)).toContain(EXPORT_CONTROLS);
  expect(inForce.every((r) => r.status === "in_force")).toBe(true);
});

test("record time: the tracker as recorded before an item was created does not show it", async ({ api }) => {
  const analyst = await api("analyst");
  const item = await createItem(analyst, "Recorded later");
  const created = (await history(analyst, item.id)).find((c) => c.type === "item.created");
  expect(created).toBeDefined();
  const createdAt = new Date((created as { recordedAt: string }).recordedAt);
  const justBefore = new Date(createdAt.getTime() - 1).toISOString();

  const before = await trackerRows(analyst, `recordedAt=${encodeURIComponent(justBefore)}`);
  expect(before.map((r) => r.id)).not.toContain(item.id);
  expect(byTitle(before, EXPORT_CONTROLS)).toMatchObject({ status: "lifted" });
  const then = await trackerRows(analyst, `recordedAt=${encodeURIComponent(createdAt.toISOString())}`);
  expect(byTitle(then, item.title)).toMatchObject({ id: item.id, status: null });
  // Both times at once: as recorded then, in force on 1 January 2020.
  expect(byTitle(await trackerRows(analyst, `recordedAt=${encodeURIComponent(justBefore)}&validOn=2020-01-01`), EXPORT_CONTROLS)).toMatchObject({ status: "in_force" });
});

test("keyset pages of two walk every item exactly once, in every sort order", async ({ api }) => {
  const viewer = await api("viewer");
  for (const sort of ["updated", "title", "effective"]) {
    const all = await trackerRows(viewer, `sort=${sort}`);
    expect(all.length).toBeGreaterThan(4);
    const walked: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const query = new URLSearchParams({ sort, limit: "2", ...(cursor && { cursor }) });
      const page = await expectJson<TrackerPage>(await viewer.get(`${DEMO}/items?${query}`), 200);
      expect(page.items.length).toBeLessThanOrEqual(2);
      walked.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages <= all.length);
    expect(walked, sort).toEqual(all.map((r) => r.id));
    expect(new Set(walked).size).toBe(walked.length);
    expect(pages).toBe(Math.ceil(all.length / 2));
  }
});

test("filters: repeated and comma-separated values, and the flags", async ({ api }) => {
  const viewer = await api("viewer");
  const kinds = async (query: string) => new Set((await trackerRows(viewer, query)).map((r) => r.kind));
  expect(await kinds("kind=trade_dispute")).toEqual(new Set(["trade_dispute"]));
  expect(await kinds("kind=trade_dispute&kind=export_control")).toEqual(new Set(["trade_dispute", "export_control"]));
  expect(await kinds("kind=trade_dispute,preferred_trader_listing")).toEqual(new Set(["trade_dispute", "preferred_trader_listing"]));
  expect((await trackerRows(viewer, "discrepancy=1")).map((r) => r.title)).toEqual(["South Korea's complaint over Japan's export controls"]);
  const whiteLists = await trackerRows(viewer, "tag=White%20List&jurisdiction=kr");
  expect(whiteLists.map((r) => r.kind).sort()).toEqual(["preferred_trader_listing", "preferred_trader_listing"]);
});

test("the activity feed filters by item, type and day, and pages by id", async ({ api }) => {
  const analyst = await api("analyst");
  const item = await createItem(analyst, "Activity");
  await expectJson(await analyst.post(`${DEMO}/items/${item.id}/status-changes`, {
    data: { expectedVersion: 1, status: "announced", effectiveOn: "2024", reason: "Activity test", noSourceYet: true },
  }), 201);

  const ofItem = await expectJson<ChangePage>(await analyst.get(`${DEMO}/changes?itemId=${item.id}`), 200);
  expect(ofItem.changes.map((c) => c.type)).toEqual(["status.recorded", "item.created"]);
  expect(ofItem.changes.map((c) => c.typeLabel)).toEqual(["Status recorded", "Item created"]);
  expect(ofItem.changes).toEqual(await history(analyst, item.id));
  const statuses = await expectJson<ChangePage>(await analyst.get(`${DEMO}/changes?type=status&itemId=${item.id}`), 200);
  expect(statuses.changes.map((c) => c.type)).toEqual(["status.recorded"]);
  const today = ofItem.changes[0]?.recordedAt.slice(0, 10) as string;
  const onTheDay = await expectJson<ChangePage>(await analyst.get(`${DEMO}/changes?itemId=${item.id}&from=${today}&to=${today}`), 200);
  expect(onTheDay.changes).toHaveLength(2);
  const earlier = await expectJson<ChangePage>(await analyst.get(`${DEMO}/changes?itemId=${item.id}&to=2020-01-01`), 200);
  expect(earlier.changes).toEqual([]);

  const mine = await expectJson<ChangePage>(await analyst.get(`${DEMO}/changes?actorId=${ofItem.changes[0]?.actorId}&limit=500`), 200);
  expect(mine.changes.length).toBeGreaterThanOrEqual(2);
  expect(new Set(mine.changes.map((c) => c.actorName))).toEqual(new Set(["Aiko Analyst"]));

  const first = await expectJson<ChangePage>(await analyst.get(`${DEMO}/changes?limit=3`), 200);
  expect(first.changes).toHaveLength(3);
  const second = await expectJson<ChangePage>(await analyst.get(`${DEMO}/changes?limit=3&before=${first.nextBefore}`), 200);
  const ids = [...first.changes, ...second.changes].map((c) => BigInt(c.id));
  expect(ids.every((id, i) => i === 0 || id < (ids[i - 1] as bigint))).toBe(true);
  expect(second.changes[0]?.id).not.toBe(first.changes[2]?.id);
});
