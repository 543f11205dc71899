import type postgres from "postgres";
import type { ProcessGroups } from "./process-groups";

export type Drained = { idle: boolean; waitedMs: number };

const QUIET_WINDOW_MS = 500;
const IDLE_CPU_SHARE = 0.05;
const LIMIT_MS = 30_000;

/**
 * Waits until nothing of the last measurement is left running: no client query active in PostgreSQL, no autovacuum
 * worker (the cleanup the last writes set off) and the app servers using under 5% of a core over half a second. A slow
 * endpoint's queued requests, or the vacuum of a table the status changes wrote, would otherwise spill into the next
 * endpoint's figures. The app's own role sees its sessions' queries but not what other processes are
 * (`pg_stat_activity.backend_type` is hidden from it), so autovacuum is looked for through `watcher`, a connection whose
 * role may read all statistics (`canSeeAutovacuum`).
 */
export async function drain(sql: postgres.Sql, watcher: postgres.Sql, servers: ProcessGroups): Promise<Drained> {
  const started = Date.now();
  while (Date.now() - started < LIMIT_MS) {
    const [clients] = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND backend_type = 'client backend' AND pid <> pg_backend_pid()`;
    const [vacuums] = await watcher<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'`;
    if ((clients?.n ?? 0) + (vacuums?.n ?? 0) > 0) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    if ((await servers.cpuShare(QUIET_WINDOW_MS)) < IDLE_CPU_SHARE) return { idle: true, waitedMs: Date.now() - started };
  }
  return { idle: false, waitedMs: Date.now() - started };
}

/** Whether the watcher's role sees other processes' types in pg_stat_activity (a superuser or pg_read_all_stats does). */
export async function canSeeAutovacuum(watcher: postgres.Sql): Promise<boolean> {
  const [row] = await watcher<{ sees: boolean }[]>`SELECT pg_has_role(current_user, 'pg_read_all_stats', 'USAGE') AS sees`;
  return row?.sees ?? false;
}
