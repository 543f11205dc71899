import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { applyMigrations, createMigration, pendingSchemaSql } from "./migrate";
import { PROJECT_PATHS } from "./schema-engine";

// Migrations are the owner's business; creating databases a superuser's.
const url = process.env.DATABASE_OWNER_URL as string;
const superuser = process.env.DATABASE_SUPERUSER_URL as string;

async function query<T>(connectionString: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

async function scratchDatabase(): Promise<string> {
  const name = `migrate_test_${Date.now()}`;
  await query(superuser, `CREATE DATABASE "${name}" OWNER policy_tracker_owner`);
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return scratch.toString();
}

describe("offline migrations", () => {
  it("have been applied to the test database and recorded as Prisma records them", async () => {
    const rows = await query<{ migration_name: string; finished_at: Date | null }>(url, `SELECT migration_name, finished_at FROM _prisma_migrations`);
    const folders = (await readdir(PROJECT_PATHS.migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(rows.map((r) => r.migration_name).sort()).toEqual(folders.sort());
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    expect(await applyMigrations(url)).toEqual([]);
  });

  it("give every GIN index a short pending list, which every search reads in full (docs/decisions/006)", async () => {
    const gin = await query<{ name: string; options: string[] | null }>(
      url,
      `SELECT c.relname AS name, c.reloptions AS options FROM pg_class c JOIN pg_am a ON a.oid = c.relam
       JOIN pg_namespace n ON n.oid = c.relnamespace WHERE a.amname = 'gin' AND n.nspname = current_schema()`,
    );
    expect(gin.length).toBeGreaterThan(10);
    expect(gin.filter((index) => !index.options?.includes("gin_pending_list_limit=64")).map((index) => index.name)).toEqual([]);
  });

  it("leave no schema change without a migration", async () => {
    expect(await pendingSchemaSql(url)).toBe("");
  });

  it("write a new migration from a schema change, which then applies", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    const paths = { schemaPath: path.join(dir, "schema.prisma"), migrationsDir: path.join(dir, "migrations") };
    await cp(PROJECT_PATHS.migrationsDir, paths.migrationsDir, { recursive: true });
    const schema = await readFile(PROJECT_PATHS.schemaPath, "utf8");
    await writeFile(paths.schemaPath, `${schema}\nmodel MigrationProbe {\n  id Int @id\n  label String\n}\n`);

    const folder = await createMigration(url, "add_probe", paths, new Date("2100-01-01T00:00:00Z"));
    expect(folder).toMatch(/21000101000000_add_probe$/);
    const sql = await readFile(path.join(folder as string, "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "MigrationProbe"');
    expect(await createMigration(url, "nothing_more", paths)).toBeNull();

    const scratch = await scratchDatabase();
    const applied = await applyMigrations(scratch, paths);
    expect(applied.at(-1)).toBe("21000101000000_add_probe");
    expect(await query(scratch, `SELECT count(*)::int AS n FROM "MigrationProbe"`)).toEqual([{ n: 0 }]);
  });

  it("report a failing migration with the database's own message", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    const paths = { schemaPath: PROJECT_PATHS.schemaPath, migrationsDir: path.join(dir, "migrations") };
    await cp(PROJECT_PATHS.migrationsDir, paths.migrationsDir, { recursive: true });
    const bad = path.join(paths.migrationsDir, "21000101000000_broken");
    await mkdir(bad);
    await writeFile(path.join(bad, "migration.sql"), "ALTER TABLE no_such_table ADD COLUMN x int;");
    await expect(applyMigrations(await scratchDatabase(), paths)).rejects.toThrow(/no_such_table/);
  });

  it("are applied once when several instances start together: the others wait on the lock and find nothing to do", async () => {
    const scratch = await scratchDatabase();
    const all = (await readdir(PROJECT_PATHS.migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    const results = await Promise.all([applyMigrations(scratch), applyMigrations(scratch), applyMigrations(scratch)]);
    // One instance applied every migration; the others came after it, so none was applied twice or half-way.
    expect(results.map((applied) => applied.length).sort((a, b) => a - b)).toEqual([0, 0, all.length]);
    expect(results.find((applied) => applied.length > 0)?.slice().sort()).toEqual(all);
    const rows = await query<{ migration_name: string; n: number }>(
      scratch,
      `SELECT migration_name, count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL GROUP BY migration_name ORDER BY migration_name`,
    );
    expect(rows).toEqual(all.map((name) => ({ migration_name: name, n: 1 })));
  });
});
