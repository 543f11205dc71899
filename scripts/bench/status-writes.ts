import type postgres from "postgres";

/** What each kind's benchmark status change records. */
export const BENCH_STATUS_FOR: Record<string, string> = { export_control: "eased", preferred_trader_listing: "listed", trade_dispute: "resolved", cooperation_initiative: "agreed" };
/** The reason every benchmark status change gives, by which they are counted afterwards. */
export const BENCH_WRITE_REASON = "Benchmark write";

export type WritableItem = { id: string; kind: string; version: number };
export type CitedSource = { id: string; excerpt: string } | undefined;

/**
 * The items status changes go to, in an order that spreads them over the workspace (not the 1,000-change item), each
 * with the version it has, so every change claims the next one.
 */
export async function writableItems(sql: postgres.Sql, workspaceId: string, exceptId: string | null): Promise<WritableItem[]> {
  return sql<WritableItem[]>`
    SELECT id, kind, version FROM "TrackedItem" WHERE "workspaceId" = ${workspaceId} AND id <> ${exceptId} ORDER BY md5(id::text) LIMIT 60000`;
}

/**
 * The app's status changes: `request` makes the next one, to the next item, citing a source and claiming the version
 * after the one it last knew; `refresh` reads the versions the database holds, to run before each measurement. A
 * request made as a measurement's clock ran out is never sent, so without it the next change to that item (once the
 * load has gone round every item) would claim a version already taken and be refused as a conflict.
 */
export async function statusChanges(sql: postgres.Sql, workspaceId: string, exceptId: string | null, source: CitedSource) {
  let items = await writableItems(sql, workspaceId, exceptId);
  let next = 0;
  return {
    request(api: string) {
      const item = items[next++ % items.length] as WritableItem;
      const body = { expectedVersion: item.version, status: BENCH_STATUS_FOR[item.kind], effectiveOn: "2026-11", reason: BENCH_WRITE_REASON, citations: [{ sourceId: source?.id, excerpt: source?.excerpt }] };
      item.version += 1;
      return { method: "POST" as const, path: `${api}/items/${item.id}/status-changes`, body: JSON.stringify(body) };
    },
    async refresh() {
      items = await writableItems(sql, workspaceId, exceptId);
    },
  };
}

export async function countStatusWrites(sql: postgres.Sql, workspaceId: string): Promise<number> {
  const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM "ChangeRecord" WHERE "workspaceId" = ${workspaceId} AND type = 'status.recorded' AND reason = ${BENCH_WRITE_REASON}`;
  return row?.n ?? 0;
}
