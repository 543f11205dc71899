import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { Client } from "pg";
import { startOwnServer, type OwnServer } from "./own-server";

// Attacks on sign-in over real HTTP, against a server of its own (its limits are in its own database, so the other
// tests' sign-ins from this machine are not affected). Loopback has a whole /8 of addresses: a request sent from
// 127.0.0.2 reaches the server from 127.0.0.2, so attackers and victims can have addresses of their own.

test.describe.configure({ mode: "serial" });

const PASSWORD = "the victim's long password";
let server: OwnServer;
let sql: Client;

test.beforeAll(async () => {
  server = await startOwnServer();
  sql = new Client({ connectionString: server.databaseUrl });
  await sql.connect();
});

test.afterAll(async () => {
  await sql.end();
  await server.stop();
});

async function createAccount(email: string) {
  const { hashPassword } = await import("../lib/auth/password");
  await sql.query(`INSERT INTO "User" (id, email, name, "passwordHash") VALUES (gen_random_uuid(), $1, 'Victim', $2)`, [email, await hashPassword(PASSWORD)]);
}

type Answer = { status: number; body: string };

/** One HTTP request from a given local address (127.0.0.x), with the headers given (forged ones among them). */
function send(from: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer & { cookies: string[] }> {
  const url = new URL(path, server.baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port: url.port, path: url.pathname + url.search, method: options.method ?? "GET", headers: options.headers, localAddress: from },
      (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body, cookies: (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0] as string) }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** A sign-in through next-auth's credentials callback, as the form makes it; `forged` headers go with it. */
async function signIn(from: string, email: string, password: string, forged: Record<string, string> = {}): Promise<{ ok: boolean; message: string }> {
  const csrf = await send(from, "/api/auth/csrf", { headers: forged });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const answer = await send(from, "/api/auth/callback/credentials", {
    method: "POST",
    headers: { ...forged, "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  const url = (JSON.parse(answer.body) as { url: string }).url;
  return { ok: answer.status === 200, message: new URL(url).searchParams.get("error") ?? "" };
}

const countEvents = async (type: string, where = "TRUE", values: unknown[] = []) =>
  Number((await sql.query(`SELECT count(*) FROM "SecurityEvent" WHERE type = $1 AND ${where}`, [type, ...values])).rows[0].count);

test("sixty sign-ins at once check five passwords; a right one sent after them is refused", async () => {
  const email = "burst@attack.test";
  await createAccount(email);
  const results = await Promise.all(Array.from({ length: 60 }, (_, i) => signIn("127.0.0.2", email, `guess ${i}`)));
  const userId = (await sql.query(`SELECT id FROM "User" WHERE email = $1`, [email])).rows[0].id as string;
  expect(await countEvents("sign_in.failed", `"userId" = $2`, [userId])).toBe(5);
  expect(results.filter((r) => r.message === "Incorrect email or password.")).toHaveLength(5);
  expect(results.filter((r) => r.message.startsWith("Too many failed sign-in attempts for this account."))).toHaveLength(55);
  expect(await signIn("127.0.0.2", email, PASSWORD)).toMatchObject({ ok: false, message: expect.stringContaining("Too many failed sign-in attempts for this account") });
  // The owner of the account, elsewhere, is not locked out.
  expect(await signIn("127.0.0.3", email, PASSWORD)).toMatchObject({ ok: true });
});

test("forged X-Forwarded-For and X-Real-IP change nothing: the address is the connection's", async () => {
  // Thirty-five failures, each claiming another address: the per-address limit (thirty) still counts them as one
  // address's, so the last five are refused.
  const answers = [];
  for (let i = 0; i < 35; i++) {
    const forged = { "x-forwarded-for": `203.0.113.${i}, 10.0.0.1`, "x-real-ip": `198.51.100.${i}` };
    answers.push(await signIn("127.0.0.4", `nobody-${i}@attack.test`, "guess", forged));
  }
  expect(answers.filter((a) => a.message.startsWith("Too many failed sign-in attempts from your network")).length).toBe(5);
  const addresses = (await sql.query(`SELECT DISTINCT address FROM "SecurityEvent" WHERE email LIKE 'nobody-%@attack.test'`)).rows.map((r) => r.address);
  expect(addresses).toEqual(["127.0.0.4"]);

  // Claiming a victim's address does not lock the victim out.
  const victim = "spoofed@attack.test";
  await createAccount(victim);
  for (let i = 0; i < 6; i++) await signIn("127.0.0.5", victim, "guess", { "x-forwarded-for": "127.0.0.6", "x-real-ip": "127.0.0.6" });
  expect(await signIn("127.0.0.6", victim, PASSWORD)).toMatchObject({ ok: true });
  // And a forged stamp of the app's own server is not believed either.
  await signIn("127.0.0.7", "nobody@attack.test", "guess", { "x-policy-tracker-client": "127.0.0.99 forged" });
  expect((await sql.query(`SELECT address FROM "SecurityEvent" WHERE email = 'nobody@attack.test'`)).rows.map((r) => r.address)).toEqual(["127.0.0.7"]);
});

test("failures from many addresses cannot lock a named person out where they sign in; elsewhere they are pointed to a reset", async () => {
  const victim = "named@attack.test";
  await createAccount(victim);
  expect(await signIn("127.0.0.8", victim, PASSWORD)).toMatchObject({ ok: true });
  // Ten addresses, three failures each: thirty, the account-wide limit for addresses the victim never used.
  for (let a = 10; a < 20; a++) for (let i = 0; i < 3; i++) await signIn(`127.0.0.${a}`, victim, "guess");
  expect(await signIn("127.0.0.30", victim, PASSWORD)).toMatchObject({ ok: false, message: expect.stringMatching(/for this account\. Try again in 15 minutes, or reset your password by email/) });
  expect(await signIn("127.0.0.8", victim, PASSWORD)).toMatchObject({ ok: true });
});
