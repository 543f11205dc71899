import { Pool } from "pg";
import { invalid, notFound } from "@/lib/errors";
import { trackerSql } from "@/lib/tracking/query-tracker";
import { parseTrackerQuery, queryFromSearchParams } from "@/lib/views/tracker-query";

// The benchmark's floor for the JSON list: the same SQL the list runs, through `pg` directly, with no session check,
// no Prisma and no authorization. Served only when BENCH_FLOORS=1 (see app/api/bench/list-sql).
let pool: Pool | undefined;

export async function listSqlFloor(slug: string, params: URLSearchParams) {
  pool ??= new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  const parsed = parseTrackerQuery(queryFromSearchParams(params));
  if (!parsed.success) throw invalid("Bad query");
  const workspace = await pool.query<{ id: string }>(`SELECT id FROM "Workspace" WHERE slug = $1`, [slug]);
  const workspaceId = workspace.rows[0]?.id;
  if (!workspaceId) throw notFound("Workspace");
  const sql = trackerSql(workspaceId, parsed.data);
  const result = await pool.query(sql.text, sql.values as unknown[]);
  return { items: result.rows.slice(0, parsed.data.limit) };
}
