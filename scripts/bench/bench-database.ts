import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/db/embedded-postgres";

export const BENCH_SLUG = "bench";
export const BENCH_PASSWORD = process.env.BENCH_PASSWORD ?? "bench-password";
export const BENCH_ACCOUNTS = { owner: "owner@bench.test", analyst: "analyst@bench.test", viewer: "viewer@bench.test" } as const;

/** How big a benchmark workspace is: items, with ten change records and a tenth of a source per item. */
export type BenchSize = { label: string; items: number; changes: number; sources: number };

/**
 * The size asked for: the first argument or BENCH_SIZE, as a count of items ("10k", "100k", "1m", "25000"); 100k by
 * default. BENCH_CHANGES and BENCH_SOURCES override the proportions.
 */
export function benchSize(argument = process.argv[2] ?? process.env.BENCH_SIZE ?? "100k"): BenchSize {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(argument.trim());
  if (!match) throw new Error(`Not a benchmark size: "${argument}" (say 10k, 100k, 1m or a number of items)`);
  const items = Math.round(Number(match[1]) * { "": 1, k: 1_000, m: 1_000_000 }[(match[2] ?? "").toLowerCase() as "" | "k" | "m"]);
  if (items < 1_000) throw new Error("A benchmark workspace has at least 1,000 items (one of them with 1,000 changes)");
  const label = items % 1_000_000 === 0 ? `${items / 1_000_000}m` : items % 1_000 === 0 ? `${items / 1_000}k` : String(items);
  return {
    label,
    items,
    changes: Number(process.env.BENCH_CHANGES ?? items * 10),
    sources: Number(process.env.BENCH_SOURCES ?? Math.max(1_000, Math.round(items / 10))),
  };
}

/**
 * The benchmark's database: BENCH_DATABASE_URL (and BENCH_DATABASE_OWNER_URL) when set, otherwise an embedded cluster
 * per size in .data/bench-<size> (kept apart from the development data, and started with settings for a bulk load and
 * a read-heavy run).
 */
export async function openBenchDatabase(size: BenchSize): Promise<Omit<EmbeddedDatabase, "cluster">> {
  const configured = process.env.BENCH_DATABASE_URL;
  if (configured) {
    const owner = process.env.BENCH_DATABASE_OWNER_URL || configured;
    return { url: configured, ownerUrl: owner, superuserUrl: owner, stop: async () => {} };
  }
  return startEmbeddedPostgres({
    dataDir: benchDataDir(size),
    databaseName: "policy_tracker_bench",
    port: Number(process.env.BENCH_PG_PORT ?? 54339),
    settings: { shared_buffers: "2GB", effective_cache_size: "8GB", maintenance_work_mem: "1GB", work_mem: "32MB", max_wal_size: "4GB" },
  });
}

export const benchDataDir = (size: BenchSize) => `.data/bench-${size.label}`;

/** Written by bench:seed beside the data: how long generating it took, for the growth table. */
export const seedRecordFile = (size: BenchSize) => `${benchDataDir(size)}.seed.json`;
