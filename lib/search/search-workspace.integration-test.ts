import { describe, expect, it } from "vitest";
import { addSource } from "@/lib/sources/add-source";
import { createItem } from "@/lib/tracking/create-item";
import { recordStatusChange } from "@/lib/tracking/record-status-change";
import { createTeam, unique } from "@/tests/factories";
import { searchWorkspace, type SearchKind } from "./search-workspace";
import { snippetParts } from "./snippet";

async function library() {
  const team = await createTeam();
  const { analyst, slug } = team;
  const add = (title: string, body: string, language = "en") => addSource(analyst, slug, { title, body: `${body} ${unique("")}`, language });
  const titled = await add("Export controls on chip materials", "Tokyo tightened rules on three materials.");
  const mentioned = await add("Trade talks resume", "Officials discussed tourism, culture and, briefly, export controls.");
  const japanese = await add("日韓経済協力", "日本と韓国は半導体の供給網で協力することに合意した。", "ja");
  const korean = await add("한일 수출 규제 해제", "일본은 반도체 소재에 대한 수출 규제를 해제했다.", "ko");
  const item = await createItem(analyst, slug, { kind: "export_control", title: "Semiconductor materials licensing", implementingJurisdictions: ["JP"] });
  await recordStatusChange(analyst, slug, {
    itemId: item.id,
    expectedVersion: 1,
    status: "in_force",
    effectiveOn: "2019-07",
    reason: "Ministry notice on fluorinated polyimide",
    citations: [{ sourceId: titled.id, excerpt: "Tokyo tightened rules on three materials." }],
  });
  return { ...team, titled, mentioned, japanese, korean, item };
}

describe("search", () => {
  it("ranks a title match above a passing mention, with highlighted snippets", async () => {
    const { analyst, slug, titled, mentioned } = await library();
    const { sources } = await searchWorkspace(analyst, slug, { q: "export controls" });
    expect(sources.map((s) => s.id)).toEqual([titled.id, mentioned.id]);
    const parts = snippetParts(sources[1]?.snippet ?? "", "export controls");
    expect(parts.filter((p) => p.hit).map((p) => p.text.toLowerCase())).toEqual(["export", "controls"]);
  });

  it("finds word beginnings and parts of words", async () => {
    const { analyst, slug, item } = await library();
    expect((await searchWorkspace(analyst, slug, { q: "semicond" })).items.map((i) => i.id)).toEqual([item.id]);
    expect((await searchWorkspace(analyst, slug, { q: "conductor" })).items.map((i) => i.id)).toEqual([item.id]);
  });

  it("finds the beginnings of several words, stop words among them, and shows a hit deep in a long source", async () => {
    const { analyst, slug, titled } = await library();
    // "controls" is stored as the stem "control", and "on" is a stop word: neither may stop the word beginnings matching.
    expect((await searchWorkspace(analyst, slug, { q: "chip controls on mater" })).sources.map((s) => s.id)).toEqual([titled.id]);
    const filler = "Officials met again to review the schedule of routine consultations. ".repeat(150);
    const long = await addSource(analyst, slug, { title: "Annual review", body: `${filler}The ministry lifted the quarantine on fluorspar shipments. ${filler}`, language: "en" });
    const [hit] = (await searchWorkspace(analyst, slug, { q: "fluorspar quarantine" })).sources;
    expect(hit?.id).toBe(long.id);
    expect(snippetParts(hit?.snippet ?? "", "fluorspar quarantine").filter((p) => p.hit).map((p) => p.text.toLowerCase())).toEqual(["quarantine", "fluorspar"]);
    // The words are looked for with a regular expression: the query's punctuation is matched as text, not as an operator.
    const marked = await addSource(analyst, slug, { title: "Annual review", body: `${filler}The export-licence (2031) regime ended. ${filler}`, language: "en" });
    const [found] = (await searchWorkspace(analyst, slug, { q: "export-licence (2031) .*" })).sources;
    expect(found?.id).toBe(marked.id);
    expect(snippetParts(found?.snippet ?? "", "").some((p) => p.hit && p.text === "2031")).toBe(true);
  });

  it("finds Japanese and Korean text that full-text search does not segment", async () => {
    const { analyst, slug, japanese, korean } = await library();
    const ja = await searchWorkspace(analyst, slug, { q: "半導体の供給網" });
    expect(ja.sources.map((s) => s.id)).toEqual([japanese.id]);
    expect(snippetParts(ja.sources[0]?.snippet ?? "", "半導体の供給網").some((p) => p.hit && p.text === "半導体の供給網")).toBe(true);
    expect((await searchWorkspace(analyst, slug, { q: "수출 규제" })).sources.map((s) => s.id)).toEqual([korean.id]);
  });

  it("finds two-character Japanese and Korean words, which trigrams cannot, and CJK text whose words are apart", async () => {
    const { analyst, slug, japanese, korean } = await library();
    expect((await searchWorkspace(analyst, slug, { q: "韓国" })).sources.map((s) => s.id)).toEqual([japanese.id]);
    expect((await searchWorkspace(analyst, slug, { q: "日韓" })).sources.map((s) => s.id)).toEqual([japanese.id]);
    expect((await searchWorkspace(analyst, slug, { q: "수출" })).sources.map((s) => s.id)).toEqual([korean.id]);
    expect((await searchWorkspace(analyst, slug, { q: "輸出" })).sources).toEqual([]);
    // Both words occur, but not side by side: found through their character pairs.
    expect((await searchWorkspace(analyst, slug, { q: "日本 供給網" })).sources.map((s) => s.id)).toEqual([japanese.id]);
  });

  it("pages through one kind of result", async () => {
    const team = await createTeam();
    const titles = await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        createItem(team.analyst, team.slug, { kind: "trade_dispute", title: `Paged dispute ${index} 紛争`, implementingJurisdictions: ["KR"] }),
      ),
    );
    const first = await searchWorkspace(team.analyst, team.slug, { q: "紛争", only: "items", limit: 2 });
    const second = await searchWorkspace(team.analyst, team.slug, { q: "紛争", only: "items", limit: 2, offset: 2 });
    const third = await searchWorkspace(team.analyst, team.slug, { q: "紛争", only: "items", limit: 2, offset: 4 });
    expect([first.items.length, second.items.length, third.items.length]).toEqual([2, 2, 1]);
    expect([first.more.items, second.more.items, third.more.items]).toEqual([true, true, false]);
    const seen = [...first.items, ...second.items, ...third.items].map((i) => i.id);
    expect(new Set(seen)).toEqual(new Set(titles.map((t) => t.id)));
    await expect(searchWorkspace(team.analyst, team.slug, { q: "紛争", offset: 5000 })).rejects.toMatchObject({ kind: "invalid", details: { fields: { offset: [expect.any(String)] } } });
    await expect(searchWorkspace(team.analyst, team.slug, { q: "紛争", only: "people" as never })).rejects.toMatchObject({ kind: "invalid", details: { fields: { only: ["Unknown kind of result"] } } });
  });

  it("splits text into CJK character pairs as the database does", async () => {
    const { readRows } = await import("@/lib/db/read-sql");
    const { Prisma } = await import("@/lib/generated/prisma/client");
    const { cjkBigrams } = await import("./cjk-bigrams");
    const text = "経済産業省は、韓国向けの輸出管理を強化。수출 규제 ABC ｶﾀｶﾅ 한 日";
    const [row] = await readRows<{ pairs: string[] }>(Prisma.sql`SELECT cjk_bigrams(${text}) AS pairs`);
    expect([...(row?.pairs ?? [])].sort()).toEqual(cjkBigrams(text).sort());
  });

  it("runs on connections that plan every statement for its values, and other reads on ones that may reuse a plan", async () => {
    const { readRows } = await import("@/lib/db/read-sql");
    const { Prisma } = await import("@/lib/generated/prisma/client");
    const mode = async (plan: "cached" | "per call") => (await readRows<{ plan_cache_mode: string }>(Prisma.sql`SHOW plan_cache_mode`, "primary", plan))[0]?.plan_cache_mode;
    expect(await mode("per call")).toBe("force_custom_plan");
    expect(await mode("cached")).toBe("auto");
  });

  it("searches citations and change reasons", async () => {
    const { analyst, slug, item } = await library();
    const results = await searchWorkspace(analyst, slug, { q: "tightened rules" });
    expect(results.citations).toHaveLength(1);
    expect(results.citations[0]).toMatchObject({ itemId: item.id });
    const reasons = await searchWorkspace(analyst, slug, { q: "polyimide" });
    expect(reasons.changes.map((c) => c.itemId)).toEqual([item.id]);
  });

  it("finds long text as typed, cut mid-word at both ends, whether its inner words are stop words or not", async () => {
    const { analyst, slug, titled } = await library();
    const sentence = "The Ministry of the Economy announced on Tuesday that it would tighten the licensing of fluorinated polyimide";
    const filler = "Routine consultations continued. ".repeat(40);
    const long = await addSource(analyst, slug, { title: "Licensing notice", body: `${filler}${sentence}. ${filler}`, language: "en" });
    const sources = async (q: string) => (await searchWorkspace(analyst, slug, { q, only: "sources" })).sources.map((s) => s.id);
    // Its first and last words cut short ("inistry", "licens"): neither is a word of the text, so neither may be looked up.
    expect(await sources(sentence.slice(5, 94))).toEqual([long.id]);
    expect(await sources("MINISTRY OF THE ECONOMY ANNOUNCED")).toEqual([long.id]);
    // Every inner word a stop word ("of the"): the text as typed is still found, cut short at both ends so that no word
    // of the query is a word of the text and only the match as typed can find it.
    expect(await sources("Ministry of the Economy")).toEqual([long.id]);
    expect(await sources("inistry of the Econo")).toEqual([long.id]);
    expect(await sources("The Ministry of the Economy announced on Wednesday")).toEqual([]);
    const citations = async (q: string) => (await searchWorkspace(analyst, slug, { q, only: "citations" })).citations.map((c) => c.sourceId);
    expect(await citations("okyo tightened rules on three materia")).toEqual([titled.id]);
    expect(await citations("rules on three")).toEqual([titled.id]);
    expect(await citations("Tokyo tightened rules on four materials")).toEqual([]);
  });

  it("finds the words inside tag-like runs of text (raw HTML left in a source), as typed and as words", async () => {
    const { analyst, slug } = await library();
    // PostgreSQL's parser reads each "<…>" run as one tag token; these queries find nothing if its words are not indexed.
    const markup = "Officials said the <a span class b> markup stayed, as did <p class=notice data-kind=quota>";
    const source = await addSource(analyst, slug, { title: "Pasted page", body: `${markup} ${unique("")}`, language: "en" });
    const item = await createItem(analyst, slug, {
      kind: "export_control",
      title: "Raw page",
      summary: "Copied with <b style bold notice> intact",
      implementingJurisdictions: ["JP"],
    });
    await recordStatusChange(analyst, slug, {
      itemId: item.id,
      expectedVersion: 1,
      status: "in_force",
      effectiveOn: "2020-01",
      reason: "Seen in <i lang=ja translated notice>",
      citations: [{ sourceId: source.id, excerpt: markup }],
    });
    const search = (q: string, only: SearchKind) => searchWorkspace(analyst, slug, { q, only });
    // Snippets show the text as stored, tag-like runs included (ts_headline alone leaves tags out).
    const shown = (snippet = "") => snippetParts(snippet, "").map((part) => part.text).join("");
    // As typed, with inner words ("span class", "style bold") only inside the tag.
    const typed = "said the <a span class b> markup";
    expect((await search(typed, "sources")).sources.map((s) => s.id)).toEqual([source.id]);
    expect((await search(typed, "citations")).citations.map((c) => c.sourceId)).toEqual([source.id]);
    const [byItem] = (await search("with <b style bold notice> intact", "items")).items;
    expect(byItem?.id).toBe(item.id);
    expect(shown(byItem?.snippet)).toContain("with <b style bold notice> intact");
    // As words, neither of them next to the other in the text.
    const [byWords] = (await search("quota notice", "sources")).sources;
    expect(byWords?.id).toBe(source.id);
    expect(shown(byWords?.snippet)).toContain("<p class=notice data-kind=quota>");
    expect((await search("notice translated", "changes")).changes.map((c) => c.itemId)).toEqual([item.id]);
  });

  it("reads the snippets' marker characters in stored text as spaces, so only the query's words are highlighted", async () => {
    const { analyst, slug } = await library();
    // U+0001 and U+0002 are the hit markers, U+0003 the stand-in for "<": stored text may hold any of them.
    const odd = "Cobalt \u0001tariff\u0002 schedule \u0003b\u0003 with <b> kept";
    const source = await addSource(analyst, slug, { title: "Odd bytes", body: `${odd} ${unique("")}`, language: "en" });
    const item = await createItem(analyst, slug, { kind: "export_control", title: "Cobalt rules", summary: odd, implementingJurisdictions: ["JP"] });
    await recordStatusChange(analyst, slug, {
      itemId: item.id,
      expectedVersion: 1,
      status: "in_force",
      effectiveOn: "2020-01",
      reason: odd,
      citations: [{ sourceId: source.id, excerpt: odd }],
    });
    const clean = "Cobalt  tariff  schedule  b  with <b> kept";
    // Full text (ts_headline's snippets for items and sources) and part of a word (snippetParts marks it).
    for (const q of ["cobalt schedule", "obalt"]) {
      const found = await searchWorkspace(analyst, slug, { q });
      for (const [kind, hits] of Object.entries({ items: found.items, sources: found.sources, citations: found.citations, changes: found.changes })) {
        const parts = snippetParts(hits[0]?.snippet ?? "", q);
        expect(parts.map((part) => part.text).join(""), kind).toContain(clean);
        const highlighted = parts.filter((part) => part.hit).map((part) => part.text.toLowerCase());
        if (q === "obalt" || kind === "items" || kind === "sources") expect(highlighted.length, kind).toBeGreaterThan(0);
        for (const word of highlighted) expect(q.split(" "), kind).toContain(word);
      }
    }
  });

  it("never returns another workspace's records, and refuses a too-short query", async () => {
    const { slug } = await library();
    const stranger = await createTeam();
    expect(await searchWorkspace(stranger.owner, stranger.slug, { q: "export controls" })).toMatchObject({ items: [], sources: [], citations: [], changes: [] });
    await expect(searchWorkspace(stranger.owner, slug, { q: "export controls" })).rejects.toMatchObject({ kind: "not_found" });
    await expect(searchWorkspace(stranger.owner, stranger.slug, { q: "x" })).rejects.toThrow(/at least 2 characters/);
  });

  it("answers queries full of regular-expression syntax and awkward text, and refuses what cannot be stored", async () => {
    const { analyst, slug, titled } = await library();
    // The sources' first hit is found by a regular expression made from the query's words: none of these may break it.
    for (const q of ["export (controls", "materials) [[:alpha:]] (?i) ^$ {1,2} a|b \\ \\1", "rules\\ on+ three*", `${"ab ".repeat(66)}ab`]) {
      await expect(searchWorkspace(analyst, slug, { q })).resolves.toMatchObject({ sources: expect.any(Array) });
    }
    expect((await searchWorkspace(analyst, slug, { q: "tightened (rules)" })).sources.map((s) => s.id)).toContain(titled.id);
    for (const q of ["export\u0000controls", "export \ud800 controls"]) {
      await expect(searchWorkspace(analyst, slug, { q })).rejects.toMatchObject({ kind: "invalid" });
    }
  });
});
