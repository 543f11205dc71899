// The app's HTTP server, `tsx scripts/server.ts dev|start` (run by `npm run dev` and `npm start`, the browser tests and
// the benchmarks): Next.js behind one step that stamps every request with its client address, taken from the
// connection (or from X-Forwarded-For when the connection is a proxy TRUST_PROXY names). See docs/decisions/014.
import "./load-env";
import { createServer } from "node:http";
import { serverEnv } from "../lib/env";
import { clientAddressStamper } from "../lib/http/client-address";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("Usage: tsx scripts/server.ts dev|start");
  process.exit(2);
}
const dev = mode === "dev";
// As `next start` does; before Next.js and React load, since they pick their production builds by it.
if (!dev) Object.assign(process.env, { NODE_ENV: "production" });

const env = serverEnv();
const stamp = clientAddressStamper(env.TRUST_PROXY, env.NEXTAUTH_SECRET);
const port = Number(process.env.PORT ?? 3000);

const { default: next } = await import("next");
const app = next({ dev, port });
await app.prepare();
const handle = app.getRequestHandler();
const upgrade = app.getUpgradeHandler();

const server = createServer((request, response) => {
  stamp(request);
  void handle(request, response);
});
// WebSocket upgrades: the development server's hot reload.
server.on("upgrade", (request, socket, head) => {
  stamp(request);
  void upgrade(request, socket, head);
});
server.listen(port, () => console.log(`[policy-tracker] Next.js ${dev ? "development" : "production"} server listening on port ${port}`));

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  // Requests under way finish (for up to 10 s); idle keep-alive connections close now rather than holding the exit.
  server.close(() => void app.close().finally(() => process.exit(0)));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
