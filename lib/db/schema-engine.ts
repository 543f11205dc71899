import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { DatabaseError, Pool } from "pg";

// Prisma's CLI downloads a native schema engine before every migrate command, which fails offline. The same engine is
// published compiled to WebAssembly; we drive it directly (docs/decisions/002-offline-migrations.md). It is an internal
// API, so the package version is pinned and lib/db/migrate.integration-test.ts covers what we use.

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");

let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm"));
    const compiled = await WebAssembly.compile(new Uint8Array(bytes));
    const instance = await WebAssembly.instantiate(compiled, { "./schema_engine_bg.js": bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

/** Where a project's schema and migrations live; tests point these at a copy. */
export type ProjectPaths = { schemaPath: string; migrationsDir: string };
export const PROJECT_PATHS: ProjectPaths = { schemaPath: SCHEMA_PATH, migrationsDir: MIGRATIONS_DIR };

/** Runs `run` with a schema engine connected to the database at `url`, and frees it afterwards. */
export async function withSchemaEngine<T>(
  url: string,
  run: (engine: SchemaEngine) => Promise<T>,
  paths: ProjectPaths = PROJECT_PATHS,
): Promise<T> {
  await loadWasm();
  const schema = await readFile(paths.schemaPath, "utf8");
  const adapter = bindMigrationAwareSqlAdapterFactory(wholeScriptAdapter(new PrismaPg({ connectionString: url })));
  const engine = await bindings.SchemaEngine.new({ datamodels: [[paths.schemaPath, schema]] }, () => {}, adapter);
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

/**
 * PrismaPg's executeScript splits a migration on every ";", which breaks function bodies ($$ ... ; ... $$) in
 * hand-written SQL. PostgreSQL takes the whole script as one simple query, in one implicit transaction.
 */
function wholeScriptAdapter(factory: PrismaPg): SqlMigrationAwareDriverAdapterFactory {
  const wrap = async (connecting: Promise<SqlDriverAdapter & { underlyingDriver(): Pool }>) => {
    const adapter = await connecting;
    adapter.executeScript = async (script: string) => {
      try {
        await adapter.underlyingDriver().query(script);
      } catch (error) {
        const e = error as DatabaseError;
        // The engine reports only errors in the adapter's own shape; anything else reaches the user as "id#0".
        throw new DriverAdapterError({
          kind: "postgres",
          code: e.code ?? "",
          severity: e.severity ?? "ERROR",
          message: e.message,
          detail: e.detail,
          column: e.column,
          hint: e.hint,
        });
      }
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => wrap(factory.connect()),
    connectToShadowDb: () => wrap(factory.connectToShadowDb()),
  };
}

/** The migrations folder in the shape the engine expects (the same listing Prisma's CLI builds). */
export async function listMigrations(migrationsDir = MIGRATIONS_DIR): Promise<MigrationList> {
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const lockfile = { path: lockPath, content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null };
  const entries = existsSync(migrationsDir) ? await readdir(migrationsDir, { withFileTypes: true }) : [];
  const migrationDirectories = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map(async (entry) => {
        const file = path.join(migrationsDir, entry.name, "migration.sql");
        const content = await readFile(file, "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (error: Error) => ({ tag: "error" as const, value: error.message }),
        );
        return { path: entry.name, migrationFile: { path: "migration.sql", content } };
      }),
  );
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return { baseDir: migrationsDir, lockfile, migrationDirectories, shadowDbInitScript: "" };
}

export const NO_FILTER = { externalTables: [], externalEnums: [] };
