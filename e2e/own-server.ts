import { spawn, type ChildProcess } from "node:child_process";

/** A server of the app on a database of its own, for tests that need an empty instance or change instance-wide state. */
export type OwnServer = { baseURL: string; databaseUrl: string; stop: () => Promise<void> };

/**
 * Starts the app as `npm start` runs it (scripts/server.ts on the production build) on a new, migrated, empty
 * database on the test run's PostgreSQL (as the app's role), at the port after the two main test servers'; mail goes to
 * the run's catcher.
 */
export async function startOwnServer(env: Record<string, string> = {}): Promise<OwnServer> {
  const { scratchDatabase } = await import("../tests/scratch-database");
  const database = await scratchDatabase();
  const port = Number(process.env.E2E_PORT ?? 3100) + 2;
  const baseURL = `http://localhost:${port}`;
  const server: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts", "start"], {
    env: { ...process.env, DATABASE_URL: database.url, PORT: String(port), NEXTAUTH_URL: baseURL, ...env },
    stdio: ["ignore", "ignore", "inherit"],
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
    stop: async () => {
      server.kill("SIGTERM");
      await exited;
      await database.drop();
    },
  };
}
