import { Client } from "pg";

/** The group role the migrations grant the app's privileges to (docs/decisions/010). */
export const APP_ROLE = "policy_tracker_app";
/** The role the embedded and test databases create to own the tables and run migrations. */
export const OWNER_ROLE = "policy_tracker_owner";

export type RolePasswords = { owner: string; app: string };

/** The URL of the same server and database as `url`, signed in as another role. */
export function urlAs(url: string, role: string, password: string, database?: string): string {
  const next = new URL(url);
  next.username = encodeURIComponent(role);
  next.password = encodeURIComponent(password);
  if (database) next.pathname = `/${encodeURIComponent(database)}`;
  return next.toString();
}

async function withClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * As a superuser: the owner role (logs in, owns the database and everything in its public schema, runs migrations) and
 * the app role (logs in, owns nothing, no superuser, no CREATEROLE or CREATEDB). Idempotent, and it also moves objects
 * an earlier version created as the superuser to the owner, so an existing development database upgrades in place.
 */
export async function provisionRoles(superuserUrl: string, database: string, passwords: RolePasswords): Promise<{ ownerUrl: string; appUrl: string }> {
  await withClient(superuserUrl, async (client) => {
    for (const [role, password, options] of [
      [OWNER_ROLE, passwords.owner, "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS"],
      [APP_ROLE, passwords.app, "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS"],
    ] as const) {
      const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
      const literal = (await client.query<{ q: string }>("SELECT quote_literal($1) AS q", [password])).rows[0]?.q;
      await client.query(`${exists.rowCount ? "ALTER" : "CREATE"} ROLE ${quoteIdent(role)} ${options} PASSWORD ${literal}`);
    }
    await client.query(`ALTER DATABASE ${quoteIdent(database)} OWNER TO ${quoteIdent(OWNER_ROLE)}`);
  });
  const inDatabase = new URL(superuserUrl);
  inDatabase.pathname = `/${encodeURIComponent(database)}`;
  await withClient(inDatabase.toString(), async (client) => {
    const owner = quoteIdent(OWNER_ROLE);
    await client.query(`ALTER SCHEMA public OWNER TO ${owner}`);
    const { rows } = await client.query<{ statement: string }>(`
      SELECT format('ALTER TABLE %I OWNER TO ${owner}', c.relname) AS statement
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') AND pg_get_userbyid(c.relowner) <> $1
      UNION ALL
      SELECT format('ALTER SEQUENCE %I OWNER TO ${owner}', c.relname)
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'S' AND pg_get_userbyid(c.relowner) <> $1
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'a')
      UNION ALL
      SELECT format('ALTER ROUTINE %s OWNER TO ${owner}', p.oid::regprocedure)
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> $1
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
      UNION ALL
      SELECT format('ALTER TYPE %I OWNER TO ${owner}', t.typname)
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' AND t.typtype = 'e' AND pg_get_userbyid(t.typowner) <> $1`, [OWNER_ROLE]);
    for (const { statement } of rows) await client.query(statement);
  });
  return { ownerUrl: urlAs(superuserUrl, OWNER_ROLE, passwords.owner, database), appUrl: urlAs(superuserUrl, APP_ROLE, passwords.app, database) };
}
