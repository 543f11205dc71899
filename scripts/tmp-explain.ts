import postgres from "postgres";
import { Prisma } from "../lib/generated/prisma/client";
import { openBenchDatabase } from "./bench/bench-database";
import { trackerSql } from "../lib/tracking/query-tracker";
import { parseTrackerQuery } from "../lib/views/tracker-query";
const d = await openBenchDatabase();
const sql = postgres(d.url, { max: 1 });
const [ws] = await sql`SELECT id FROM "Workspace" WHERE slug='bench'`;
for (const q of [process.argv[2] ?? "kind=export_control&jurisdiction=JP&sort=title&limit=50"]) {
  const parsed = parseTrackerQuery(Object.fromEntries(new URLSearchParams(q)));
  if (!parsed.success) throw parsed.error;
  const s = trackerSql(ws!.id, parsed.data);
  const t = Date.now();
  const plan = await sql.unsafe(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values as never[]);
  console.log(q, Date.now() - t, "ms");
  console.log(plan.map((r) => r["QUERY PLAN"]).join("\n"));
}
await sql.end(); await d.stop();
void Prisma;
