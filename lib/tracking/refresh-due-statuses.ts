import { guardedWrite } from "@/lib/db/sql-pool";

/**
 * Moves items whose next status has come into force since it was recorded onto it, in the cache the tracker's fast
 * path reads (pt_refresh_due_statuses). Until this runs, the tracker already shows such a status as current (see
 * query-tracker's cachedStatusColumns); this makes it so for filters and sorts too. Safe to run from several
 * instances at once. Returns how many items it refreshed.
 */
export async function refreshDueStatuses(): Promise<number> {
  const [row] = await guardedWrite((sql) => sql<{ refreshed: number }[]>`SELECT pt_refresh_due_statuses() AS refreshed`);
  return row?.refreshed ?? 0;
}
