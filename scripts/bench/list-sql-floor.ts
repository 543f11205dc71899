// The benchmark's floor for the JSON list (`npm run bench` starts it beside the app's server, on the same core): a
// plain Node HTTP server that runs the list's SQL (the one trackerSql builds) through `pg` directly, with no framework,
// session check, Prisma or authorization. Not part of the app: GET /?workspace=<slug>&<tracker query>.
import "../load-env";
import { createServer } from "node:http";
import { Pool } from "pg";
import { trackerSql } from "../../lib/tracking/query-tracker";
import { parseTrackerQuery, queryFromSearchParams } from "../../lib/views/tracker-query";

const url = process.env.DATABASE_URL;
const port = Number(process.argv[2]);
if (!url || !port) {
  console.error("Usage: DATABASE_URL=… tsx scripts/bench/list-sql-floor.ts <port>");
  process.exit(2);
}
const pool = new Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });

createServer((request, response) => {
  const answer = (status: number, body: unknown) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(body));
  };
  void (async () => {
    const params = new URL(request.url ?? "/", "http://floor").searchParams;
    const parsed = parseTrackerQuery(queryFromSearchParams(params));
    if (!parsed.success) return answer(400, { error: "Bad query" });
    const workspace = await pool.query<{ id: string }>(`SELECT id FROM "Workspace" WHERE slug = $1`, [params.get("workspace") ?? ""]);
    const workspaceId = workspace.rows[0]?.id;
    if (!workspaceId) return answer(404, { error: "No such workspace" });
    const sql = trackerSql(workspaceId, parsed.data);
    const result = await pool.query(sql.text, sql.values as unknown[]);
    answer(200, { items: result.rows.slice(0, parsed.data.limit) });
  })().catch((error: unknown) => answer(500, { error: error instanceof Error ? error.message : String(error) }));
}).listen(port, "127.0.0.1");
