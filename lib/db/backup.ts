import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { once } from "node:events";
import postgres from "postgres";
import { z } from "zod";
import { applyMigrations } from "./migrate";
import { listMigrations, PROJECT_PATHS, type ProjectPaths } from "./schema-engine";

/**
 * The app's own backup format (README, "Backups"): a folder holding manifest.json and one file per table, one row a line
 * as PostgreSQL's own JSON of it (row_to_json: timestamps to the microsecond, bigints as written), all read in one
 * REPEATABLE READ transaction, so the folder is one consistent moment of the database. It exists because pg_dump refuses a server newer than itself and the embedded
 * PostgreSQL ships none: `npm run db:backup` prefers a pg_dump of the server's version where there is one.
 *
 * The schema is not in the backup: it is the migrations named in the manifest, which a restore applies to an empty
 * database before loading the rows, with the tables' own triggers (the history's seal and stamp, which would re-stamp
 * every record) switched off for the load only.
 */

const FORMAT = "policy-tracker-jsonl-1";
/** Rows a restore inserts per statement. */
const BATCH = 500;

const ZManifest = z.object({
  format: z.literal(FORMAT),
  createdAt: z.string(),
  serverVersion: z.string(),
  migrations: z.array(z.string()),
  tables: z.array(z.object({ name: z.string(), columns: z.array(z.string()), rows: z.number().int().nonnegative(), file: z.string() })),
  sequences: z.array(z.object({ name: z.string(), table: z.string(), column: z.string(), value: z.string().nullable() })),
});
export type BackupManifest = z.infer<typeof ZManifest>;

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Tables of the public schema (but Prisma's migration record, which the restore's migrations rewrite), parents first. */
async function tablesInLoadOrder(sql: postgres.TransactionSql): Promise<string[]> {
  const tables = await sql<{ name: string }[]>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' ORDER BY c.relname`;
  const references = await sql<{ child: string; parent: string }[]>`
    SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
    JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE k.contype = 'f' AND n.nspname = 'public' AND c.oid <> p.oid`;
  const ordered: string[] = [];
  const pending = new Set(tables.map((t) => t.name));
  while (pending.size > 0) {
    const ready = [...pending].filter((name) => !references.some((r) => r.child === name && pending.has(r.parent)));
    // A cycle of foreign keys between tables: none in this schema; loaded as they come, the check would say which.
    const next = ready.length > 0 ? ready : [...pending];
    for (const name of next) {
      ordered.push(name);
      pending.delete(name);
    }
  }
  return ordered;
}

/** The columns a restore loads: stored generated columns (the search vectors) are computed again. */
async function copiedColumns(sql: postgres.TransactionSql, table: string): Promise<string[]> {
  const rows = await sql<{ name: string }[]>`
    SELECT a.attname AS name FROM pg_attribute a
    WHERE a.attrelid = ${`public.${ident(table)}`}::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    ORDER BY a.attnum`;
  return rows.map((r) => r.name);
}

/** Writes a backup of the database at `url` (the owner's role: it reads every table) into a new folder in `dir`. */
export async function writeBackup(url: string, dir: string, now = new Date()): Promise<{ folder: string; manifest: BackupManifest }> {
  const folder = path.join(dir, `policy-tracker-${now.toISOString().replace(/[:.]/g, "-")}`);
  await mkdir(folder, { recursive: true });
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const manifest = await sql.begin("ISOLATION LEVEL REPEATABLE READ READ ONLY", async (tx) => {
      const [version] = await tx<{ server_version: string }[]>`SHOW server_version`;
      const migrations = await tx<{ name: string }[]>`
        SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`;
      const tables: BackupManifest["tables"] = [];
      for (const name of await tablesInLoadOrder(tx)) {
        const columns = await copiedColumns(tx, name);
        const file = `${tables.length.toString().padStart(3, "0")}-${name}.jsonl`;
        const out = createWriteStream(path.join(folder, file));
        let rows = 0;
        // JSON text never holds a raw line break: one row a line.
        for await (const batch of tx.unsafe<{ j: string }[]>(`SELECT row_to_json(t)::text AS j FROM public.${ident(name)} t`).cursor(BATCH)) {
          for (const row of batch) {
            if (!out.write(`${row.j}\n`)) await once(out, "drain");
            rows += 1;
          }
        }
        out.end();
        await once(out, "finish");
        tables.push({ name, columns, rows, file });
      }
      const sequences = await tx<{ name: string; table: string; column: string; value: string | null }[]>`
        SELECT s.relname AS name, t.relname AS "table", a.attname AS "column", seq.last_value::text AS value
        FROM pg_class s JOIN pg_depend d ON d.objid = s.oid AND d.deptype = 'a'
        JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
        JOIN pg_namespace n ON n.oid = s.relnamespace LEFT JOIN pg_sequences seq ON seq.schemaname = n.nspname AND seq.sequencename = s.relname
        WHERE s.relkind = 'S' AND n.nspname = 'public' ORDER BY s.relname`;
      return {
        format: FORMAT,
        createdAt: now.toISOString(),
        serverVersion: version?.server_version ?? "unknown",
        migrations: migrations.map((m) => m.name),
        tables,
        sequences: sequences.map((s) => ({ ...s })),
      } satisfies BackupManifest;
    });
    await writeFile(path.join(folder, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    return { folder, manifest };
  } finally {
    await sql.end();
  }
}

export async function readManifest(folder: string): Promise<BackupManifest> {
  const parsed = ZManifest.safeParse(JSON.parse(await readFile(path.join(folder, "manifest.json"), "utf8")));
  if (!parsed.success) throw new Error(`${folder} is not a Policy Tracker backup (manifest.json does not match ${FORMAT})`);
  return parsed.data;
}

/**
 * Restores a backup folder into the database at `url` (the owner's role), which must hold no tables yet: applies the
 * migrations (which must be exactly the backup's: restore with the release that made it, then upgrade), then loads
 * every table in one transaction with the tables' own triggers off, and sets the sequences where they were.
 */
export async function restoreBackup(url: string, folder: string, paths: ProjectPaths = PROJECT_PATHS): Promise<BackupManifest> {
  const manifest = await readManifest(folder);
  const known = (await listMigrations(paths.migrationsDir)).migrationDirectories.map((m) => m.path).sort();
  const differ = known.length !== manifest.migrations.length || known.some((name, i) => name !== manifest.migrations[i]);
  if (differ) {
    throw new Error(
      `The backup was made at migration ${manifest.migrations.at(-1) ?? "(none)"}, this release is at ${known.at(-1) ?? "(none)"}: restore with the release that made the backup, then upgrade.`,
    );
  }
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [existing] = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'`;
    if ((existing?.n ?? 0) > 0) throw new Error("The database to restore into is not empty: restore into a new, empty database.");
    await applyMigrations(url, paths);
    await sql.begin(async (tx) => {
      for (const table of manifest.tables) await tx.unsafe(`ALTER TABLE public.${ident(table.name)} DISABLE TRIGGER USER`);
      // Rows the migrations themselves insert (the instance's settings) are in the backup too, as they were then.
      await tx.unsafe(`TRUNCATE ${manifest.tables.map((t) => `public.${ident(t.name)}`).join(", ")}`);
      for (const table of manifest.tables) {
        const columns = table.columns.map(ident).join(", ");
        // The lines go to PostgreSQL as they are (a JSON array of them), so no value passes through JavaScript's numbers.
        const insert = (lines: string[]) =>
          tx.unsafe(`INSERT INTO public.${ident(table.name)} (${columns}) SELECT ${columns} FROM json_populate_recordset(null::public.${ident(table.name)}, $1::text::json)`, [
            `[${lines.join(",")}]`,
          ]);
        let lines: string[] = [];
        for await (const line of createInterface({ input: createReadStream(path.join(folder, table.file)), crlfDelay: Infinity })) {
          if (!line) continue;
          lines.push(line);
          if (lines.length >= BATCH) {
            await insert(lines);
            lines = [];
          }
        }
        if (lines.length > 0) await insert(lines);
        const [count] = await tx.unsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM public.${ident(table.name)}`);
        if (count?.n !== table.rows) throw new Error(`${table.name}: ${count?.n ?? 0} rows loaded, the backup holds ${table.rows}`);
      }
      for (const table of manifest.tables) await tx.unsafe(`ALTER TABLE public.${ident(table.name)} ENABLE TRIGGER USER`);
      for (const s of manifest.sequences) {
        if (s.value !== null) await tx`SELECT setval(${`public.${ident(s.name)}`}::regclass, ${s.value}::bigint, true)`;
      }
    });
    return manifest;
  } finally {
    await sql.end();
  }
}
