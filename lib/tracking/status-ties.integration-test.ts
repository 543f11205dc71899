import { describe, expect, it } from "vitest";
import { readRows } from "@/lib/db/read-sql";
import { withConnection } from "@/lib/db/sql-pool";
import { Prisma } from "@/lib/generated/prisma/client";
import { createTeam, unique } from "@/tests/factories";
import { createItem } from "./create-item";
import { getItem } from "./get-item";
import { queryTracker } from "./query-tracker";
import { recordStatusChange } from "./record-status-change";
import { readStatusSeries } from "./statuses-over-time";
import { readWorkspaceTimeline } from "./workspace-timeline";

const base = { reason: "r", noSourceYet: true };

/**
 * An item with two statuses of one date recorded in the same millisecond, as an import writes them: "in_force", then
 * "lifted". The tie is made by giving the first the second's record time, which moves its row after the second's, so
 * that the order of the rows on disk, which decided before, points at the wrong one.
 */
async function tiedStatuses() {
  const team = await createTeam();
  const { analyst, slug } = team;
  const item = await createItem(analyst, slug, { kind: "export_control", title: unique("Tied"), implementingJurisdictions: ["JP"] });
  await recordStatusChange(analyst, slug, { ...base, itemId: item.id, expectedVersion: 1, status: "in_force", effectiveOn: "2024-03" });
  await recordStatusChange(analyst, slug, { ...base, itemId: item.id, expectedVersion: 2, status: "lifted", effectiveOn: "2024-03" });
  // Status events are append-only for every role but a superuser's session that turns triggers off.
  await withConnection(process.env.DATABASE_SUPERUSER_URL as string, (sql) =>
    sql.begin(async (tx) => {
      await tx`SET LOCAL session_replication_role = replica`;
      const [first, second] = await tx<{ id: string; recordedAt: Date }[]>`
        SELECT id, "recordedAt" FROM "StatusEvent" WHERE "itemId" = ${item.id}::uuid ORDER BY "changeId"`;
      await tx`UPDATE "StatusEvent" SET "recordedAt" = ${second!.recordedAt} WHERE id = ${first!.id}::uuid`;
      await tx`SELECT pt_refresh_item_status(${item.id}::uuid)`;
    }),
  );
  const [tie] = await readRows<{ times: number; later: boolean }>(Prisma.sql`
    SELECT count(DISTINCT "recordedAt")::int AS times,
           (array_agg(status ORDER BY ctid DESC))[1] = 'in_force' AS later
    FROM "StatusEvent" WHERE "itemId" = ${item.id}::uuid`);
  // The setup holds: one record time, and the earlier recorded status's row is the later one on disk.
  expect(tie).toEqual({ times: 1, later: true });
  return { ...team, item };
}

describe("statuses of one date recorded in the same millisecond", () => {
  it("put the later recorded in force, in pt_status_on, the tracker (today and as of a day) and the item page", async () => {
    const { viewer, slug, item } = await tiedStatuses();
    const [onDay] = await readRows<{ status: string }>(Prisma.sql`SELECT status FROM pt_status_on(${item.id}::uuid, '2024-06-01'::date, NULL)`);
    expect(onDay?.status).toBe("lifted");

    const today = await queryTracker(viewer, slug, { kind: "export_control" });
    expect(today.rows.find((row) => row.id === item.id)?.status).toBe("lifted");
    const asOf = await queryTracker(viewer, slug, { kind: "export_control", validOn: "2024-06-01" });
    expect(asOf.rows.find((row) => row.id === item.id)?.status).toBe("lifted");

    const { item: page } = await getItem(viewer, slug, item.id);
    expect(page.currentStatus).toBe("lifted");
    expect(page.statusEvents.map((e) => e.status)).toEqual(["in_force", "lifted"]);
  });

  it("list them in the order recorded in the timeline, and count the later recorded over time", async () => {
    const { viewer, slug, item } = await tiedStatuses();
    const timeline = await readWorkspaceTimeline(viewer, slug, {});
    expect(timeline.items.find((row) => row.id === item.id)?.events.map((e) => e.status)).toEqual(["in_force", "lifted"]);

    const series = await readStatusSeries(viewer, slug, { from: "2024-01-01", to: "2024-12-31" });
    const after = series.counts.filter((c) => c.on >= new Date("2024-04-01"));
    expect(after.length).toBeGreaterThan(0);
    expect(new Set(after.map((c) => c.status))).toEqual(new Set(["lifted"]));
  });
});
