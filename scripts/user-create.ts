// `npm run user:create -- --email … --name … [--workspace "Name"] [--slug address] [--admin]`: makes an account from the
// command line. On an instance without accounts it is the first run, as the setup page does it: the first owner, an
// administrator, with their workspace (required then). Otherwise an account, an administrator with --admin, with a
// workspace of their own with --workspace. The password comes from USER_PASSWORD, or is asked for (not echoed), or is
// the first line of standard input.
import "./load-env";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { applyMigrations } from "../lib/db/migrate";
import { openDatabase } from "../lib/db/open-database";
import { zodFieldErrors } from "../lib/errors";
import { slugFrom } from "../lib/workspaces/slug-from";

const USAGE = 'Usage: npm run user:create -- --email ann@example.org --name "Ann Example" [--workspace "Trade desk"] [--slug trade-desk] [--admin]';

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, workspace: { type: "string" }, slug: { type: "string" }, admin: { type: "boolean", default: false } },
});
if (!values.email || !values.name) {
  console.error(USAGE);
  process.exit(2);
}

/** The password without echoing it when typed at a terminal; the first line of input otherwise. */
async function readPassword(): Promise<string> {
  if (process.env.USER_PASSWORD) return process.env.USER_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    process.stdout.write("Password (at least 12 characters): ");
    // Readline writes what is typed back to the terminal; for a password, nothing is.
    (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => undefined;
  }
  const line = await new Promise<string>((resolve) => rl.once("line", resolve).once("close", () => resolve("")));
  rl.close();
  if (process.stdin.isTTY) process.stdout.write("\n");
  return line;
}

const password = await readPassword();
const database = await openDatabase();
let code = 0;
try {
  await applyMigrations(database.ownerUrl);
  // The accounts are made as the app makes them, under the app's own role.
  process.env.DATABASE_URL = database.url;
  process.env.NEXTAUTH_SECRET ??= "unused-by-this-command-0000000000";
  const { createFirstOwner, needsFirstOwner } = await import("../lib/accounts/create-first-owner");
  const { createAccountAsOperator } = await import("../lib/accounts/create-account");
  const workspace = values.workspace ? { name: values.workspace, slug: values.slug ?? slugFrom(values.workspace) } : undefined;
  const person = { email: values.email, name: values.name, password };
  if (await needsFirstOwner()) {
    if (!workspace) throw new Error(`The first account owns the first workspace: add --workspace "Name".\n${USAGE}`);
    const created = await createFirstOwner({ ...person, workspace });
    console.log(`Created ${created.email}, the instance's administrator and owner of /w/${created.slug}. Sign in at ${process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`}/sign-in.`);
  } else {
    const created = await createAccountAsOperator({ ...person, administrator: values.admin, workspace });
    console.log(`Created ${created.email}${created.administrator ? ", an administrator" : ""}${created.slug ? `, owner of /w/${created.slug}` : ""}.`);
  }
} catch (error) {
  code = 1;
  if (error instanceof ZodError) {
    for (const [field, messages] of Object.entries(zodFieldErrors(error))) console.error(`${field}: ${messages.join(" ")}`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
} finally {
  const { disconnectDatabase } = await import("../lib/db");
  await disconnectDatabase();
  await database.stop();
}
process.exit(code);
