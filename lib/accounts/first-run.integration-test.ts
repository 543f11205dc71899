import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scratchDatabase, type ScratchDatabase } from "@/tests/scratch-database";

// The first run needs a database without accounts, which the shared test database is not: this file makes its own,
// before anything in it opens a connection (each test file has its own modules, so its own pools).
let database: ScratchDatabase;
let original: string | undefined;

beforeAll(async () => {
  original = process.env.DATABASE_URL;
  database = await scratchDatabase();
  process.env.DATABASE_URL = database.url;
});

afterAll(async () => {
  const { disconnectDatabase } = await import("@/lib/db");
  await disconnectDatabase();
  process.env.DATABASE_URL = original;
  await database.drop();
});

const owner = (n: number) => ({
  name: `First owner ${n}`,
  email: `first-${n}@example.test`,
  password: "a long enough password",
  workspace: { name: `Team ${n}`, slug: `team-${n}` },
});

describe("the first run", () => {
  it("creates exactly one first owner, administrator of the instance, with their workspace, when two race", async () => {
    const { createFirstOwner, needsFirstOwner, ALREADY_SET_UP } = await import("./create-first-owner");
    const { db } = await import("@/lib/db");
    expect(await needsFirstOwner()).toBe(true);

    const results = await Promise.allSettled([1, 2, 3].map((n) => createFirstOwner(owner(n), { address: "192.0.2.1", userAgent: "vitest" })));
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason))).toEqual([
      expect.stringContaining(ALREADY_SET_UP),
      expect.stringContaining(ALREADY_SET_UP),
    ]);
    expect(await needsFirstOwner()).toBe(false);

    const users = await db.user.findMany({ select: { id: true, email: true, isAdmin: true, memberships: { select: { role: true, workspace: { select: { slug: true } } } } } });
    expect(users).toHaveLength(1);
    const [first] = users;
    expect(first).toMatchObject({ isAdmin: true, memberships: [{ role: "owner" }] });
    const { slug } = (won[0] as PromiseFulfilledResult<{ slug: string }>).value;
    expect(first?.memberships[0]?.workspace.slug).toBe(slug);
    expect(await db.changeRecord.count({ where: { type: "workspace.created", actorId: first?.id } })).toBe(1);
    expect(await db.securityEvent.findFirst({ where: { type: "account.created", userId: first?.id }, select: { address: true, details: true } })).toEqual({
      address: "192.0.2.1",
      details: { via: "setup", administrator: true },
    });

    // Later, setup is refused to anyone; bad input still names its fields first.
    await expect(createFirstOwner(owner(4))).rejects.toMatchObject({ kind: "conflict", message: ALREADY_SET_UP });
    await expect(createFirstOwner({ ...owner(5), password: "short", workspace: { name: "", slug: "Not a slug" } })).rejects.toMatchObject({
      issues: expect.arrayContaining([expect.objectContaining({ path: ["password"] }), expect.objectContaining({ path: ["workspace", "slug"] })]),
    });
  });
});
