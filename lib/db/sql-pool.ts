import postgres from "postgres";
import { serverEnv, type ServerEnv } from "@/lib/env";
import { Availability } from "./availability";

/** Which database a query goes to: the primary, or the read replica (DATABASE_REPLICA_URL) for lists, search, exports. */
export type Target = "primary" | "replica";

/**
 * How a pool's prepared statements are planned: "cached", PostgreSQL's default (planned for their values five times,
 * then a generic plan when that looks no dearer), or "per call" (`plan_cache_mode = force_custom_plan`: planned for
 * their values every time, still parsed only once per connection), for queries whose best plan depends on the values.
 */
export type Planning = "cached" | "per call";

type Pools = {
  primary?: postgres.Sql;
  /** The primary's connections for writes that can wait on locks (guardedWrite). */
  writes?: postgres.Sql;
  replica?: postgres.Sql;
  /** The pools whose connections plan every statement for its values (Planning "per call"), opened on first use. */
  perCall: Partial<Record<Target, postgres.Sql>>;
  listen?: postgres.Sql;
  availability: Record<Target, Availability>;
  /** Queries under way on each postgres.js pool, for the metrics. */
  active: Record<Target, number>;
};

// One set per process, like the Prisma client in lib/db.ts (development hot reloads would otherwise open more), kept
// on globalThis so that the instrumentation, route bundles and the server script share it.
const globalForSql = globalThis as unknown as { sqlPools?: Pools };

const urlOf = (target: Target) => (target === "replica" ? (serverEnv().DATABASE_REPLICA_URL ?? serverEnv().DATABASE_URL) : serverEnv().DATABASE_URL);

function pools(): Pools {
  globalForSql.sqlPools ??= {
    availability: {
      primary: new Availability("primary", () => urlOf("primary"), () => serverEnv().DATABASE_CONNECT_TIMEOUT_MS),
      replica: new Availability("replica", () => urlOf("replica"), () => serverEnv().DATABASE_CONNECT_TIMEOUT_MS),
    },
    perCall: {},
    active: { primary: 0, replica: 0 },
  };
  return globalForSql.sqlPools;
}

/**
 * postgres.js settings from the environment (docs/decisions/016): bounded connection attempts and statements, a short
 * reconnect backoff (its default grows to 20 s, which kept requests waiting long after the database was back), and, behind
 * a transaction pooler, no prepared statements and no session settings (the role's own settings apply there).
 */
export function postgresOptions(env: ServerEnv, max = env.DATABASE_POOL_SIZE): postgres.Options<Record<string, never>> {
  const direct = env.DATABASE_POOLER === "none";
  return {
    max,
    prepare: direct,
    connect_timeout: env.DATABASE_CONNECT_TIMEOUT_MS / 1000,
    idle_timeout: env.DATABASE_IDLE_TIMEOUT_MS / 1000,
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 0.5),
    connection: { application_name: "policy-tracker", ...(direct ? { statement_timeout: env.DATABASE_STATEMENT_TIMEOUT_MS } : {}) },
    onnotice: () => {},
  };
}

/**
 * The postgres.js pool on the primary: hot reads (docs/decisions/009) and short writes. Writes that can wait on a lock
 * held for long (item writes behind an import, imports themselves) run on connections of their own (`guardedWrite`).
 * Transactions that span several statements stay in Prisma (lib/db.ts). Run queries through `guarded`, which fails
 * fast while the database is down.
 */
export function sqlPool(): postgres.Sql {
  const all = pools();
  all.primary ??= postgres(serverEnv().DATABASE_URL, postgresOptions(serverEnv()));
  return all.primary;
}

/**
 * The replica's pool, or the primary's when no replica is configured. Planning "per call" has pools of its own (a
 * setting of the connection: PostgreSQL has none per statement); behind a transaction pooler, which carries no session
 * settings, nothing is prepared anyway, so every statement is planned for its values on the usual pools.
 */
function poolFor(target: Target, planning: Planning): postgres.Sql {
  const env = serverEnv();
  const replicaUrl = target === "replica" ? env.DATABASE_REPLICA_URL : undefined;
  const all = pools();
  if (planning === "per call" && env.DATABASE_POOLER === "none") {
    const database: Target = replicaUrl ? "replica" : "primary";
    const options = postgresOptions(env, env.DATABASE_SEARCH_POOL_SIZE);
    all.perCall[database] ??= postgres(replicaUrl ?? env.DATABASE_URL, { ...options, connection: { ...options.connection, plan_cache_mode: "force_custom_plan" } });
    return all.perCall[database];
  }
  if (!replicaUrl) return sqlPool();
  all.replica ??= postgres(replicaUrl, postgresOptions(env));
  return all.replica;
}

/**
 * The connection live updates LISTEN on (lib/live/live-feed.ts): the primary pool's own listener, or a separate direct
 * connection (DATABASE_LISTEN_URL) when the pool goes through a transaction pooler, which cannot carry LISTEN.
 */
export function listenPool(): postgres.Sql {
  const env = serverEnv();
  if (!env.DATABASE_LISTEN_URL) return sqlPool();
  const all = pools();
  all.listen ??= postgres(env.DATABASE_LISTEN_URL, { ...postgresOptions({ ...env, DATABASE_POOLER: "none" }, 1), idle_timeout: undefined });
  return all.listen;
}

export const availability = (target: Target): Availability => pools().availability[target];

/** Queries under way on the postgres.js pools (the metrics' pool use). */
export const activeQueries = (): Record<Target, number> => ({ ...pools().active });

/**
 * Runs work on a pool: at once a DatabaseUnavailableError while that database is known to be down, and any failure to
 * connect marks it down (lib/db/availability.ts). A replica that is down sends its reads to the primary.
 */
export async function guarded<T>(target: Target, work: (sql: postgres.Sql) => Promise<T>, planning: Planning = "cached"): Promise<T> {
  const useReplica = target === "replica" && serverEnv().DATABASE_REPLICA_URL !== undefined && availability("replica").state.up;
  const chosen: Target = useReplica ? "replica" : "primary";
  try {
    return await run(chosen, work, () => poolFor(chosen, planning));
  } catch (error) {
    // The replica could not be reached: the primary answers, as it does while the replica is marked down.
    if (chosen === "replica" && !availability("replica").state.up) return run("primary", work, () => poolFor("primary", planning));
    throw error;
  }
}

/**
 * The same for a write that can wait on locks: an item write (behind the item's row and the workspace's ordering lock,
 * which an import holds for its whole transaction), an import, the background jobs' batches (outbox, due statuses,
 * emails, webhook deliveries), an API token's last-use stamp. It runs on connections of its own, so that writes
 * waiting there never hold every connection reads need: a request's session check and pages go on while a
 * workspace's writes queue (lib/db/sql-pool.integration-test.ts). Writes of a request on rows no other transaction
 * holds for long (rate counts, tracker visits, presence, the inbox) stay on the read pool.
 */
export async function guardedWrite<T>(work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  return run("primary", work, () => {
    const all = pools();
    all.writes ??= postgres(serverEnv().DATABASE_URL, postgresOptions(serverEnv()));
    return all.writes;
  });
}

async function run<T>(target: Target, work: (sql: postgres.Sql) => Promise<T>, pool: () => postgres.Sql): Promise<T> {
  const all = pools();
  availability(target).check();
  all.active[target] += 1;
  try {
    return await work(pool());
  } catch (error) {
    availability(target).observe(error);
    throw error;
  } finally {
    all.active[target] -= 1;
  }
}

/** Closes the pools, for scripts that end (the app server keeps them for its lifetime). */
export async function closeSqlPool(): Promise<void> {
  const all = globalForSql.sqlPools;
  if (!all) return;
  const open = [all.primary, all.writes, all.replica, all.listen, all.perCall.primary, all.perCall.replica].filter((pool): pool is postgres.Sql => pool !== undefined);
  all.primary = all.writes = all.replica = all.listen = undefined;
  all.perCall = {};
  await Promise.all(open.map((pool) => pool.end({ timeout: 5 })));
}

/** Runs work on one connection to another database (or as another role) than the app's, and closes it. */
export async function withConnection<T>(url: string, work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}
