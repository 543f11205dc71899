// Runs a command against a fresh, migrated database (and drops it afterwards): `tsx scripts/with-test-db.ts [--seed] [--mail] cmd…`.
// The command gets DATABASE_URL (the app's role), DATABASE_OWNER_URL and, for tests that play an attacker with more
// power than the app, DATABASE_SUPERUSER_URL. --seed adds the demo workspace with DEMO_PASSWORD (default: a fixed test
// password), for the browser tests. --mail starts the development mail catcher for the run (SMTP_URL for the app,
// MAIL_CATCHER_URL to read what arrived).
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestDatabase } from "../lib/db/test-database";
import { commandEnv } from "../lib/env";
import { startDevMailCatcher, type MailCatcher } from "../lib/mail/dev-mail-catcher";

const flags = new Set<string>();
let args = process.argv.slice(2);
while (args[0] === "--seed" || args[0] === "--mail") {
  flags.add(args[0]);
  args = args.slice(1);
}
const command = args;
if (command.length === 0) {
  console.error("Usage: tsx scripts/with-test-db.ts [--seed] [--mail] <command> [args…]");
  process.exit(2);
}

const database = await createTestDatabase();
let mail: { catcher: MailCatcher; directory: string } | undefined;
let code = 1;
try {
  process.env.NEXTAUTH_SECRET ??= "test-secret-for-local-runs-only-0123456789";
  process.env.DEMO_PASSWORD ??= "demo-password-for-tests";
  if (flags.has("--mail")) {
    const directory = await mkdtemp(path.join(tmpdir(), "policy-tracker-mail-"));
    const { DEV_MAIL_SMTP_PORT, DEV_MAIL_WEB_PORT } = commandEnv();
    mail = { directory, catcher: await startDevMailCatcher({ smtpPort: DEV_MAIL_SMTP_PORT, webPort: DEV_MAIL_WEB_PORT, mailDirectory: directory }) };
    process.env.SMTP_URL = mail.catcher.smtpUrl;
    process.env.MAIL_CATCHER_URL = mail.catcher.webUrl;
  }
  if (flags.has("--seed")) {
    // As the owner: the demo's history is recorded at past times, which only the owner may do.
    process.env.DATABASE_URL = database.ownerUrl;
    const { seedDemo } = await import("../prisma/seed/seed-demo");
    await seedDemo({ password: process.env.DEMO_PASSWORD });
    const { disconnectDatabase } = await import("../lib/db");
    await disconnectDatabase();
  }
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_OWNER_URL = database.ownerUrl;
  process.env.DATABASE_SUPERUSER_URL = database.superuserUrl;
  const child = spawn(command[0] as string, command.slice(1), { stdio: "inherit", env: process.env });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  code = await new Promise<number>((resolve) => child.once("exit", (c) => resolve(c ?? 1)));
} finally {
  if (mail) {
    await mail.catcher.stop();
    await rm(mail.directory, { recursive: true, force: true });
  }
  await database.drop();
}
process.exit(code);
