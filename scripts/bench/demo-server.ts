import { spawn, type ChildProcess } from "node:child_process";
import { createTestDatabase, type TestDatabase } from "../../lib/db/test-database";
import { serverCommand } from "../server-command";
import { ensureProductionBuild } from "./app-server";

export type DemoServer = { base: string; database: TestDatabase; server: ChildProcess; stop: () => Promise<void> };

/**
 * A production server (built first if need be) on a fresh database with the demo workspace, seeded as the owner (its
 * history is recorded at past times) and served as the app's role, for benchmarks that need a realistic small team.
 */
export async function startDemoServer(port: number, password: string): Promise<DemoServer> {
  ensureProductionBuild();
  const base = `http://127.0.0.1:${port}`;
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.ownerUrl;
  process.env.NEXTAUTH_SECRET ??= "bench-secret-0123456789abcdef";
  const { seedDemo } = await import("../../prisma/seed/seed-demo");
  await seedDemo({ password });
  const { disconnectDatabase } = await import("../../lib/db");
  await disconnectDatabase();
  const [command, ...args] = serverCommand("start");
  const server = spawn(command, args, {
    env: { ...process.env, DATABASE_URL: database.url, NEXTAUTH_URL: base, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  for (let i = 0; i < 240 && !(await fetch(`${base}/api/health`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 500));
  return {
    base,
    database,
    server,
    stop: async () => {
      if (server.pid) process.kill(-server.pid, "SIGTERM");
      await database.drop();
    },
  };
}
