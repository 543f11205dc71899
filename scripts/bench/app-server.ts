import { spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import type { ProcessGroups } from "./process-groups";
import { serverCommand } from "../server-command";

export type AppServerOptions = {
  port: number;
  /** Run on core 0 (the load generator then runs on core 1). */
  pin: boolean;
  databaseUrl: string;
  /** NEXTAUTH_URL: the first process's address, which signs the benchmark's sessions. */
  authUrl: string;
  poolSize: string;
};

/** Runs `next build` when there is no production build to start. */
export function ensureProductionBuild(): void {
  if (existsSync(".next/BUILD_ID")) return;
  console.log("no production build: running next build");
  if (spawnSync("npx", ["next", "build"], { stdio: "inherit" }).status !== 0) throw new Error("next build failed");
}

/** A production server of the app on the benchmark's database, started in its own process group, once it answers. */
export async function startAppServer(servers: ProcessGroups, { port, pin, databaseUrl, authUrl, poolSize }: AppServerOptions): Promise<ChildProcess> {
  const base = `http://127.0.0.1:${port}`;
  if (await answers(`${base}/api/live`)) throw new Error(`Port ${port} is taken by another server: stop it or set BENCH_PORT.`);
  const env = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: authUrl,
    NEXTAUTH_SECRET: "bench-secret-0123456789abcdef",
    DATABASE_POOL_SIZE: poolSize,
    // Fifty connections as one person would hit the rate limit at once: the benchmark measures the app, not the limiter.
    RATE_LIMIT_PER_MINUTE: process.env.RATE_LIMIT_PER_MINUTE ?? "0",
    RATE_LIMIT_TOKEN_PER_MINUTE: process.env.RATE_LIMIT_TOKEN_PER_MINUTE ?? "0",
  };
  const server = serverCommand("start");
  const [command, ...args] = pin ? ["taskset", "-c", "0", ...server] : server;
  const child = servers.spawn(command as string, args, { env, stdio: ["ignore", "ignore", "inherit"] });
  await waitFor(`${base}/api/health`);
  return child;
}

export async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

export async function waitFor(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await answers(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server did not answer ${url} within ${timeoutMs / 1000} s`);
}
