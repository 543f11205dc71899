import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withConnection } from "@/lib/db/sql-pool";
import { createTeam, unique } from "@/tests/factories";
import { createItem } from "./create-item";
import { queryTracker } from "./query-tracker";
import { recordStatusChange } from "./record-status-change";
import { refreshDueStatuses } from "./refresh-due-statuses";
import { setArchived } from "./set-archived";
import { updateItem } from "./update-item";

const tick = () => new Promise((resolve) => setTimeout(resolve, 15));
const iso = (date: Date) => date.toISOString();

describe("the tracker in two times", () => {
  it("answers 'in force on D' from effective dates and 'as recorded on R' from record times", async () => {
    const team = await createTeam();
    const { analyst, slug } = team;
    const item = await createItem(analyst, slug, { kind: "export_control", title: "Original title", implementingJurisdictions: ["JP"] });
    const first = await recordStatusChange(analyst, slug, { itemId: item.id, expectedVersion: 1, status: "in_force", effectiveOn: "2020-03", reason: "r", noSourceYet: true });
    await tick();
    const afterFirst = new Date();
    await tick();
    await recordStatusChange(analyst, slug, { itemId: item.id, expectedVersion: 2, status: "eased", effectiveOn: "2022", reason: "r", noSourceYet: true });
    await tick();
    const afterSecond = new Date();
    await tick();
    await recordStatusChange(analyst, slug, {
      itemId: item.id,
      expectedVersion: 3,
      status: "announced",
      effectiveOn: "2020-01",
      reason: "It was announced first",
      changeKind: "correction",
      correctsEventId: first.eventId,
      noSourceYet: true,
    });
    await updateItem(analyst, slug, { itemId: item.id, expectedVersion: 4, fields: { title: "Renamed" } });
    await tick();
    const beforeArchive = new Date();
    await tick();
    await setArchived(analyst, slug, { itemId: item.id, expectedVersion: 5, archived: true });

    const row = async (query: Record<string, string>) => (await queryTracker(analyst, slug, query)).rows.find((r) => r.id === item.id);

    expect(await row({})).toBeUndefined();
    expect(await row({ recordedAt: iso(beforeArchive) })).toMatchObject({ title: "Renamed", status: "eased" });
    expect(await row({ recordedAt: iso(beforeArchive), validOn: "2021-06-01" })).toMatchObject({ status: "announced" });
    expect(await row({ recordedAt: iso(afterSecond), validOn: "2021-06-01" })).toMatchObject({ title: "Original title", status: "in_force" });
    expect(await row({ recordedAt: iso(afterSecond), validOn: "2019-12-31" })).toMatchObject({ status: null });
    expect(await row({ recordedAt: iso(afterFirst) })).toMatchObject({ status: "in_force", precision: "month" });
    expect(await row({ recordedAt: "2000-01-01" })).toBeUndefined();
  });

  it("shows a status dated after the day asked about as announced (or scheduled), never as in force", async () => {
    const { analyst, slug } = await createTeam();
    const item = await createItem(analyst, slug, { kind: "preferred_trader_listing", title: unique("Korea on Japan's list"), implementingJurisdictions: ["JP"], affectedJurisdictions: ["KR"] });
    const base = { itemId: item.id, reason: "r", noSourceYet: true };
    await recordStatusChange(analyst, slug, { ...base, expectedVersion: 1, status: "delisted", effectiveOn: "2019-08-28" });
    await recordStatusChange(analyst, slug, { ...base, expectedVersion: 2, status: "listed", effectiveOn: "2023-07-21", announcedOn: "2023-06-27" });
    const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const row = async (query: Record<string, string>) => (await queryTracker(analyst, slug, query)).rows.find((r) => r.id === item.id);
    const day = (date: Date | null | undefined) => date?.toISOString().slice(0, 10);

    const between = await row({ validOn: "2023-07-01" });
    expect(between).toMatchObject({ status: "delisted" });
    expect(between?.next).toMatchObject({ status: "listed", announcedPrecision: "day" });
    expect([day(between?.next?.effectiveOn), day(between?.next?.announcedOn)]).toEqual(["2023-07-21", "2023-06-27"]);
    // Before the announcement nobody could know of it.
    expect(await row({ validOn: "2023-06-20" })).toMatchObject({ status: "delisted", next: null });
    expect(await row({ validOn: "2023-07-21" })).toMatchObject({ status: "listed", next: null });
    expect(await row({})).toMatchObject({ status: "listed", next: null });

    // Dated after today: shown as coming, not as today's status (also in the tracker's cached fast path).
    await recordStatusChange(analyst, slug, { ...base, expectedVersion: 3, status: "delisting_announced", effectiveOn: soon });
    const today = await row({});
    expect(today).toMatchObject({ status: "listed", next: { status: "delisting_announced", announcedOn: null } });
    expect(day(today?.next?.effectiveOn)).toBe(soon);
    expect((await queryTracker(analyst, slug, { status: "delisting_announced" })).rows.find((r) => r.id === item.id)).toBeUndefined();
  });

  it("moves an item onto its next status when that comes due, before and after the cache is refreshed", async () => {
    const { analyst, slug } = await createTeam();
    const item = await createItem(analyst, slug, { kind: "export_control", title: unique("Controls"), implementingJurisdictions: ["JP"] });
    const base = { itemId: item.id, reason: "r", noSourceYet: true };
    await recordStatusChange(analyst, slug, { ...base, expectedVersion: 1, status: "announced", effectiveOn: "2019" });
    await recordStatusChange(analyst, slug, { ...base, expectedVersion: 2, status: "in_force", effectiveOn: "2020" });
    // The cache as a write made before 2020 would have left it: in force was still to come.
    await db.trackedItem.update({
      where: { id: item.id },
      data: { currentStatus: "announced", nextStatus: "in_force", nextEffectiveOn: new Date("2020-01-01"), nextPrecision: "year" },
    });
    const row = async (query: Record<string, string> = {}) => (await queryTracker(analyst, slug, query)).rows.find((r) => r.id === item.id);
    expect(await row()).toMatchObject({ status: "in_force", next: null });
    // So it is filtered, whether the rows are walked in last-change order (ItemLastChange's copy) or by title (the item).
    for (const sort of ["updated", "title"]) {
      expect(await row({ status: "in_force", sort })).toMatchObject({ status: "in_force" });
      expect(await row({ status: "announced", sort })).toBeUndefined();
      expect(await row({ noSource: "1", sort })).toMatchObject({ needsSource: true });
    }
    expect(await refreshDueStatuses()).toBeGreaterThanOrEqual(1);
    expect(await db.trackedItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ currentStatus: "in_force", nextStatus: null });
    expect(await row({ status: "in_force" })).toMatchObject({ status: "in_force" });
  });

  it("says why an 'as recorded on' answer is empty when nothing had been recorded yet", async () => {
    const { analyst, slug } = await createTeam();
    await createItem(analyst, slug, { kind: "export_control", title: unique("Controls"), implementingJurisdictions: ["JP"] });
    const early = await queryTracker(analyst, slug, { recordedAt: "2001-01-01T10:30" });
    expect(early.rows).toEqual([]);
    expect(early.historyBegins?.getTime()).toBeGreaterThan(Date.parse("2001-01-01T10:30:59.999Z"));
    expect(early.query.recordedAt?.toISOString()).toBe("2001-01-01T10:30:59.999Z");
    const later = await queryTracker(analyst, slug, { recordedAt: new Date(Date.now() + 60_000).toISOString(), kind: "trade_dispute" });
    expect(later).toMatchObject({ rows: [], historyBegins: null });
  });

  it("filters, sorts and pages through items with a keyset cursor", async () => {
    const { analyst, slug } = await createTeam();
    const titles = ["Delta", "Alpha", "Charlie", "Bravo", "Echo"].map((t) => `${t} ${unique("x")}`);
    for (const [index, title] of titles.entries()) {
      await createItem(analyst, slug, {
        kind: index % 2 ? "trade_dispute" : "export_control",
        title,
        implementingJurisdictions: [index % 2 ? "KR" : "JP"],
        tags: index === 0 ? ["Chips", "Group A"] : [],
      });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await queryTracker(analyst, slug, { sort: "title", limit: "2", ...(cursor && { cursor }) });
      seen.push(...page.rows.map((r) => r.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...titles].sort());

    expect((await queryTracker(analyst, slug, { kind: "trade_dispute" })).rows).toHaveLength(2);
    expect((await queryTracker(analyst, slug, { jurisdiction: "kr" })).rows).toHaveLength(2);
    // Tags keep their case; the filter ignores it.
    expect((await queryTracker(analyst, slug, { tag: "chips" })).rows.map((r) => [r.title, r.tags])).toEqual([[titles[0], ["Chips", "Group A"]]]);
    expect((await queryTracker(analyst, slug, { tag: "GROUP A,other" })).rows.map((r) => r.title)).toEqual([titles[0]]);
    await expect(queryTracker(analyst, slug, { cursor: "garbage" })).rejects.toMatchObject({ kind: "invalid", details: { fields: { cursor: expect.any(Array) } } });
    await expect(queryTracker(analyst, slug, { validOn: "2023-13-01" })).rejects.toMatchObject({ kind: "invalid", details: { fields: { validOn: expect.any(Array) } } });
  });

  it("pages back as well as forth, saying where each page stands, grouped or not", async () => {
    const { analyst, slug } = await createTeam();
    const kinds = ["trade_dispute", "export_control", "cooperation_initiative"] as const;
    for (const [index, name] of ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf"].entries()) {
      await createItem(analyst, slug, { kind: kinds[index % 3] as (typeof kinds)[number], title: name, implementingJurisdictions: ["JP"] });
    }
    const queries: Record<string, string>[] = [{ sort: "title" }, { sort: "updated" }, { group: "kind", sort: "title", dir: "desc" }];
    for (const query of queries) {
      const forward: { titles: string[]; position: unknown; prevCursor?: string }[] = [];
      let page = await queryTracker(analyst, slug, { ...query, limit: "3" }, { count: true });
      forward.push({ titles: page.rows.map((r) => r.title), position: page.position });
      expect(page.prevCursor).toBeUndefined();
      while (page.nextCursor) {
        page = await queryTracker(analyst, slug, { ...query, limit: "3", cursor: page.nextCursor }, { count: true });
        forward.push({ titles: page.rows.map((r) => r.title), position: page.position });
      }
      expect(forward.map((p) => p.position)).toEqual([
        { first: 1, last: 3, total: 7 },
        { first: 4, last: 6, total: 7 },
        { first: 7, last: 7, total: 7 },
      ]);
      const backward = [{ titles: page.rows.map((r) => r.title), position: page.position }];
      while (page.prevCursor) {
        page = await queryTracker(analyst, slug, { ...query, limit: "3", cursor: page.prevCursor }, { count: true });
        backward.unshift({ titles: page.rows.map((r) => r.title), position: page.position });
      }
      expect(backward).toEqual(forward);
      // Going back from the second page lands on the first, which has nothing before it.
      expect(page.prevCursor).toBeUndefined();
    }
  });

  it("counts a query's rows again only after the workspace has changed, not for every page", async () => {
    const { analyst, slug } = await createTeam();
    const items: { id: string }[] = [];
    for (const title of ["One", "Two", "Three"]) items.push(await createItem(analyst, slug, { kind: "export_control", title: unique(title), implementingJurisdictions: ["JP"] }));
    const total = async (query: Record<string, string>) => (await queryTracker(analyst, slug, query, { count: true })).position.total;
    expect(await total({ kind: "export_control" })).toBe(3);
    // Changed behind the app's back, with no change recorded: the count remembered stands, as nothing says otherwise.
    await withConnection(process.env.DATABASE_OWNER_URL as string, (sql) => sql`UPDATE "TrackedItem" SET kind = 'trade_dispute' WHERE id = ${items[0]!.id}::uuid`);
    expect(await total({ kind: "export_control" })).toBe(3);
    // Another query is counted afresh.
    expect(await total({ kind: "trade_dispute" })).toBe(1);
    // Any change of the workspace has it counted again, which then sees both.
    await setArchived(analyst, slug, { itemId: items[1]!.id, expectedVersion: 1, archived: true });
    expect(await total({ kind: "export_control" })).toBe(1);
  });

  it("never keeps a count older than the workspace's newest change, with writes and counts racing", async () => {
    const { analyst, slug } = await createTeam();
    const total = async () => (await queryTracker(analyst, slug, { kind: "trade_dispute" }, { count: true })).position.total;
    const writes = Array.from({ length: 12 }, (_, i) => createItem(analyst, slug, { kind: "trade_dispute", title: unique(`Race ${i}`), implementingJurisdictions: ["KR"] }));
    const counts = Array.from({ length: 12 }, () => total());
    await Promise.all([...writes, ...counts]);
    expect(await total()).toBe(12);
  });

  it("groups rows A–Z by kind, status or implementing jurisdictions, keeping the sort within groups across pages", async () => {
    const { analyst, slug } = await createTeam();
    const specs = [
      { title: "Alpha", kind: "trade_dispute", implementingJurisdictions: ["KR"] },
      { title: "Bravo", kind: "export_control", implementingJurisdictions: ["JP"] },
      { title: "Charlie", kind: "trade_dispute", implementingJurisdictions: ["JP", "KR"] },
      { title: "Delta", kind: "export_control", implementingJurisdictions: ["JP"] },
      { title: "Echo", kind: "cooperation_initiative", implementingJurisdictions: ["KR"] },
    ] as const;
    for (const spec of specs) await createItem(analyst, slug, { ...spec, implementingJurisdictions: [...spec.implementingJurisdictions] });
    const walk = async (query: Record<string, string>) => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await queryTracker(analyst, slug, { ...query, limit: "2", ...(cursor && { cursor }) });
        seen.push(...page.rows.map((r) => `${r.groupKey}:${r.title}`));
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };
    expect(await walk({ group: "kind", sort: "title" })).toEqual([
      "cooperation_initiative:Echo",
      "export_control:Bravo",
      "export_control:Delta",
      "trade_dispute:Alpha",
      "trade_dispute:Charlie",
    ]);
    expect(await walk({ group: "jurisdiction", sort: "title", dir: "desc" })).toEqual(["JP:Delta", "JP:Bravo", "JP, KR:Charlie", "KR:Echo", "KR:Alpha"]);
    // None has a status yet: one group, keyed by the empty string.
    expect(await walk({ group: "status", sort: "title" })).toEqual(specs.map((spec) => `:${spec.title}`));
    const ungrouped = await queryTracker(analyst, slug, { sort: "title", limit: "2" });
    expect(ungrouped.rows[0]).not.toHaveProperty("groupKey");
    await expect(queryTracker(analyst, slug, { group: "kind", cursor: ungrouped.nextCursor })).rejects.toMatchObject({ kind: "invalid", details: { fields: { cursor: expect.any(Array) } } });
  });
});
