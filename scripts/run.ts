// `npm run dev` and `npm start`: the database (embedded unless DATABASE_URL is set), migrations, seed, then Next.js.
import "./load-env";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { historyProtection } from "../lib/db/history-protection";
import { applyMigrations } from "../lib/db/migrate";
import { rowsFrom } from "../lib/db/read-sql";
import { withConnection } from "../lib/db/sql-pool";
import { openDatabase } from "../lib/db/open-database";
import { startMailForRun } from "./run-mail";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("Usage: tsx scripts/run.ts dev|start");
  process.exit(2);
}

/** A value kept in .data/ so it survives restarts (the session secret, the generated demo password). */
async function persisted(name: string, make: () => string): Promise<string> {
  const file = `.data/${name}`;
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(".data", { recursive: true });
  const value = make();
  await writeFile(file, value, { mode: 0o600 });
  return value;
}

const say = (line: string) => console.log(`[policy-tracker] ${line}`);

const database = await openDatabase();
say(database.embedded ? "Embedded PostgreSQL is running (data in .data/postgres)." : "Using the database at DATABASE_URL.");
let child: ChildProcess | undefined;
let stopMail = async () => {};
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (child && child.exitCode === null) {
    child.kill("SIGTERM");
    await new Promise((resolve) => child?.once("exit", resolve));
  }
  await stopMail();
  await database.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  const applied = await applyMigrations(database.ownerUrl);
  say(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");

  process.env.NEXTAUTH_SECRET ??= await persisted("auth-secret", () => randomBytes(32).toString("base64url"));
  const port = process.env.PORT ?? "3000";
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  stopMail = await startMailForRun(mode, say);

  // Demo accounts only on the embedded default or when asked for in development: never silently in a configured
  // database, and never by a production start on one.
  if (!database.embedded && mode === "start" && process.env.SEED_DEMO === "true") say("SEED_DEMO is ignored by npm start on a configured database: run npm run db:seed to add the demo.");
  if (database.embedded || (mode === "dev" && process.env.SEED_DEMO === "true")) {
    // As the owner: the demo's history is recorded at past times, which only the owner may do.
    process.env.DATABASE_URL = database.ownerUrl;
    const { seedDemo, DEMO_ACCOUNTS } = await import("../prisma/seed/seed-demo");
    const password =
      process.env.DEMO_PASSWORD ?? (database.embedded ? await persisted("demo-password", () => randomBytes(9).toString("base64url")) : undefined);
    const result = await seedDemo({ password });
    const emails = DEMO_ACCOUNTS.map((a) => a.email).join(", ");
    if (result.created) say(`Seeded the demo workspace. Sign in as ${emails} with password: ${result.password}`);
    else say(`Demo accounts: ${emails}${process.env.DEMO_PASSWORD ? " (password: DEMO_PASSWORD)" : database.embedded ? ` (password: ${password})` : ""}`);
  }

  // The app itself connects as its own role, which cannot rewrite the history (docs/decisions/010).
  process.env.DATABASE_URL = database.url;
  const { needsFirstOwner } = await import("../lib/accounts/create-first-owner");
  if (await needsFirstOwner()) say(`No accounts yet: open ${process.env.NEXTAUTH_URL}/setup to create the first owner, or run npm run user:create.`);
  const { disconnectDatabase } = await import("../lib/db");
  await disconnectDatabase();
  const protection = await withConnection(database.url, (sql) => historyProtection(rowsFrom(sql)));
  if (protection.canRewrite) {
    say(`WARNING: the app connects as ${protection.role}, which can change or delete history records. Give it its own role (README, "Database roles").`);
  }
  if (mode === "start" && !existsSync(".next/BUILD_ID")) {
    say("No production build yet: running next build.");
    const build = spawn("npx", ["next", "build"], { stdio: "inherit", env: process.env });
    const code = await new Promise<number>((resolve) => build.once("exit", (c) => resolve(c ?? 1)));
    if (code !== 0) await shutdown(code);
  }
  say(`Open ${process.env.NEXTAUTH_URL}`);
  child = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts", mode], { stdio: "inherit", env: { ...process.env, PORT: port } });
  child.once("exit", (code) => void shutdown(code ?? 0));
} catch (error) {
  console.error(error);
  await shutdown(1);
}
