import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addCitation } from "@/lib/tracking/add-citation";
import { createItem } from "@/lib/tracking/create-item";
import { queryTracker } from "@/lib/tracking/query-tracker";
import { recordStatusChange } from "@/lib/tracking/record-status-change";
import { createSource, createTeam, unique } from "@/tests/factories";
import { addSource } from "./add-source";
import { flagDiscrepancy, resolveDiscrepancy } from "./discrepancies";
import { getSource } from "./get-source";
import { querySources, SOURCES_PAGE_SIZE } from "./query-sources";
import { updateSource } from "./update-source";

describe("the source library", () => {
  it("detects the same text pasted again, whatever its spacing, and offers the existing source", async () => {
    const { analyst, slug } = await createTeam();
    const body = `${unique("Seoul")} said on Tuesday it would restore Japan's status.\n\nOfficials confirmed it.`;
    const first = await addSource(analyst, slug, { title: "Original", language: "en", body });
    const again = addSource(analyst, slug, { title: "Copy", language: "en", body: `  ${body.replaceAll(" ", "  ")}\n` });
    await expect(again).rejects.toMatchObject({ kind: "conflict", details: { current: { id: first.id, title: "Original" } } });
    expect(await db.source.count({ where: { title: "Copy" } })).toBe(0);
  });

  it("stores Japanese and Korean text as given and quotes it at exact offsets", async () => {
    const { analyst, slug } = await createTeam();
    // 𠮷 is outside the Basic Multilingual Plane: offsets must count it the way the page slices the text.
    const body = `${unique("記事")} 𠮷野家の前で、経済産業省は韓国向けの輸出管理を見直すと発表した。한국은 일본을 화이트리스트에 복원했다.`;
    const source = await addSource(analyst, slug, { title: "輸出管理の見直し", language: "ja", body });
    const item = await createItem(analyst, slug, { kind: "export_control", title: "Review of export controls", implementingJurisdictions: ["JP"] });
    const excerpt = "経済産業省は韓国向けの輸出管理を見直すと発表した。";
    await recordStatusChange(analyst, slug, { itemId: item.id, expectedVersion: 1, status: "eased", effectiveOn: "2023-03", reason: "METI", citations: [{ sourceId: source.id, excerpt }] });
    const stored = await getSource(analyst, slug, source.id);
    expect(stored.source.body).toBe(body);
    const [citation] = stored.source.citations;
    expect(body.slice(citation?.startOffset, citation?.endOffset)).toBe(excerpt);
    await expect(
      addCitation(analyst, slug, { itemId: item.id, statusEventId: (await db.statusEvent.findFirstOrThrow({ where: { itemId: item.id } })).id, expectedVersion: 2, sourceId: source.id, excerpt: "화이트리스트", startOffset: 3 }),
    ).rejects.toMatchObject({ kind: "invalid" });
  });

  it("cites a passage once per status: twice in one change, or again on the same status, is refused", async () => {
    const { analyst, slug } = await createTeam();
    const source = await addSource(analyst, slug, { title: "Notice", language: "en", body: `${unique("Notice")}. Tokyo tightened its export controls again. Seoul objected.` });
    const item = await createItem(analyst, slug, { kind: "export_control", title: "Cited once", implementingJurisdictions: ["JP"] });
    const excerpt = "Tokyo tightened its export controls again.";
    const twice = { itemId: item.id, expectedVersion: 1, status: "in_force", effectiveOn: "2023", reason: "Twice", citations: [{ sourceId: source.id, excerpt }, { sourceId: source.id, excerpt: "Seoul objected." }, { sourceId: source.id, excerpt }] };
    await expect(recordStatusChange(analyst, slug, twice)).rejects.toMatchObject({ kind: "invalid", details: { fields: { "citations.2.excerpt": ["This passage is cited already: cite it once"] } } });
    const recorded = await recordStatusChange(analyst, slug, { ...twice, citations: twice.citations.slice(0, 2) });
    const again = { itemId: item.id, statusEventId: recorded.eventId, expectedVersion: 2, sourceId: source.id, excerpt };
    await expect(addCitation(analyst, slug, again)).rejects.toMatchObject({ kind: "invalid", details: { fields: { excerpt: ["This status cites this passage already"] } } });
    expect(await db.citation.count({ where: { statusEventId: recorded.eventId } })).toBe(2);
    // Another passage of the same source is welcome.
    await addCitation(analyst, slug, { ...again, excerpt: "export controls" });
    expect(await db.citation.count({ where: { statusEventId: recorded.eventId } })).toBe(3);
  });

  it("records metadata edits in the history and refuses a stale edit", async () => {
    const { analyst, owner, slug } = await createTeam();
    const source = await addSource(analyst, slug, { title: "Untitled wire copy", language: "en", body: unique("wire copy body text") });
    await updateSource(analyst, slug, { sourceId: source.id, expectedVersion: 1, title: "Kyodo: Tokyo to review controls", publisher: "Kyodo News", publishedOn: "2023-03-06", reason: "Found the original" });
    const record = await db.changeRecord.findFirstOrThrow({ where: { sourceId: source.id, type: "source.updated" } });
    expect(record.diff).toMatchObject({
      title: { before: "Untitled wire copy", after: "Kyodo: Tokyo to review controls" },
      publisher: { before: null, after: "Kyodo News" },
      publishedOn: { before: null, after: "2023-03-06" },
    });
    await expect(updateSource(owner, slug, { sourceId: source.id, expectedVersion: 1, title: "Other" })).rejects.toMatchObject({ kind: "conflict" });
  });

  it("changes only the fields an edit names (an API client's PATCH of the title keeps the notes)", async () => {
    const { analyst, slug } = await createTeam();
    const source = await addSource(analyst, slug, { title: "Wire copy", titleNote: "Translated", publishedNote: "Evening edition", language: "en", body: unique("wire copy") });
    await updateSource(analyst, slug, { sourceId: source.id, expectedVersion: 1, title: "Wire copy, corrected" });
    expect(await db.source.findUniqueOrThrow({ where: { id: source.id }, select: { title: true, titleNote: true, publishedNote: true } })).toEqual({
      title: "Wire copy, corrected",
      titleNote: "Translated",
      publishedNote: "Evening edition",
    });
  });

  it("flags and resolves a disagreement between two citations, shown in lists and filters", async () => {
    const { analyst, slug } = await createTeam();
    const a = await addSource(analyst, slug, { title: "Says ILO", language: "en", body: `${unique("a")} The complaint went to the ILO.` });
    const b = await addSource(analyst, slug, { title: "Says WTO", language: "en", body: `${unique("b")} The complaint went to the WTO.` });
    const item = await createItem(analyst, slug, { kind: "trade_dispute", title: "The complaint", implementingJurisdictions: ["KR"] });
    await recordStatusChange(analyst, slug, {
      itemId: item.id,
      expectedVersion: 1,
      status: "filed",
      effectiveOn: "2019",
      reason: "both",
      citations: [{ sourceId: a.id, excerpt: "The complaint went to the ILO." }, { sourceId: b.id, excerpt: "The complaint went to the WTO." }],
    });
    const [ca, cb] = await db.citation.findMany({ where: { statusEvent: { itemId: item.id } }, orderBy: { excerpt: "asc" } });
    await expect(flagDiscrepancy(analyst, slug, { citationAId: ca?.id, note: "Which forum?" })).rejects.toThrow();
    const flagged = await flagDiscrepancy(analyst, slug, { citationAId: ca?.id, citationBId: cb?.id, note: "ILO or WTO?" });
    expect((await queryTracker(analyst, slug, { discrepancy: "1" })).rows.map((r) => r.id)).toEqual([item.id]);
    expect((await querySources(analyst, slug, { discrepancy: "1" })).rows.map((r) => r.title).sort()).toEqual(["Says ILO", "Says WTO"]);
    expect((await querySources(analyst, slug, {})).rows.find((r) => r.id === a.id)?.citedBy).toBe(1);
    await resolveDiscrepancy(analyst, slug, { discrepancyId: flagged.id, reason: "WTO confirmed" });
    expect((await queryTracker(analyst, slug, { discrepancy: "1" })).rows).toEqual([]);
    expect((await db.changeRecord.findMany({ where: { itemId: item.id }, orderBy: { seq: "asc" } })).map((c) => c.type).slice(-2)).toEqual([
      "discrepancy.flagged",
      "discrepancy.resolved",
    ]);
  });

  it("lists the first citations in text order with how many there are, and each quoted passage once with its first citation", async () => {
    const { analyst, slug } = await createTeam();
    const a = "Japan tightened export controls.";
    const b = "Korea filed a complaint.";
    const c = "Both later eased them.";
    const source = await addSource(analyst, slug, { title: unique("Quoted often"), language: "en", body: `${unique("Report")} ${a} ${b} ${c}` });
    const title = unique("Quoted item");
    const item = await createItem(analyst, slug, { kind: "export_control", title, implementingJurisdictions: ["JP"] });
    const record = (expectedVersion: number, excerpt: string, effectiveOn: string, correctsEventId?: string) =>
      recordStatusChange(analyst, slug, {
        itemId: item.id,
        expectedVersion,
        status: correctsEventId ? "eased" : "in_force",
        effectiveOn,
        reason: "Quoted",
        citations: [{ sourceId: source.id, excerpt }],
        ...(correctsEventId ? { changeKind: "correction" as const, correctsEventId } : {}),
      });
    await record(1, a, "2019-07");
    const second = await record(2, c, "2019-08");
    await record(3, b, "2020-01");
    // The second status corrected: its citation, the only one of its passage, is no longer current.
    await record(4, a, "2019-09", second.eventId);
    const current = await db.citation.findMany({ where: { sourceId: source.id, statusEvent: { retraction: { is: null } } }, orderBy: { createdAt: "asc" } });
    expect(current).toHaveLength(3);

    const all = await getSource(analyst, slug, source.id);
    expect(all.source.citationCount).toBe(3);
    expect(all.passages).toEqual([]);
    // Another team's member learns nothing of it, whatever they ask for.
    const other = await createTeam();
    await expect(getSource(other.analyst, slug, source.id, { passages: true })).rejects.toMatchObject({ kind: "not_found" });
    await expect(getSource(other.analyst, other.slug, source.id, { passages: true })).rejects.toMatchObject({ kind: "not_found" });
    expect(all.source.citations.map((c) => c.id).sort()).toEqual(current.map((c) => c.id).sort());
    const firstTwo = await getSource(analyst, slug, source.id, { citedBy: 2, passages: true });
    expect(firstTwo.source.citationCount).toBe(3);
    expect(firstTwo.source.citations.map((c) => firstTwo.source.body.slice(c.startOffset, c.endOffset))).toEqual([a, a]);
    // Each passage with the status of its first citation: the first status for the sentence the correction quotes again.
    expect(firstTwo.passages.map((p) => ({ text: firstTwo.source.body.slice(p.start, p.end), status: p.status, itemId: p.itemId, itemTitle: p.itemTitle }))).toEqual([
      { text: a, status: "in_force", itemId: item.id, itemTitle: title },
      { text: b, status: "in_force", itemId: item.id, itemTitle: title },
    ]);
  });

  it("pages the library 50 sources at a time, every source on exactly one page, in the sort's order", async () => {
    const { analyst, slug } = await createTeam();
    for (let i = 0; i < SOURCES_PAGE_SIZE + 3; i++) await createSource(analyst, slug);
    const first = await querySources(analyst, slug, { sort: "title" });
    const second = await querySources(analyst, slug, { sort: "title", page: "2" });
    expect(first.rows).toHaveLength(SOURCES_PAGE_SIZE);
    expect(first.hasNextPage).toBe(true);
    expect(second.rows).toHaveLength(3);
    expect(second.hasNextPage).toBe(false);
    const titles = [...first.rows, ...second.rows].map((r) => r.title);
    expect(new Set(titles).size).toBe(SOURCES_PAGE_SIZE + 3);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect((await querySources(analyst, slug, { page: "3" })).rows).toEqual([]);
    await expect(querySources(analyst, slug, { page: "0" })).rejects.toMatchObject({ kind: "invalid", details: { fields: { page: ["Pages start at 1"] } } });
  });
});
