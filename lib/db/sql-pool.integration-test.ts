import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { serverEnv } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { updateItem } from "@/lib/tracking/update-item";
import { createItem } from "@/lib/tracking/create-item";
import { createTeam } from "@/tests/factories";
import { readRows } from "./read-sql";
import { withConnection } from "./sql-pool";

describe("the postgres.js pools", () => {
  it("answer reads while more item writes than a pool holds wait on a lock held for long", async () => {
    const team = await createTeam();
    const item = await createItem(team.analyst, team.slug, { kind: "export_control", title: "Held by an import", implementingJurisdictions: ["JP"] });
    const writers = serverEnv().DATABASE_POOL_SIZE + 2;
    let release = () => {};
    let taken = () => {};
    const lockTaken = new Promise<void>((resolve) => (taken = resolve));
    // The item's row locked, as an import's transaction holds its items' rows until it commits.
    const holder = withConnection(process.env.DATABASE_URL as string, (sql) =>
      sql.begin(async (tx) => {
        await tx`SELECT id FROM "TrackedItem" WHERE id = ${item.id}::uuid FOR UPDATE`;
        taken();
        await new Promise<void>((resolve) => (release = resolve));
      }),
    );
    await lockTaken;
    const writes = Array.from({ length: writers }, (_, i) =>
      updateItem(team.analyst, team.slug, { itemId: item.id, expectedVersion: item.version, fields: { summary: `Edit ${i}` } }).then(
        () => "written",
        () => "refused",
      ),
    );
    try {
      // Every connection the writes can have is waiting on the lock (counted on a connection of the test's own).
      const waiting = () =>
        withConnection(process.env.DATABASE_URL as string, async (sql) => {
          const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`;
          return row?.n ?? 0;
        });
      for (let tries = 0; (await waiting()) < serverEnv().DATABASE_POOL_SIZE && tries < 100; tries++) await sleep(50);
      expect(await waiting()).toBe(serverEnv().DATABASE_POOL_SIZE);
      const read = readRows<{ title: string }>(Prisma.sql`SELECT title FROM "TrackedItem" WHERE id = ${item.id}::uuid`);
      // Not kept waiting once the read has answered: the timer does not hold the run open.
      const answer = await Promise.race([read, sleep(5_000, "no answer within 5 s", { ref: false })]);
      expect(answer).toEqual([{ title: "Held by an import" }]);
    } finally {
      release();
      await holder;
    }
    // Once the lock is gone the writes go on: one claims the version, the rest are refused as stale.
    expect((await Promise.all(writes)).sort()).toEqual([...Array<string>(writers - 1).fill("refused"), "written"]);
  });
});
