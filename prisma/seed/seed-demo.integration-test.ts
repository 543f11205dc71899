import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyHistory } from "@/lib/history/verify-history";
import { wordsFor } from "@/lib/i18n/words";

const { partialDate: formatPartialDate } = wordsFor("en");
import { readSourceFile } from "./source-file";
import { AP, SEOUL } from "./demo-items";
import { DEMO_SLUG } from "./seed-demo";

/** `npm run db:seed`, as an operator runs it: as the owner role, which alone may record the demo's past. */
const seed = () =>
  promisify(execFile)("npx", ["tsx", "scripts/db-seed.ts"], { env: { ...process.env, DEMO_PASSWORD: "seed-test-password" } }).then((r) => r.stdout);

async function itemByTitle(title: string) {
  return db.trackedItem.findFirstOrThrow({
    where: { title, workspace: { slug: DEMO_SLUG } },
    include: { statusEvents: { orderBy: { effectiveOn: "asc" }, include: { citations: { include: { source: true } } } } },
  });
}

describe("the demo seed", () => {
  it("creates the workspace, accounts, sources and items once, and nothing on a second run", async () => {
    expect(await seed()).toMatch(/Seeded the demo workspace/);
    expect(await seed()).toMatch(/The demo workspace exists already: nothing to do\./);
    const members = await db.membership.findMany({ where: { workspace: { slug: DEMO_SLUG } }, select: { role: true, user: { select: { email: true } } } });
    expect(members.map((m) => `${m.user.email}:${m.role}`).sort()).toEqual(["analyst@demo.test:analyst", "owner@demo.test:owner", "viewer@demo.test:viewer"]);
    expect(await db.source.count({ where: { workspace: { slug: DEMO_SLUG } } })).toBe(2);
    expect(await db.trackedItem.count({ where: { workspace: { slug: DEMO_SLUG } } })).toBe(7);
  });

  it("stores the articles word for word", async () => {
    for (const id of [AP, SEOUL]) {
      const file = await readSourceFile(id);
      const source = await db.source.findFirstOrThrow({ where: { title: file.title, workspace: { slug: DEMO_SLUG } } });
      expect(source.body).toBe(file.body);
      expect(source.publisher).toBe(file.publisher);
      expect(source.byline).toBe(file.byline);
    }
  });

  it("backs every status with a citation whose excerpt equals the source text at its offsets", async () => {
    const citations = await db.citation.findMany({ where: { statusEvent: { item: { workspace: { slug: DEMO_SLUG } } } }, include: { source: true } });
    expect(citations.length).toBeGreaterThan(10);
    for (const c of citations) expect(c.source.body.slice(c.startOffset, c.endOffset)).toBe(c.excerpt);
    expect(await db.statusEvent.count({ where: { item: { workspace: { slug: DEMO_SLUG } }, citations: { none: {} } } })).toBe(0);
  });

  it("records the statuses and dates the articles support", async () => {
    const timeline = async (title: string) =>
      (await itemByTitle(title)).statusEvents.map((e) => `${e.status} ${formatPartialDate(e.effectiveOn, e.precision)}`);
    expect(await timeline("Japan's 2019 export controls on chip materials to South Korea")).toEqual(["in_force 2019", "lifted May 2023"]);
    const controls = await itemByTitle("Japan's 2019 export controls on chip materials to South Korea");
    const lifted = controls.statusEvents[1];
    expect(lifted?.announcedOn && lifted.announcedPrecision && formatPartialDate(lifted.announcedOn, lifted.announcedPrecision)).toBe("March 2023");
    expect(controls.currentStatus).toBe("lifted");
    expect(await timeline("South Korea's complaint over Japan's export controls")).toEqual(["filed 2019", "withdrawn March 2023"]);
    expect(await timeline("Japan on South Korea's list of preferred trading partners")).toEqual(["delisted 2019", "listed May 2023"]);
    expect(await timeline("South Korea on Japan's list of preferred trading partners")).toEqual(["delisted 2019", "relisting_expected May 2023"]);
    expect(await timeline("Cooperation in future technology industries")).toEqual(["proposed 17 March 2023"]);
    expect(await timeline("Supply-chain cooperation: Korean manufacturing with Japanese materials, components and equipment")).toEqual([
      "proposed 15 May 2023",
    ]);
  });

  it("records the history when each development was reported, so a fresh install has a past", async () => {
    const demo = await db.workspace.findUniqueOrThrow({ where: { slug: DEMO_SLUG }, select: { id: true } });
    const times = await db.changeRecord.findMany({ where: { workspaceId: demo.id }, select: { recordedAt: true } });
    expect(times.length).toBeGreaterThan(0);
    const days = new Set(times.map((t) => t.recordedAt.toISOString().slice(0, 10)));
    expect([...days].sort()).toEqual(["2023-03-17", "2023-05-16"]);
    const future = await db.trackedItem.findFirstOrThrow({ where: { title: "Cooperation in future technology industries", workspace: { slug: DEMO_SLUG } } });
    expect(future.createdAt.toISOString().slice(0, 10)).toBe("2023-03-17");
  });

  it("flags the ILO / WTO disagreement between the two articles", async () => {
    const complaint = await itemByTitle("South Korea's complaint over Japan's export controls");
    const discrepancy = await db.discrepancy.findFirstOrThrow({ where: { itemId: complaint.id } });
    const [a, b] = await Promise.all(
      [discrepancy.citationAId, discrepancy.citationBId].map((id) => db.citation.findUniqueOrThrow({ where: { id: id ?? "" } })),
    );
    expect(a?.excerpt).toContain("International Labor Organization");
    expect(b?.excerpt).toContain("World Trade Organization");
  });

  it("writes a verifiable history for everything it created", async () => {
    const records = await db.changeRecord.count({ where: { type: "status.recorded" } });
    expect(records).toBeGreaterThanOrEqual(11);
    const result = await verifyHistory(null);
    expect(result.findings).toEqual([]);
    expect(result.records).toBe(await db.changeRecord.count());
    const [{ chains }] = await db.$queryRaw<[{ chains: number }]>`SELECT count(DISTINCT "chainKey")::int AS chains FROM "ChangeRecord"`;
    expect(result.chains).toBe(chains);
  });
});
