// The app's HTTP server, `tsx scripts/server.ts dev|start [--migrate]` (run by `npm run dev` and `npm start`, the browser
// tests and the benchmarks; bundled as server.mjs into the container image, scripts/build-image.ts): Next.js behind one
// step that stamps every request with its client address, taken from the connection (or from X-Forwarded-For when the
// connection is a proxy TRUST_PROXY names, docs/decisions/014), gives it a request id, logs it and measures it
// (docs/decisions/018), and reads a path segment that does not decode literally (lib/http/decodable-path.ts).
// `--migrate` applies pending migrations first, as DATABASE_OWNER_URL, under the lock instances starting together queue
// on. The server listens on HOST (127.0.0.1 unless set; the image sets 0.0.0.0) and PORT.
import "./load-env";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { disconnectDatabase } from "../lib/db";
import { ConfigurationError, serverEnv } from "../lib/env";
import { clientAddressStamper } from "../lib/http/client-address";
import { withDecodablePath } from "../lib/http/decodable-path";
import { formatAbortReasons } from "../lib/observability/abort-reasons";
import { logger } from "../lib/observability/logger";
import { routeMatcher } from "../lib/observability/route-pattern";
import { runShutdownHooks } from "../lib/observability/shutdown";
import { serveRequests } from "../lib/observability/serve-requests";

const [mode, ...flags] = process.argv.slice(2);
if ((mode !== "dev" && mode !== "start") || flags.some((flag) => flag !== "--migrate")) {
  console.error("Usage: server dev|start [--migrate]");
  process.exit(2);
}
const dev = mode === "dev";
// As `next start` does; before Next.js and React load, since they pick their production builds by it.
if (!dev) Object.assign(process.env, { NODE_ENV: "production" });

const log = logger();
let env: ReturnType<typeof serverEnv>;
try {
  env = serverEnv();
} catch (error) {
  if (!(error instanceof ConfigurationError)) throw error;
  console.error(error.message);
  process.exit(78); // EX_CONFIG: a supervisor should not restart a server that cannot start as configured
}
process.on("uncaughtException", (error) => {
  log.fatal({ err: error }, "uncaught exception: the server stops");
  process.exit(1);
});
process.on("unhandledRejection", (error) => log.error({ err: error }, "unhandled promise rejection"));

if (flags.includes("--migrate")) {
  const { applyMigrations } = await import("../lib/db/migrate");
  const applied = await applyMigrations(env.DATABASE_OWNER_URL ?? env.DATABASE_URL);
  log.info({ applied }, applied.length ? "migrations applied" : "database schema is up to date");
}

const dir = process.cwd();
if (!dev) {
  // The configuration the build was made with, as the standalone output's own server.js passes it: the image holds no
  // next.config.ts, and the repository's production start then reads the same settings.
  const serverFiles = path.join(dir, ".next", "required-server-files.json");
  if (!existsSync(serverFiles)) {
    console.error("No production build: run `npm run build` first.");
    process.exit(78);
  }
  const { config } = JSON.parse(readFileSync(serverFiles, "utf8")) as { config: unknown };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
}

const stamp = clientAddressStamper(env.TRUST_PROXY, env.NEXTAUTH_SECRET);
formatAbortReasons();
const { default: next } = await import("next");
const app = next({ dev, dir, hostname: env.HOST, port: env.PORT });
await app.prepare();
const handle = app.getRequestHandler();
const upgrade = app.getUpgradeHandler();
const serve = serveRequests(
  (request, response) => {
    stamp(request);
    if (request.url) request.url = withDecodablePath(request.url);
    return handle(request, response);
  },
  { trustProxy: env.TRUST_PROXY, routeOf: routeMatcher(dir) },
);

// Requests being answered, but not streams that stay open (live updates), which shutdown ends rather than waits for.
let answering = 0;
const server = createServer((request, response) => {
  answering += 1;
  let counted = true;
  const done = () => {
    if (counted) answering -= 1;
    counted = false;
  };
  response.once("close", done);
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => typeof response;
  response.writeHead = ((...args: unknown[]) => {
    const result = writeHead(...args);
    if (String(response.getHeader("content-type") ?? "").startsWith("text/event-stream")) done();
    return result;
  }) as typeof response.writeHead;
  serve(request, response);
});
// WebSocket upgrades: the development server's hot reload.
server.on("upgrade", (request, socket, head) => {
  stamp(request);
  void upgrade(request, socket, head);
});
server.listen(env.PORT, env.HOST, () => log.info({ host: env.HOST, port: env.PORT, mode }, `Next.js ${dev ? "development" : "production"} server listening on http://${env.HOST}:${env.PORT}`));

let stopping = false;
function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal, answering }, "stopping: finishing the requests under way");
  // No new connections; idle keep-alive connections close now; requests under way finish (for up to 10 s); open
  // streams are cut, and their browsers reconnect to another instance, resuming where they were.
  server.close();
  server.closeIdleConnections();
  const deadline = Date.now() + 10_000;
  const wait = setInterval(() => {
    if (answering > 0 && Date.now() < deadline) return;
    clearInterval(wait);
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
    void Promise.allSettled([app.close(), runShutdownHooks(), disconnectDatabase()]).finally(() => process.exit(0));
  }, 50);
}
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
