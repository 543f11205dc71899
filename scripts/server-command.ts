/**
 * Node's flags for the app's server (docs/decisions/033). A rendered page allocates several MB that die young; with
 * V8's default 16 MB semi-spaces much of it outlives a scavenge, is copied into the old generation and collected there.
 * 64 MB semi-spaces cost the item page about a sixth less server CPU, for about 100 MB more heap ceiling. V8 reads the
 * flag only as it starts, so every way of starting the server passes it: `serverCommand` here, and the container
 * image's `CMD` (checked against this list by scripts/server-command.test.ts).
 */
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=64"] as const;

/**
 * The command that starts the app's server: scripts/server.ts from the repository (npm start and dev, the browser
 * tests, the benchmarks), or its bundle server.mjs in the folder `npm run build:image` lays out, as the image runs it.
 */
export function serverCommand(mode: "dev" | "start", from: "repository" | "image" = "repository"): [string, ...string[]] {
  const script = from === "image" ? ["server.mjs"] : ["--import", "tsx", "scripts/server.ts"];
  return [process.execPath, ...SERVER_NODE_FLAGS, ...script, mode];
}
