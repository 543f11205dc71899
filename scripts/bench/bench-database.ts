import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/db/embedded-postgres";

export const BENCH_SLUG = "bench";
export const BENCH_PASSWORD = process.env.BENCH_PASSWORD ?? "bench-password";
export const BENCH_ACCOUNTS = { owner: "owner@bench.test", analyst: "analyst@bench.test", viewer: "viewer@bench.test" } as const;

/**
 * The benchmark's database: BENCH_DATABASE_URL (and BENCH_DATABASE_OWNER_URL) when set, otherwise an embedded cluster in .data/bench-postgres (kept
 * apart from the development data, and started with settings for a bulk load and a read-heavy run).
 */
export async function openBenchDatabase(): Promise<Omit<EmbeddedDatabase, "cluster">> {
  const configured = process.env.BENCH_DATABASE_URL;
  if (configured) {
    const owner = process.env.BENCH_DATABASE_OWNER_URL || configured;
    return { url: configured, ownerUrl: owner, superuserUrl: owner, stop: async () => {} };
  }
  return startEmbeddedPostgres({
    dataDir: ".data/bench-postgres",
    databaseName: "policy_tracker_bench",
    port: Number(process.env.BENCH_PG_PORT ?? 54339),
    settings: { shared_buffers: "2GB", effective_cache_size: "8GB", maintenance_work_mem: "1GB", work_mem: "32MB", max_wal_size: "4GB" },
  });
}
