import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { db, prismaPoolUse } from "@/lib/db";
import { serverEnv } from "@/lib/env";

describe("Prisma's pool", () => {
  it("keeps a query and a transaction waiting for a connection while every one is busy for longer than a connection attempt may take", async () => {
    const { DATABASE_POOL_SIZE, DATABASE_CONNECT_TIMEOUT_MS } = serverEnv();
    const seconds = (DATABASE_CONNECT_TIMEOUT_MS + 1_000) / 1_000;
    // Every connection of the pool busy, as under a burst of page loads (then() starts Prisma's lazy queries).
    const busy = Array.from({ length: DATABASE_POOL_SIZE }, () => db.$queryRaw`SELECT pg_sleep(${seconds})::text AS slept`.then(() => "slept"));
    const full = () => prismaPoolUse()?.total === DATABASE_POOL_SIZE && prismaPoolUse()?.idle === 0;
    for (let tries = 0; !full() && tries < 100; tries++) await sleep(20);
    expect(full()).toBe(true);
    const started = Date.now();
    const query = db.$queryRaw<{ one: number }[]>`SELECT 1 AS one`.then((rows) => rows, (error: unknown) => String(error));
    const transaction = db.$transaction(async (tx) => tx.$queryRaw<{ two: number }[]>`SELECT 2 AS two`).then((rows) => rows, (error: unknown) => String(error));
    expect(await Promise.all(busy)).toEqual(Array<string>(DATABASE_POOL_SIZE).fill("slept"));
    expect(await query).toEqual([{ one: 1 }]);
    expect(await transaction).toEqual([{ two: 2 }]);
    // They did wait, past the bound of a connection attempt.
    expect(Date.now() - started).toBeGreaterThan(DATABASE_CONNECT_TIMEOUT_MS);
  });
});
