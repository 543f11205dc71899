import type postgres from "postgres";

/** What each kind's benchmark status change records. */
export const BENCH_STATUS_FOR: Record<string, string> = { export_control: "eased", preferred_trader_listing: "listed", trade_dispute: "resolved", cooperation_initiative: "agreed" };
/** The reason every benchmark status change gives, by which they are counted afterwards. */
export const BENCH_WRITE_REASON = "Benchmark write";

export type WritableItem = { id: string; kind: string; version: number };
export type CitedSource = { id: string; excerpt: string };
/** What the benchmark reads and cites: the item with 1,000 changes, an ordinary item to show, a source's excerpt. */
export type BenchTargets = { longHistoryId: string; shownId: string; source: CitedSource };

/**
 * The benchmark's targets in a workspace. The item shown is the first by id of those with as many changes as the seed
 * gives most (8-12), as earlier runs chose it, else the first by id (earlier runs' writes had moved every item of the
 * 10k workspace past 12); no benchmark writes to it, so every later run shows the same item.
 */
export async function benchTargets(sql: postgres.Sql, workspaceId: string): Promise<BenchTargets> {
  const [longHistory] = await sql<{ itemId: string }[]>`SELECT "itemId" FROM "ChangeRecord" WHERE "workspaceId" = ${workspaceId} AND seq = 1000 LIMIT 1`;
  const [source] = await sql<CitedSource[]>`SELECT "sourceId" AS id, excerpt FROM "Citation" WHERE "workspaceId" = ${workspaceId} LIMIT 1`;
  if (!longHistory || !source) throw new Error("The benchmark workspace has no item with 1,000 changes or no citation: seed it again.");
  const [shown] = await sql<{ id: string }[]>`SELECT id FROM "TrackedItem" WHERE "workspaceId" = ${workspaceId} AND id <> ${longHistory.itemId}
    ORDER BY version BETWEEN 8 AND 12 DESC, id LIMIT 1`;
  if (!shown) throw new Error("The benchmark workspace has no item to show: seed it again.");
  return { longHistoryId: longHistory.itemId, shownId: shown.id, source };
}

/**
 * The items status changes go to, in an order that spreads them over the workspace (not the two items the benchmark
 * reads), each with the version it has, so every change claims the next one.
 */
export async function writableItems(sql: postgres.Sql, workspaceId: string, targets: BenchTargets): Promise<WritableItem[]> {
  return sql<WritableItem[]>`
    SELECT id, kind, version FROM "TrackedItem"
    WHERE "workspaceId" = ${workspaceId} AND id <> ${targets.longHistoryId} AND id <> ${targets.shownId}
    ORDER BY md5(id::text) LIMIT 60000`;
}

/**
 * The app's status changes: `request` makes the next one, to the next item, citing a source and claiming the version
 * after the one it last knew; `refresh` reads the versions the database holds, to run before each measurement. A
 * request made as a measurement's clock ran out is never sent, so without it the next change to that item (once the
 * load has gone round every item) would claim a version already taken and be refused as a conflict.
 */
export async function statusChanges(sql: postgres.Sql, workspaceId: string, targets: BenchTargets) {
  let items = await writableItems(sql, workspaceId, targets);
  let next = 0;
  return {
    request(api: string) {
      const item = items[next++ % items.length] as WritableItem;
      const body = { expectedVersion: item.version, status: BENCH_STATUS_FOR[item.kind], effectiveOn: "2026-11", reason: BENCH_WRITE_REASON, citations: [{ sourceId: targets.source.id, excerpt: targets.source.excerpt }] };
      item.version += 1;
      return { method: "POST" as const, path: `${api}/items/${item.id}/status-changes`, body: JSON.stringify(body) };
    },
    async refresh() {
      items = await writableItems(sql, workspaceId, targets);
    },
  };
}

export async function countStatusWrites(sql: postgres.Sql, workspaceId: string): Promise<number> {
  const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM "ChangeRecord" WHERE "workspaceId" = ${workspaceId} AND type = 'status.recorded' AND reason = ${BENCH_WRITE_REASON}`;
  return row?.n ?? 0;
}
