import { createHash } from "node:crypto";
import { readRows } from "@/lib/db/read-sql";
import type { Target } from "@/lib/db/sql-pool";
import { Prisma } from "@/lib/generated/prisma/client";
import { Remembered } from "@/lib/remembered";

type Counted = { head: string | null; day: string; count: number };

/**
 * Counts remembered per process, by the count's SQL (its workspace, filters and as-of dates) and where they were read.
 * Each holds the workspace's newest change and the day (UTC) it was counted at: the count's answer changes only with
 * a change of the workspace (every write of an item, its citations or discrepancies records one, and ids follow commit
 * order within a workspace: docs/decisions/004) or, for today's statuses, with the day. Keyed by a hash of the SQL and
 * its values, whose filters can be as long as a URL: a thousand counts take about 200 kB.
 */
const counted = new Remembered<Counted>(1_000);

/**
 * The tracker's count (`countSql`, one row with an int `count`) of one workspace, counted again only when the workspace
 * has changed or the day has turned since this process last counted it (docs/decisions/009): counting reads every
 * matching row up to its limit, the dearest statement of a tracker page, the same for every page of a query. The check
 * and the count are one statement, so one round trip as before, and they read one snapshot: the count remembered is
 * the count at the newest change it is remembered with, on the primary or on the replica alike.
 */
export async function countRows(workspaceId: string, countSql: Prisma.Sql, target: Target): Promise<number> {
  const key = createHash("sha256").update(`${target}\n${countSql.text}\n${JSON.stringify(countSql.values)}`).digest("base64");
  const known = counted.get(key);
  const [row] = await readRows<{ head: string | null; day: string; count: number | null }>(
    Prisma.sql`
      WITH h AS (SELECT max(id)::text AS head, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day
                 FROM "ChangeRecord" WHERE "workspaceId" = ${workspaceId}::uuid)
      SELECT h.head, h.day,
             CASE WHEN h.head IS NOT DISTINCT FROM ${known?.head ?? null}::text AND h.day = ${known?.day ?? ""} THEN NULL
                  ELSE (${countSql}) END AS count
      FROM h`,
    target,
  );
  if (!row) throw new Error("The tracker's count answered no row");
  const count = row.count ?? known?.count;
  if (count === undefined) throw new Error("The tracker's count was not counted");
  counted.remember(key, { head: row.head, day: row.day, count });
  return count;
}
