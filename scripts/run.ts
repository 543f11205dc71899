// `npm run dev`, `npm run demo` and `npm start`: the database (embedded unless DATABASE_URL is set), migrations, seed,
// the mail catcher (dev and demo), then the app's server (development for dev; the production build for demo and start,
// demo building it first when it is missing or older than the sources), supervised: a server that crashes is started
// again (five times a minute at most, then everything stops with a message), an embedded PostgreSQL that stops is
// started again (or, restarted by someone else, used as it is), and Ctrl-C or SIGTERM stops the server, the mail
// catcher and PostgreSQL in that order, each within a bound, so shutdown never hangs. The server's JSON log lines are
// shown readably in development and demo.
import "./load-env";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { runningClusterPort } from "../lib/db/embedded-postgres";
import { historyProtection } from "../lib/db/history-protection";
import { applyMigrations } from "../lib/db/migrate";
import { openDatabase, type OpenDatabase } from "../lib/db/open-database";
import { rowsFrom } from "../lib/db/read-sql";
import { withConnection } from "../lib/db/sql-pool";
import { checkServerEnv, commandEnv, ConfigurationError, type CommandEnv } from "../lib/env";
import type { MailCatcher } from "../lib/mail/dev-mail-catcher";
import { startMailForRun } from "./run-mail";
import { serverCommand } from "./server-command";

const argument = process.argv[2];
if (argument !== "dev" && argument !== "demo" && argument !== "start") {
  console.error("Usage: tsx scripts/run.ts dev|demo|start");
  process.exit(2);
}
const mode: "dev" | "demo" | "start" = argument;
/** How Next.js serves: demo is a production server on this machine, with the conveniences of development. */
const serverMode = mode === "dev" ? "dev" : "start";

const say = (line: string) => console.log(`[policy-tracker] ${line}`);

/** Exit status of a server that cannot start as configured (scripts/server.ts): starting it again would not help. */
const EX_CONFIG = 78;
const RESTARTS = { server: 5, postgres: 3, mail: 3 };
const WINDOW_MS = 60_000;

let env: CommandEnv;
try {
  env = commandEnv();
  // A production start on a configured database may be one of several instances: they must share one session secret,
  // which a file made on this machine would not be.
  if (mode === "start" && env.DATABASE_URL && !env.NEXTAUTH_SECRET) {
    throw new ConfigurationError([
      "NEXTAUTH_SECRET: set it (32+ random characters) for npm start with DATABASE_URL: every instance must sign sessions with the same secret",
    ]);
  }
} catch (error) {
  if (!(error instanceof ConfigurationError)) throw error;
  console.error(error.message);
  process.exit(EX_CONFIG);
}

/** A value kept in DATA_DIR so it survives restarts (the session secret, the generated demo password). */
async function persisted(name: string, make: () => string): Promise<string> {
  const file = path.join(env.DATA_DIR, name);
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(env.DATA_DIR, { recursive: true });
  const value = make();
  await writeFile(file, value, { mode: 0o600 });
  return value;
}

/** What the production build is made from: a newer file here than the build means the build is out of date. */
const BUILD_INPUTS = ["app", "components", "lib", "messages", "prisma", "public", "next.config.ts", "package-lock.json", "proxy.ts", "instrumentation.ts"];

/** The newest modification time among files under `entry` (generated code left out), in milliseconds. */
async function newestChange(entry: string): Promise<number> {
  if (!existsSync(entry) || entry === path.join("lib", "generated")) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  const children = await readdir(entry);
  return Math.max(stat.mtimeMs, ...(await Promise.all(children.map((child) => newestChange(path.join(entry, child))))));
}

/** Whether the production build exists and is newer than every file it is made from. */
async function buildIsCurrent(): Promise<boolean> {
  if (!existsSync(".next/BUILD_ID")) return false;
  const built = statSync(".next/BUILD_ID").mtimeMs;
  return Math.max(...(await Promise.all(BUILD_INPUTS.map(newestChange)))) < built;
}

/** Whether `limit` restarts in the last minute have been used up; records this one otherwise. */
function restartAllowed(history: number[], limit: number): boolean {
  const now = Date.now();
  while (history.length && (history[0] as number) < now - WINDOW_MS) history.shift();
  if (history.length >= limit) return false;
  history.push(now);
  return true;
}

let database: OpenDatabase | undefined;
let server: ChildProcess | undefined;
let mail: MailCatcher | undefined;
let stopping = false;

/** Stops everything in order, each step bounded, and exits. */
async function shutdown(code: number, reason?: string) {
  if (stopping) return;
  stopping = true;
  if (reason) say(reason);
  // Whatever happens below, the process ends.
  setTimeout(() => process.exit(code), 40_000).unref();
  if (server && server.exitCode === null && server.signalCode === null) {
    const child = server;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(timer);
  }
  await mail?.stop();
  await database?.cluster?.stop();
  say("Stopped.");
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
process.on("SIGHUP", () => void shutdown(0));

/** Restarts the embedded PostgreSQL when it stops, unless someone else started it again on its folder. */
function supervisePostgres(db: OpenDatabase) {
  const cluster = db.cluster;
  if (!cluster) return;
  const restarts: number[] = [];
  cluster.onExit((code, signal) => {
    if (stopping) return;
    void (async () => {
      const other = await runningClusterPort(cluster.dataDir);
      if (other !== null) {
        say(`PostgreSQL was restarted outside npm run ${mode} (port ${other}): using it, and stopping it on exit.`);
        return;
      }
      if (!restartAllowed(restarts, RESTARTS.postgres)) {
        await shutdown(1, `PostgreSQL stopped (${signal ?? `exit ${code}`}) ${RESTARTS.postgres} times within a minute: stopping. See ${cluster.dataDir}.log.`);
        return;
      }
      say(`PostgreSQL stopped (${signal ?? `exit ${code}`}): starting it again. The app answers 503 until it is back.`);
      await cluster.start().catch((error: unknown) => shutdown(1, `PostgreSQL could not be started again: ${error instanceof Error ? error.message : String(error)}`));
    })();
  });
}

/** Restarts the mail catcher when it stops, on the same ports. */
function superviseMail(started: { catcher: MailCatcher; restart: () => Promise<MailCatcher> }) {
  const restarts: number[] = [];
  const watch = (catcher: MailCatcher) => {
    mail = catcher;
    void catcher.exited.then(async () => {
      if (stopping) return;
      if (!restartAllowed(restarts, RESTARTS.mail)) {
        say("The mail catcher stopped again: running without it (email the app sends is logged as failed).");
        return;
      }
      say("The mail catcher stopped: starting it again.");
      await started.restart().then(watch, (error: unknown) => say(`The mail catcher could not be started again: ${error instanceof Error ? error.message : String(error)}`));
    });
  };
  watch(started.catcher);
}

/** In development, the server's JSON log lines as one readable line each; in production, as they are. */
function showLogs(child: ChildProcess) {
  if (!child.stdout) return;
  if (mode === "start") return void child.stdout.pipe(process.stdout);
  createInterface({ input: child.stdout }).on("line", (line) => {
    try {
      const entry = JSON.parse(line) as Record<string, unknown> & { level?: string; msg?: string; time?: string };
      const time = String(entry.time ?? "").slice(11, 19);
      if (entry.msg === "request") {
        console.log(`${time} ${entry.method} ${entry.route} ${entry.status} ${entry.durationMs} ms`);
      } else {
        const err = entry.err as { type?: string; message?: string; stack?: string } | undefined;
        console.log(`${time} ${entry.level}: ${entry.msg}${err ? ` (${err.type}: ${err.message})${entry.level === "error" && err.stack ? `\n${err.stack}` : ""}` : ""}`);
      }
    } catch {
      console.log(line);
    }
  });
}

/** Starts the app's server, and again after a crash (with a pause), within the limit. */
function superviseServer(port: number) {
  const restarts: number[] = [];
  const start = () => {
    const [command, ...args] = serverCommand(serverMode);
    const child = spawn(command, args, {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, PORT: String(port) },
      // Its own process group: Ctrl-C reaches this supervisor, which stops the server first.
      detached: true,
    });
    server = child;
    showLogs(child);
    child.once("exit", (code, signal) => {
      if (stopping) return;
      const how = signal ?? `exit ${code}`;
      if (code === EX_CONFIG) return void shutdown(EX_CONFIG, "The server cannot start as configured (see above): stopping.");
      if (code === 0 && !signal) return void shutdown(0, "The server stopped.");
      if (!restartAllowed(restarts, RESTARTS.server)) {
        return void shutdown(1, `The server stopped (${how}) ${RESTARTS.server} times within a minute: stopping everything.`);
      }
      say(`The server stopped unexpectedly (${how}): starting it again.`);
      setTimeout(() => {
        if (!stopping) start();
      }, 1_000);
    });
  };
  start();
}

try {
  database = await openDatabase({ supervised: true });
  say(database.embedded ? `Embedded PostgreSQL is running (data in ${path.join(env.DATA_DIR, "postgres")}).` : "Using the database at DATABASE_URL.");
  supervisePostgres(database);
  const applied = await applyMigrations(database.ownerUrl);
  say(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");

  // Development, or a production trial on the embedded database: one machine, so a secret kept in a file will do.
  process.env.NEXTAUTH_SECRET ??= await persisted("auth-secret", () => randomBytes(32).toString("base64url"));
  const port = env.PORT;
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  const startedMail = await startMailForRun(mode === "start" ? "start" : "dev", say);
  if (startedMail) superviseMail(startedMail);

  // Demo accounts only on the embedded default or when asked for in development: never silently in a configured
  // database, and never by a production start on one.
  // How to sign in to the demo workspace, said last (after a first build's output).
  let demoAccounts: string | undefined;
  if (!database.embedded && mode === "start" && env.SEED_DEMO) say("SEED_DEMO is ignored by npm start on a configured database: run npm run db:seed to add the demo.");
  if (database.embedded || (mode !== "start" && env.SEED_DEMO)) {
    // As the owner: the demo's history is recorded at past times, which only the owner may do.
    process.env.DATABASE_URL = database.ownerUrl;
    const { seedDemo, DEMO_ACCOUNTS } = await import("../prisma/seed/seed-demo");
    const password = env.DEMO_PASSWORD ?? (database.embedded ? await persisted("demo-password", () => randomBytes(9).toString("base64url")) : undefined);
    const result = await seedDemo({ password });
    const emails = DEMO_ACCOUNTS.map((a) => a.email).join(", ");
    if (result.created) say("Seeded the demo workspace.");
    const shown = result.created ? result.password : env.DEMO_PASSWORD ? undefined : password;
    const how = shown ? `with password: ${shown}` : env.DEMO_PASSWORD ? "with the password in DEMO_PASSWORD" : "with the password printed when the demo was seeded";
    demoAccounts = `Sign in as ${emails} ${how}`;
  }

  // The app itself connects as its own role, which cannot rewrite the history (docs/decisions/010).
  process.env.DATABASE_URL = database.url;
  // Every setting the server will read, checked now, so that a wrong one stops here with its name.
  checkServerEnv({ ...process.env, PORT: String(port) });
  const { needsFirstOwner } = await import("../lib/accounts/create-first-owner");
  if (await needsFirstOwner()) say(`No accounts yet: open ${process.env.NEXTAUTH_URL}/setup to create the first owner, or run npm run user:create.`);
  const { disconnectDatabase } = await import("../lib/db");
  await disconnectDatabase();
  const protection = await withConnection(database.url, (sql) => historyProtection(rowsFrom(sql)));
  if (protection.canRewrite) {
    say(`WARNING: the app connects as ${protection.role}, which can change or delete history records. Give it its own role (README, "Database roles").`);
  }
  if ((mode === "start" && !existsSync(".next/BUILD_ID")) || (mode === "demo" && !(await buildIsCurrent()))) {
    say(existsSync(".next/BUILD_ID") ? "The production build is older than the sources: running next build." : "No production build yet: running next build (a minute or two, once).");
    const build = spawn("npx", ["next", "build"], { stdio: "inherit", env: process.env });
    const code = await new Promise<number>((resolve) => build.once("exit", (c) => resolve(c ?? 1)));
    if (code !== 0) await shutdown(code, "The build failed.");
  }
  if (!stopping) {
    // Last, after a first start's build output, so that a new user sees how to sign in.
    if (demoAccounts) say(demoAccounts);
    say(`Open ${process.env.NEXTAUTH_URL}`);
    superviseServer(port);
  }
} catch (error) {
  if (error instanceof ConfigurationError) await shutdown(EX_CONFIG, error.message);
  console.error(error);
  await shutdown(1);
}
