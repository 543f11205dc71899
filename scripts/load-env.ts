// Loads .env.local then .env (if present) for the command-line scripts, as Next.js does for the app. Variables
// already set in the environment win.
import { existsSync } from "node:fs";

for (const file of [".env.local", ".env"]) {
  if (existsSync(file)) process.loadEnvFile(file);
}
