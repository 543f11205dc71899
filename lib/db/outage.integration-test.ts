import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { db, disconnectDatabase } from "@/lib/db";
import { describeError } from "@/lib/http/error-response";
import { startJobLoop } from "@/lib/jobs/background-jobs";
import { serveRequests } from "@/lib/observability/serve-requests";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";
import { applyMigrations } from "./migrate";
import { readRows } from "./read-sql";
import { isDatabaseUnavailable } from "./availability";
import { availability } from "./sql-pool";
import { drainOutbox } from "@/lib/outbox/process-outbox";
import { Prisma } from "@/lib/generated/prisma/client";

// This file's own cluster, which it stops and starts again: the run's shared test database must stay up for the others.
const dataDir = `.data/outage-test-postgres-${process.pid}`;
const runDatabaseUrl = process.env.DATABASE_URL;
let database: EmbeddedDatabase;
let server: Server;
let base: string;

/** What a query gives while the database is stopped: the error, as the app would answer it. */
async function failure(work: () => Promise<unknown>) {
  const error = await work().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the query should fail while PostgreSQL is stopped").not.toBeNull();
  return describeError(error);
}

/** Tries until the work succeeds (the database is back): PostgreSQL accepts connections a moment after it starts. */
async function eventually<T>(work: () => Promise<T>, attempts = 100): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await work();
    } catch (error) {
      if (i >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

beforeAll(async () => {
  database = await startEmbeddedPostgres({ dataDir, databaseName: "outage_test", fresh: true });
  await applyMigrations(database.ownerUrl);
  // The pools are made on first use from the environment: from here on, the app's code uses this cluster.
  await disconnectDatabase();
  process.env.DATABASE_URL = database.url;
  // A page's request, as scripts/server.ts serves it: a failed render answers 500, which the wrapper makes 503.
  server = createServer(
    serveRequests(
      (_request, response) =>
        readRows<{ one: number }>(Prisma.sql`SELECT 1 AS one`).then(
          () => response.writeHead(200).end("ok"),
          () => response.writeHead(500).end("failed"),
        ),
      { trustProxy: [], routeOf: () => "/page" },
    ),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server?.close();
  await disconnectDatabase();
  process.env.DATABASE_URL = runDatabaseUrl;
  await database?.stop();
  await rm(dataDir, { recursive: true, force: true });
  await rm(`${dataDir}.secrets.json`, { force: true });
});

describe("PostgreSQL stopped and started again", () => {
  it("answers 503 with Retry-After while it is down, says so in the health check, and serves again once it is back", async () => {
    // Connections open in both pools, as in a server that has been serving.
    expect(await readRows<{ one: number }>(Prisma.sql`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
    expect(await readRows<{ one: number }>(Prisma.sql`SELECT 1 AS one`, "primary", "per call")).toEqual([{ one: 1 }]);
    expect(await db.user.count()).toBe(0);
    expect((await fetch(base)).status).toBe(200);
    // A background job's loop, as the server runs it (here every 50 ms): how each of its runs ended.
    const runs: string[] = [];
    const stopJob = startJobLoop(
      {
        name: "notify of changes",
        everyMs: 50,
        run: () =>
          drainOutbox().then(
            () => runs.push("ok"),
            (error: unknown) => {
              runs.push(isDatabaseUnavailable(error) ? "unavailable" : `failed: ${String(error)}`);
              throw error;
            },
          ),
      },
      0,
    );
    await eventually(async () => expect(runs).toContain("ok"));

    await database.cluster.stop();

    // The postgres.js pools (hot reads, item writes, search) and the Prisma pool (everything else): each failure is a 503.
    for (let i = 0; i < 3; i++) {
      const fromSql = await failure(() => readRows(Prisma.sql`SELECT 1`));
      expect(fromSql.status).toBe(503);
      expect(fromSql.headers?.["retry-after"]).toBe("2");
      expect(fromSql.body.error.code).toBe("unavailable");
      // The pool that plans each statement for its values (search): the same answer.
      const fromSearchPool = await failure(() => readRows(Prisma.sql`SELECT 1`, "primary", "per call"));
      expect(fromSearchPool.status).toBe(503);
      expect(fromSearchPool.headers?.["retry-after"]).toBe("2");
      const fromPrisma = await failure(() => db.user.count());
      expect(fromPrisma.status).toBe(503);
      expect(fromPrisma.headers?.["retry-after"]).toBe("2");
    }
    expect(availability("primary").state.up).toBe(false);

    // A page that failed for want of the database: 503, not 500.
    const page = await fetch(base);
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("2");
    expect(page.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);

    const down = await health();
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("2");
    expect(await down.json()).toMatchObject({ status: "unavailable", database: "down" });

    // The job's runs fail at once for want of the database, and its loop goes on (waiting, not hanging).
    await eventually(async () => expect(runs.filter((r) => r === "unavailable").length).toBeGreaterThanOrEqual(2));

    await database.cluster.start();

    // Recovered by itself: no restart of the app, the pools reconnect once a probe finds the database back.
    expect(await eventually(() => readRows<{ one: number }>(Prisma.sql`SELECT 1 AS one`))).toEqual([{ one: 1 }]);
    expect(await eventually(() => db.user.count())).toBe(0);
    expect(await eventually(() => readRows<{ one: number }>(Prisma.sql`SELECT 1 AS one`, "primary", "per call"))).toEqual([{ one: 1 }]);
    expect(availability("primary").state.up).toBe(true);
    expect((await fetch(base)).status).toBe(200);
    const up = await health();
    expect(up.status).toBe(200);
    expect(await up.json()).toMatchObject({ status: "ok", database: "up" });
    // The job runs again by itself once the database is back, and no run failed for another reason.
    await eventually(async () => expect(runs.at(-1)).toBe("ok"));
    stopJob();
    expect(runs.filter((r) => r !== "ok" && r !== "unavailable")).toEqual([]);
  });
});
