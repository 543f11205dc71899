import client from "prom-client";
import { prismaPoolUse } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/db/availability";
import { activeQueries, availability, guarded } from "@/lib/db/sql-pool";
import { liveFeed } from "@/lib/live/live-feed";
import { metrics } from "./metrics";

const globalForGauges = globalThis as unknown as { ptGaugesRegistered?: boolean };

/**
 * The gauges read from the app's state when scraped: pools, database availability, live listeners, and the background
 * jobs' backlogs (one query, counted through partial indexes). Registered once.
 */
export function registerAppGauges(): void {
  if (globalForGauges.ptGaugesRegistered) return;
  globalForGauges.ptGaugesRegistered = true;
  const registers = [metrics().registry];
  new client.Gauge({
    name: "db_pool_connections",
    help: "Connections of the Prisma (pg) pool: open (total), idle, and requests waiting for one.",
    labelNames: ["state"] as const,
    registers,
    collect() {
      const use = prismaPoolUse();
      for (const state of ["total", "idle", "waiting"] as const) this.set({ state }, use?.[state] ?? 0);
    },
  });
  new client.Gauge({
    name: "db_active_queries",
    help: "Queries under way on the postgres.js pools, by database (primary, replica).",
    labelNames: ["target"] as const,
    registers,
    collect() {
      const active = activeQueries();
      for (const target of ["primary", "replica"] as const) this.set({ target }, active[target]);
    },
  });
  new client.Gauge({
    name: "db_up",
    help: "1 when the database is reachable as the pools last found it, 0 while it is marked down.",
    labelNames: ["target"] as const,
    registers,
    collect() {
      for (const target of ["primary", "replica"] as const) this.set({ target }, availability(target).state.up ? 1 : 0);
    },
  });
  new client.Gauge({
    name: "live_listeners",
    help: "Open live-update streams (server-sent events) served by this instance.",
    registers,
    collect() {
      this.set(liveFeed().listeners);
    },
  });
  new client.Gauge({
    name: "live_feed_listening",
    help: "1 while this instance's LISTEN connection is up (0 before the first stream, and while it reconnects).",
    registers,
    collect() {
      this.set(liveFeed().isListening ? 1 : 0);
    },
  });
  new client.Gauge({
    name: "job_backlog",
    help:
      "Work waiting for the background jobs, shared by every instance: webhook deliveries not yet delivered (webhook_pending, " +
      "including those waiting to be retried), those due now (webhook_due), changes not yet turned into notifications and " +
      "deliveries (outbox), notification emails waiting to go at once (email_pending). Absent while the database is down.",
    labelNames: ["queue"] as const,
    registers,
    async collect() {
      this.reset();
      const [counts] = await guarded("primary", (sql) => sql<{ webhook_pending: number; webhook_due: number; outbox: number; email_pending: number }[]>`
        SELECT (SELECT count(*) FROM "WebhookDelivery" WHERE state = 'pending')::int AS webhook_pending,
               (SELECT count(*) FROM "WebhookDelivery" WHERE state = 'pending' AND "nextAttemptAt" <= now())::int AS webhook_due,
               (SELECT count(*) FROM "OutboxEvent")::int AS outbox,
               (SELECT count(*) FROM "Notification" WHERE "emailState" = 'pending')::int AS email_pending`).catch((error: unknown) => {
        // While the database is away the scrape still answers (db_up says why this gauge is missing).
        if (isDatabaseUnavailable(error)) return [];
        throw error;
      });
      if (!counts) return;
      for (const queue of ["webhook_pending", "webhook_due", "outbox", "email_pending"] as const) this.set({ queue }, counts[queue]);
    },
  });
}
