import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { verifyHistory } from "@/lib/history/verify-history";
import { createItem } from "@/lib/tracking/create-item";
import { updateItem } from "@/lib/tracking/update-item";
import { createSource, createTeam, unique } from "@/tests/factories";
import { readManifest, restoreBackup, writeBackup } from "./backup";
import { OWNER_ROLE } from "./roles";
import { rowsFrom } from "./read-sql";
import { withConnection } from "./sql-pool";

const owner = process.env.DATABASE_OWNER_URL as string;
const superuser = process.env.DATABASE_SUPERUSER_URL as string;
const cleanup: (() => Promise<unknown>)[] = [];

async function asSuperuser(statement: string): Promise<void> {
  const client = new Client({ connectionString: superuser });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A new database with no tables at all, owned by the owner role: where a restore goes. */
async function emptyDatabase(): Promise<string> {
  const name = unique("restore").replaceAll("-", "_");
  await asSuperuser(`CREATE DATABASE "${name}" OWNER ${OWNER_ROLE}`);
  cleanup.push(() => asSuperuser(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  const url = new URL(owner);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Every row of a table, in a stable order, as one digest: what must come back unchanged. */
const DIGEST = (table: string) => `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest, count(*)::int AS n FROM "${table}" t`;

afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

describe("backups in the app's own format", () => {
  it("restore every row into an empty database, history intact and verifiable, sequences where they were", async () => {
    const team = await createTeam();
    const source = await createSource(team.owner, team.slug, `${unique("body")} 日本は輸出管理を緩和した。 Text with a NUL-free tab\tand "quotes" and a backslash \\.`);
    const item = await createItem(team.analyst, team.slug, { kind: "trade_dispute", title: unique("Dispute"), implementingJurisdictions: ["KR"] });
    await updateItem(team.analyst, team.slug, { itemId: item.id, expectedVersion: item.version, fields: { title: unique("Renamed dispute") } });

    const dir = await mkdtemp(path.join(tmpdir(), "backup-"));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const { folder, manifest } = await writeBackup(owner, dir);
    expect(await readManifest(folder)).toEqual(manifest);
    expect(manifest.tables.find((t) => t.name === "ChangeRecord")?.rows).toBeGreaterThan(0);
    expect(manifest.tables.find((t) => t.name === "Source")?.rows).toBeGreaterThan(0);

    const target = await emptyDatabase();
    await restoreBackup(target, folder);

    for (const table of ["ChangeRecord", "TrackedItem", "Source", "Workspace", "User", "Membership"]) {
      const [before] = await withConnection(owner, (sql) => sql.unsafe<{ digest: string; n: number }[]>(DIGEST(table)));
      const [after] = await withConnection(target, (sql) => sql.unsafe<{ digest: string; n: number }[]>(DIGEST(table)));
      expect(after, table).toEqual(before);
    }
    // The history verifies in the restored database, and its search vectors were computed again.
    const report = await withConnection(target, (sql) => verifyHistory(null, rowsFrom(sql)));
    expect(report.findings).toEqual([]);
    expect(report.records).toBe(manifest.tables.find((t) => t.name === "ChangeRecord")?.rows);
    const [found] = await withConnection(target, (sql) => sql<{ id: string }[]>`SELECT id FROM "Source" WHERE id = ${source.id}::uuid`);
    expect(found?.id).toBe(source.id);

    // New records continue the sequences rather than colliding with restored ids.
    const [sequences] = await withConnection(target, (sql) => sql<{ behind: number }[]>`
      SELECT count(*)::int AS behind FROM (SELECT max(id) AS top FROM "ChangeRecord") m, pg_sequences s
      WHERE s.sequencename = 'ChangeRecord_id_seq' AND s.last_value < m.top`);
    expect(sequences?.behind).toBe(0);

    // A database with tables is not overwritten.
    await expect(restoreBackup(target, folder)).rejects.toThrow(/not empty/);
  });
});
