import { serverEnv } from "@/lib/env";
import { liveFeed } from "@/lib/live/live-feed";
import { availability, guarded, type Target } from "./sql-pool";

export type DependencyState = "up" | "down" | "not configured";

/**
 * Which of the app's dependencies answer: the primary database (without it nothing works: 503), the read replica (down,
 * its reads go to the primary), and this instance's live-updates listener. Each database check is one `SELECT 1`, or
 * nothing while the pools know the database to be down, and never waits beyond the connect timeout.
 */
export type Health = {
  status: "ok" | "degraded" | "unavailable";
  database: DependencyState;
  replica: DependencyState;
  liveUpdates: "listening" | "not listening" | "idle";
};

async function answers(target: Target): Promise<boolean> {
  if (!availability(target).state.up) return false;
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), serverEnv().DATABASE_CONNECT_TIMEOUT_MS + 500).unref());
  const probe = guarded(target, (sql) => sql`SELECT 1`).then(
    () => availability(target).state.up,
    () => false,
  );
  return Promise.race([probe, timeout]);
}

export async function checkHealth(): Promise<Health> {
  const replicaConfigured = serverEnv().DATABASE_REPLICA_URL !== undefined;
  const [database, replica] = await Promise.all([answers("primary"), replicaConfigured ? answers("replica") : Promise.resolve(null)]);
  const feed = liveFeed();
  const liveUpdates = feed.listeners === 0 && !feed.isListening ? "idle" : feed.isListening ? "listening" : "not listening";
  const degraded = replica === false || liveUpdates === "not listening";
  return {
    status: !database ? "unavailable" : degraded ? "degraded" : "ok",
    database: database ? "up" : "down",
    replica: replica === null ? "not configured" : replica ? "up" : "down",
    liveUpdates,
  };
}
