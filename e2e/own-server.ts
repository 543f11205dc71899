import { spawn, type ChildProcess } from "node:child_process";
import { serverCommand } from "../scripts/server-command";

/** A server of the app on a database of its own, for tests that need an empty instance or change instance-wide state. */
export type OwnServer = { baseURL: string; databaseUrl: string; process: ChildProcess; stop: () => Promise<void> };

type Options = {
  /** A database the test made and drops itself (the outage test's own cluster); else a new scratch database here. */
  database?: { url: string; ownerUrl: string };
  /** Which of the ports after the two main test servers' (0, the default, is the first). */
  slot?: number;
};

/**
 * Starts the app as `npm start` runs it (scripts/server.ts on the production build; with E2E_IMAGE_DIR, as the image
 * runs it: `node server.mjs start` in that folder) on a new, migrated, empty
 * database on the test run's PostgreSQL (as the app's role), or on the database given, at a port after the two main
 * test servers'; mail goes to the run's catcher.
 */
export async function startOwnServer(env: Record<string, string> = {}, options: Options = {}): Promise<OwnServer> {
  const { scratchDatabase } = await import("../tests/scratch-database");
  const database = options.database ? { ...options.database, drop: async () => {} } : await scratchDatabase();
  const port = Number(process.env.E2E_PORT ?? 3100) + 2 + (options.slot ?? 0);
  const baseURL = `http://localhost:${port}`;
  // E2E_IMAGE_DIR (the folder `npm run build:image` lays out) starts the server as the container image does instead.
  const image = process.env.E2E_IMAGE_DIR;
  const [command, ...args] = serverCommand("start", image ? "image" : "repository");
  const server: ChildProcess = spawn(command, args, {
    cwd: image,
    env: { ...process.env, DATABASE_URL: database.url, DATABASE_OWNER_URL: database.ownerUrl, PORT: String(port), NEXTAUTH_URL: baseURL, ...env },
    // E2E_SERVER_LOGS=1 shows its JSON log lines (a crash's last words are logged there, at level "fatal").
    stdio: ["ignore", process.env.E2E_SERVER_LOGS ? "inherit" : "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  for (let tries = 0; ; tries++) {
    if (server.exitCode !== null) throw new Error("The test's own server exited before it answered");
    if (await fetch(`${baseURL}/api/health`).then((r) => r.ok, () => false)) break;
    if (tries > 600) throw new Error(`The test's own server did not answer on ${baseURL}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    baseURL,
    databaseUrl: database.url,
    process: server,
    stop: async () => {
      if (server.exitCode === null && server.signalCode === null) server.kill("SIGTERM");
      await exited;
      await database.drop();
    },
  };
}
