import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { randomUUID } from "node:crypto";
import postgres from "postgres";

/**
 * Directus, a back office the brief names (issue 15 is checked beside one), set up beside the benchmark workspace:
 * installed on demand in .data/directus (not a dependency of the app), with a database of its own on the benchmark's
 * cluster holding a copy of the workspace's items, status events, citations and sources as a Directus user would model
 * them, and an analyst whose role may read them, change an item and add events and citations (not an administrator,
 * whose requests skip permission checks).
 */
// The last release that runs on Node 20 (11.4 and later need Node 22).
export const DIRECTUS_VERSION = "11.3.5";
const HOME = ".data/directus";
const DATABASE = "directus_bench";
// Directus's command line without its wrapper, which asks the npm registry for a newer version at every start.
const DIRECTUS_CLI = `${HOME}/node_modules/@directus/api/dist/cli/run.js`;
/** The command that runs Directus's command line with these arguments. */
export const directusCommand = (...args: string[]) => [process.execPath, DIRECTUS_CLI, ...args];
const DIRECTUS_ADMIN = { email: "admin@example.com", password: "bench-password" };

export type DirectusSetup = { databaseUrl: string; token: string; env: Record<string, string> };

export function installDirectus(say: (line: string) => void): void {
  if (existsSync(DIRECTUS_CLI)) return;
  say(`installing Directus ${DIRECTUS_VERSION} in ${HOME} (once: about 2 minutes, 470 MB)`);
  mkdirSync(HOME, { recursive: true });
  const installed = spawnSync("npm", ["install", "--prefix", HOME, `directus@${DIRECTUS_VERSION}`, "--no-audit", "--no-fund", "--no-save"], { stdio: "inherit" });
  if (installed.status !== 0 || !existsSync(DIRECTUS_CLI)) throw new Error(`npm could not install directus@${DIRECTUS_VERSION}`);
}

/** The database, its copy of the workspace and Directus's own tables, made once; the analyst's token on every call. */
export async function setUpDirectus(superuserUrl: string, workspaceId: string, say: (line: string) => void): Promise<DirectusSetup> {
  const url = new URL(superuserUrl);
  url.pathname = `/${DATABASE}`;
  const databaseUrl = url.toString();
  const env = {
    DB_CLIENT: "pg",
    DB_CONNECTION_STRING: databaseUrl,
    SECRET: "bench-directus-secret-0123456789abcdef",
    ADMIN_EMAIL: DIRECTUS_ADMIN.email,
    ADMIN_PASSWORD: DIRECTUS_ADMIN.password,
    TELEMETRY: "false",
    LOG_LEVEL: "warn",
    // The benchmark measures the server, not its guard against one client sending fifty requests at once.
    RATE_LIMITER_ENABLED: "false",
    STORAGE_LOCATIONS: "local",
    STORAGE_LOCAL_ROOT: `${HOME}/uploads`,
    EXTENSIONS_PATH: `${HOME}/extensions`,
  };
  mkdirSync(env.STORAGE_LOCAL_ROOT, { recursive: true });
  mkdirSync(env.EXTENSIONS_PATH, { recursive: true });
  const admin = postgres(superuserUrl, { max: 1, onnotice: () => {} });
  try {
    const [exists] = await admin`SELECT 1 FROM pg_database WHERE datname = ${DATABASE}`;
    if (!exists) await admin.unsafe(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  const target = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [copied] = await target`SELECT to_regclass('public.tracked_items') IS NOT NULL AS done`;
    if (!copied?.done) {
      const started = Date.now();
      // In one transaction, so that a copy cut short leaves nothing that a later run would take for a finished one.
      await target.begin(async (tx) => {
        await tx.unsafe(SCHEMA);
        // Copied inside the cluster (dblink), table by table, as the superuser who reads the workspace's database.
        await tx`CREATE EXTENSION IF NOT EXISTS dblink`;
        for (const [table, query, columns] of copies(workspaceId)) {
          await tx.unsafe(`INSERT INTO ${table} SELECT * FROM dblink($1, $2) AS copied (${columns})`, [superuserUrl, query]);
        }
        await tx.unsafe(INDEXES);
      });
      await target`VACUUM ANALYZE`;
      say(`the workspace copied into Directus's database in ${Math.round((Date.now() - started) / 1000)} s`);
    }
    const [bootstrapped] = await target`SELECT to_regclass('public.directus_users') IS NOT NULL AS done`;
    if (!bootstrapped?.done) {
      const [node, ...args] = directusCommand("bootstrap");
      const bootstrap = spawnSync(node as string, args, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
      if (bootstrap.status !== 0) throw new Error("directus bootstrap failed");
    }
    return { databaseUrl, token: await analystToken(target), env };
  } finally {
    await target.end();
  }
}

const SCHEMA = `
  CREATE TABLE sources (id uuid PRIMARY KEY, title text NOT NULL, publisher text, language text NOT NULL, url text, body text NOT NULL);
  CREATE TABLE tracked_items (
    id uuid PRIMARY KEY, kind text NOT NULL, title text NOT NULL, summary text NOT NULL,
    implementing_jurisdictions text NOT NULL, affected_jurisdictions text NOT NULL, tags text NOT NULL,
    status text, effective_on date, version integer NOT NULL, needs_source boolean NOT NULL, updated_at timestamptz NOT NULL);
  CREATE TABLE status_events (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(), item uuid NOT NULL REFERENCES tracked_items (id), status text NOT NULL,
    effective_on date NOT NULL, precision text NOT NULL, note text NOT NULL DEFAULT '', recorded_at timestamptz NOT NULL DEFAULT now());
  CREATE TABLE citations (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(), status_event uuid NOT NULL REFERENCES status_events (id),
    source uuid NOT NULL REFERENCES sources (id), excerpt text NOT NULL, start_offset integer, end_offset integer)`;

// After the copy, as a bulk load is done; the indexes a Directus user would add for the list's sort and the relations.
const INDEXES = `
  CREATE INDEX ON tracked_items (kind, title, id);
  CREATE INDEX ON tracked_items (title, id);
  CREATE INDEX ON status_events (item);
  CREATE INDEX ON citations (status_event);`;

/**
 * Each table's rows from the workspace, and their columns' types: lists as comma-separated text (Directus's "csv"
 * fields; it has no array type).
 */
function copies(workspaceId: string): [string, string, string][] {
  const ws = `'${workspaceId}'::uuid`;
  return [
    ["sources", `SELECT id, title, publisher, language, url, body FROM "Source" WHERE "workspaceId" = ${ws}`, "id uuid, title text, publisher text, language text, url text, body text"],
    [
      "tracked_items",
      `SELECT id, kind, title, summary, array_to_string("implementingJurisdictions", ','), array_to_string("affectedJurisdictions", ','),
              array_to_string(tags, ','), "currentStatus", "currentEffectiveOn"::date, version, "needsSource", "updatedAt"
       FROM "TrackedItem" WHERE "workspaceId" = ${ws}`,
      "id uuid, kind text, title text, summary text, implementing text, affected text, tags text, status text, effective_on date, version integer, needs_source boolean, updated_at timestamptz",
    ],
    [
      "status_events",
      `SELECT id, "itemId", status, "effectiveOn"::date, precision, note, "recordedAt" FROM "StatusEvent" WHERE "workspaceId" = ${ws}`,
      "id uuid, item uuid, status text, effective_on date, precision text, note text, recorded_at timestamptz",
    ],
    [
      "citations",
      `SELECT id, "statusEventId", "sourceId", excerpt, "startOffset", "endOffset" FROM "Citation" WHERE "workspaceId" = ${ws}`,
      "id uuid, status_event uuid, source uuid, excerpt text, start_offset integer, end_offset integer",
    ],
  ];
}

/**
 * The analyst: a role whose policy reads the four collections, updates items and creates events and citations, with
 * revisions kept for every collection (Directus's default accountability, "all"); its static token.
 */
async function analystToken(sql: postgres.Sql): Promise<string> {
  const [existing] = await sql<{ token: string }[]>`SELECT token FROM directus_users WHERE email = 'analyst@example.com'`;
  if (existing) return existing.token;
  const [policy, role, user, token] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  await sql.begin(async (tx) => {
    for (const collection of ["tracked_items", "status_events", "citations", "sources"]) {
      await tx`INSERT INTO directus_collections (collection, accountability) VALUES (${collection}, 'all') ON CONFLICT DO NOTHING`;
    }
    // The one-to-many sides, so that an item is read and written with its events, and an event with its citations.
    await tx`INSERT INTO directus_fields (collection, field, special) VALUES ('tracked_items', 'status_events', 'o2m'), ('status_events', 'citations', 'o2m')`;
    await tx`
      INSERT INTO directus_relations (many_collection, many_field, one_collection, one_field) VALUES
        ('status_events', 'item', 'tracked_items', 'status_events'), ('citations', 'status_event', 'status_events', 'citations'),
        ('citations', 'source', 'sources', NULL)`;
    await tx`INSERT INTO directus_policies (id, name, app_access) VALUES (${policy}, 'Analyst', false)`;
    const grants = [
      ...["tracked_items", "status_events", "citations", "sources"].map((collection) => [collection, "read"]),
      ["tracked_items", "update"],
      ["status_events", "create"],
      ["citations", "create"],
    ];
    for (const [collection, action] of grants) {
      await tx`INSERT INTO directus_permissions (collection, action, permissions, fields, policy) VALUES (${collection as string}, ${action as string}, '{}', '*', ${policy})`;
    }
    await tx`INSERT INTO directus_roles (id, name) VALUES (${role}, 'Analyst')`;
    await tx`INSERT INTO directus_access (id, role, policy) VALUES (${randomUUID()}, ${role}, ${policy})`;
    await tx`INSERT INTO directus_users (id, email, status, role, token) VALUES (${user}, 'analyst@example.com', 'active', ${role}, ${token})`;
  });
  return token;
}
