import { describe, expect, it } from "vitest";
import * as itemRoute from "@/app/api/v1/workspaces/[slug]/items/route";
import { actorForSession, openSession, revokeSession } from "@/lib/auth/sessions";
import { sqlPool } from "@/lib/db/sql-pool";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { createTeam, unique } from "@/tests/factories";
import { callRoute } from "@/tests/route-call";
import { takeRequest, takeRequestSql } from "./rate-limit";
import { JSON_BODY_LIMIT } from "./request-body";

/** A request body that counts what was read of it, and would go on for ever. */
function endlessBody() {
  const read = { bytes: 0 };
  const chunk = new Uint8Array(64 * 1024).fill(32);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      read.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, read };
}

describe("request size", () => {
  it("refuses a declared size over the limit with 413 before reading a byte of the body", async () => {
    const team = await createTeam();
    const { token } = await createApiToken(team.analyst, team.slug, { name: "Big", scope: "write" });
    const { stream, read } = endlessBody();
    const request = new Request(`http://localhost/api/v1/workspaces/${team.slug}/items`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "content-length": String(10 * 1024 * 1024) },
      body: stream,
      duplex: "half",
    } as RequestInit);
    const response = await itemRoute.POST(request, { params: Promise.resolve({ slug: team.slug }) });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("too_large");
    // The stream's first pull happens when the Request is made (a stream starts pulling at once); nothing more.
    expect(read.bytes).toBeLessThanOrEqual(64 * 1024);
  });

  it("stops reading a body sent without a length once it passes the limit", async () => {
    const team = await createTeam();
    const { token } = await createApiToken(team.analyst, team.slug, { name: "Chunked", scope: "write" });
    const { stream, read } = endlessBody();
    const request = new Request(`http://localhost/api/v1/workspaces/${team.slug}/items`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    const response = await itemRoute.POST(request, { params: Promise.resolve({ slug: team.slug }) });
    expect(response.status).toBe(413);
    expect(read.bytes).toBeLessThan(JSON_BODY_LIMIT + 4 * 64 * 1024);
  });
});

describe("rate limits", () => {
  it("allows a minute's allowance at once, then refuses with the seconds to wait", async () => {
    const key = unique("rate");
    for (let i = 0; i < 3; i++) await takeRequest([{ key, perMinute: 3 }]);
    await expect(takeRequest([{ key, perMinute: 3 }])).rejects.toMatchObject({ kind: "rate_limited", details: { retryAfterSeconds: 20 } });
  });

  it("takes exactly a minute's allowance in one instant, whether or not its interval is a whole number of milliseconds", async () => {
    // In one transaction now() stands still. Arrival times stored to the millisecond drifted with every request (599 a
    // minute let 594 or 600 through), and an interval rounded to the microsecond refused the last (599 let 598).
    for (const perMinute of [3, 7, 599]) {
      for (let i = 0; i < 5; i++) {
        const key = unique("instant");
        const waits = await sqlPool().begin(async (tx) => {
          const statement = takeRequestSql([{ key, perMinute }]);
          const taken: unknown[] = [];
          for (let n = 0; n <= perMinute; n++) taken.push((await tx.unsafe(statement.text, statement.values as never[]))[0]?.retryAfter);
          return taken;
        });
        expect(waits.slice(0, perMinute).every((wait) => wait === null), `${perMinute} a minute: the allowance`).toBe(true);
        expect(waits[perMinute], `${perMinute} a minute: one more`).toBe(Math.ceil(60 / perMinute));
      }
    }
  });

  it("lets exactly the allowance through when requests race, across connections", async () => {
    const key = unique("race");
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => takeRequest([{ key, perMinute: 5 }])));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(7);
  });

  it("counts a session's API requests in the statement that looks the session up, exactly when they race", async () => {
    const team = await createTeam();
    const sql = sqlPool();
    const sessionId = await openSession(team.analyst.userId, { address: "192.0.2.1", userAgent: "test" });
    const [user] = await sql<{ sessionVersion: number }[]>`SELECT "sessionVersion" FROM "User" WHERE id = ${team.analyst.userId}`;
    const version = user?.sessionVersion ?? -1;
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => actorForSession(sessionId, version, { perMinute: 5 })));
    expect(results.filter((r) => r.status === "fulfilled" && r.value?.userId === team.analyst.userId)).toHaveLength(5);
    const refused = results.filter((r) => r.status === "rejected").map((r) => r.reason as unknown);
    expect(refused).toHaveLength(7);
    for (const error of refused) expect(error).toMatchObject({ kind: "rate_limited", details: { retryAfterSeconds: expect.any(Number) as number } });
    // Once the racers are done, the wait is read from the row: the allowance is a minute ahead, up to one interval to wait.
    const after = await actorForSession(sessionId, version, { perMinute: 5 }).catch((error: unknown) => error as { kind: string; details: { retryAfterSeconds: number } });
    expect(after).toMatchObject({ kind: "rate_limited" });
    expect((after as { details: { retryAfterSeconds: number } }).details.retryAfterSeconds).toBeGreaterThan(6);
    expect((after as { details: { retryAfterSeconds: number } }).details.retryAfterSeconds).toBeLessThanOrEqual(12);
    // Without a limit (pages), the lookup counts nothing; a session that is not valid counts nothing either.
    const other = await createTeam();
    expect(await actorForSession(sessionId, version)).toMatchObject({ userId: team.analyst.userId });
    const stranger = await openSession(other.analyst.userId, { address: "192.0.2.1", userAgent: "test" });
    await revokeSession(stranger);
    expect(await actorForSession(stranger, 0, { perMinute: 5 })).toBeNull();
    const counted = await sql`SELECT 1 FROM "RateLimit" WHERE key = ${`person:${other.analyst.userId}`}`;
    expect(counted).toHaveLength(0);
  });

  it("counts a token's requests against the token and its owner, answering 429 with Retry-After", async () => {
    const team = await createTeam();
    const { token, id } = await createApiToken(team.analyst, team.slug, { name: "Busy", scope: "read" });
    // Spend the token's allowance (300 a minute by default) directly, then ask through the API.
    const sql = sqlPool();
    await sql`INSERT INTO "RateLimit" (key, tat) VALUES (${`token:${id}`}, now() + interval '60 seconds')`;
    const answer = await callRoute(itemRoute.GET, { slug: team.slug }, { url: `/api/v1/workspaces/${team.slug}/items`, token });
    expect(answer.status).toBe(429);
    expect(Number(answer.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(answer.json.error?.code).toBe("rate_limited");
    // The person is counted too: their allowance moved on by this request.
    const [person] = await sql<{ tat: Date }[]>`SELECT tat FROM "RateLimit" WHERE key = ${`person:${team.analyst.userId}`}`;
    expect(person?.tat.getTime()).toBeGreaterThan(Date.now());
  });
});
