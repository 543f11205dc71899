// Runs `prisma generate` offline. Prisma's CLI tries to download its native schema engine before any command; generate
// does not use it, so pointing PRISMA_SCHEMA_ENGINE_BINARY at an existing file skips the download (docs/decisions/002).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

if (!existsSync(new URL("../prisma/schema.prisma", import.meta.url))) process.exit(0);
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(new URL("../package.json", import.meta.url));
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
