import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { listReadTarget } from "@/lib/db/read-routing";
import { readRows } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ItemKind } from "@/lib/generated/prisma/enums";
import { invalid, zodFieldErrors } from "@/lib/errors";
import { assertStorableInput } from "@/lib/http/storable-input";
import { authorize } from "@/lib/workspaces/authorize";
import { cjkBigrams } from "./cjk-bigrams";
import { HIT_END, HIT_START, innerWords, likePattern, prefixTsQuery } from "./snippet";

export const ZSearch = z.object({
  q: z.string().trim().min(2, "Type at least 2 characters").max(200, "Keep the search under 200 characters"),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  /** How many results of each kind to skip: the search page's later pages. */
  offset: z.coerce.number().int().min(0).max(1000, "Refine the search: at most the first 1,000 results are shown").default(0),
  /** One kind of result only (a picker looking for an item or a source runs one query instead of four). */
  only: z.enum(["items", "sources", "citations", "changes"], "Unknown kind of result").optional(),
});

export type SearchInput = z.input<typeof ZSearch>;

type Hit = { id: string; title: string; snippet: string; rank: number };
type Hits = {
  items: (Hit & { kind: ItemKind })[];
  sources: (Hit & { language: string })[];
  /** A citation's snippet is its excerpt, in its source's language. */
  citations: (Hit & { itemId: string; sourceId: string; language: string; startOffset: number; endOffset: number })[];
  changes: (Hit & { itemId: string | null; recordedAt: Date })[];
};
export type SearchKind = keyof Hits;
/** Each kind's results from `offset`, and whether more follow them. */
export type SearchResults = Hits & { more: Record<SearchKind, boolean> };

const { sql } = Prisma;
// Ranking a candidate costs 25-90 µs (a citation's or change reason's tsvector is computed, a source's long one read),
// so each kind ranks only its first candidates, sources fewest.
const CANDIDATES = 40;
const SOURCE_CANDIDATES = 20;
// regexp_replace's replacement for "a backslash, then what matched".
const BACKSLASH_AND_MATCH = String.raw`\\\&`;
const HEADLINE = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;
// ts_headline leaves out what the parser reads as a tag ("<a span class b>", raw HTML in a source), so a snippet hid
// text, and with it words the index holds (pt_search_vector reads "<" as a space). Each "<" goes in as a control
// character, as the hit markers are, and comes back out.
const LESS_THAN_STAND_IN = "\u0003";
// Stored text may hold these control characters too (only NUL is refused): in a snippet they read as spaces, so a
// marker there was put by ts_headline and a "<" by the stand-in's return.
const CONTROLS = `${HIT_START}${HIT_END}${LESS_THAN_STAND_IN}`;
const plain = (text: Prisma.Sql) => sql`translate(${text}, ${CONTROLS}, '   ')`;

/**
 * Searches items, sources (full text), citations and change reasons of one workspace. Full-text search (English
 * stemming, ranked, with highlighted snippets) finds words; a prefix query finds word beginnings; trigram matching
 * (ILIKE on pg_trgm indexes) finds any part of a word and text that full-text search does not segment (Japanese,
 * Korean, Chinese); a bigram index finds two-character CJK words (輸出, 韓国), too short for trigrams. Results come
 * grouped by type, best first, a page at a time (`limit` of each kind from `offset`).
 */
export async function searchWorkspace(actor: Actor, workspaceSlug: string, input: SearchInput): Promise<SearchResults> {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  // Pages pass their query string straight here.
  assertStorableInput(input);
  const parsed = ZSearch.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues[0]?.message ?? "Check the search", zodFieldErrors(parsed.error));
  const queries = searchSql(access.workspaceId, parsed.data);
  const { only, limit } = parsed.data;
  // One row more than the page, to know whether another page follows.
  const target = await listReadTarget();
  const run = async <K extends SearchKind>(kind: K) => (only && only !== kind ? [] : readRows<Hits[K][number]>(queries[kind], target, "per call"));
  const [items, sources, citations, changes] = await Promise.all([run("items"), run("sources"), run("citations"), run("changes")]);
  return {
    items: items.slice(0, limit),
    sources: sources.slice(0, limit),
    citations: citations.slice(0, limit),
    changes: changes.slice(0, limit),
    more: { items: items.length > limit, sources: sources.length > limit, citations: citations.length > limit, changes: changes.length > limit },
  };
}

/**
 * The bigram branches of a query with Japanese, Korean or Chinese text (cjk_bigrams, migration cjk_bigram_search):
 * a two-character word as typed, which the trigram index cannot serve, and, for longer text, every pair of its CJK
 * characters present, the nearest thing to "all its words" for text without spaces between words.
 */
function cjkBranches(q: string, column: Prisma.Sql, asTyped: Prisma.Sql): { asTyped: Prisma.Sql; words: Prisma.Sql[] } {
  const pairs = cjkBigrams(q);
  if (pairs.length === 0) return { asTyped, words: [] };
  const contains = sql`cjk_bigrams(${column}) @> ${pairs}::text[]`;
  // Under three characters the trigram index finds nothing to look up, so the as-typed match is found through the pair.
  if ([...q].length < 3) return { asTyped: sql`(${contains} AND ${asTyped})`, words: [] };
  return { asTyped, words: [contains] };
}

/** The four queries of a search, one per kind of result. */
function searchSql(workspaceId: string, { q, limit, offset }: z.output<typeof ZSearch>): Record<SearchKind, Prisma.Sql> {
  const ws = sql`${workspaceId}::uuid`;
  const words = sql`websearch_to_tsquery('english', ${q})`;
  // Stemmed and without stop words, like the indexed text: "export controls" -> export:* & control:* ("controls:*"
  // would miss the stored lexeme "control", and "of:*" would expand to every word beginning with "of").
  const prefix = prefixTsQuery(q);
  const prefixQuery = prefix ? sql`to_tsquery('english', ${prefix})` : sql`NULL::tsquery`;
  const like = likePattern(q);
  // The query's words and word beginnings highlighted in a text, with its "<" kept (LESS_THAN_STAND_IN) and its
  // control characters read as spaces (one translate: each character is mapped once).
  const headline = (text: Prisma.Sql) =>
    sql`translate(ts_headline('english', translate(${text}, ${`<${CONTROLS}`}, ${`${LESS_THAN_STAND_IN}   `}), ${words} || coalesce(${prefixQuery}, ''::tsquery), ${HEADLINE}),
                  ${LESS_THAN_STAND_IN}, '<')`;
  // A source's or citation's text matched as typed is also looked up by the query's inner words in the full-text index
  // (innerWords: a superset of what it finds, estimated from the words' frequencies). By its trigrams alone, PostgreSQL took the
  // lookup of a long pattern for dearer than reading every source, and read 10,000 of them (359 ms for a pasted sentence
  // found nowhere). When every inner word is a stop word the tsquery is empty and the lookup is left out (numnode,
  // folded as the statement is planned for its text); a query of one or two words has none. Items and change reasons
  // are short and their trigram lookups cheap: on 1,000,000 items the lookup made the items' statement dearer for every
  // query tried (the benchmark's phrase found nowhere 15 -> 39 ms, building a bitmap of the 100,196 items holding
  // "quota").
  const innerText = innerWords(q);
  const inner = sql`plainto_tsquery('english', ${innerText})`;
  // A query without inner words keeps the match as typed alone, the statement it had before the lookup.
  const withInnerWords = (vector: Prisma.Sql, asTyped: Prisma.Sql) =>
    innerText ? sql`((numnode(${inner}) = 0 OR ${vector} @@ ${inner}) AND ${asTyped})` : asTyped;
  const page = sql`LIMIT ${limit + 1} OFFSET ${offset}`;
  // Bodies can be long: a trigram-only hit shows the passage around the first occurrence instead of ts_headline.
  const around = (column: Prisma.Sql) =>
    sql`substring(${column} FROM greatest(1, strpos(lower(${column}), lower(${q})) - 80) FOR 240)`;

  // Ranking every match of a common word across a large workspace costs seconds; each kind of match contributes its
  // first candidates (found through its index, unordered; enough for the page asked for) and only those are ranked.
  // The text as typed (trigram-indexed ILIKE) comes first; the word matches are looked for only when it found fewer than
  // that. A common phrase ("export controls") then costs one short scan instead of building an index bitmap of every
  // row holding either word, and rows with the exact phrase are the best candidates anyway.
  // The word branches are planned as if every match were wanted (a CTE is planned for all its rows, and read only as far
  // as the LIMIT outside it): planned for their first rows, PostgreSQL expected a rare word's matches to be common and
  // scanned every row of the table to find none.
  const candidates = (table: Prisma.Sql, scope: Prisma.Sql, text: Prisma.Sql, asTyped: Prisma.Sql, wordMatches: Prisma.Sql[], wanted = CANDIDATES) => {
    const candidateCount = Math.max(wanted, offset + limit + 1);
    const cjk = cjkBranches(q, text, asTyped);
    const matches = (match: Prisma.Sql) => sql`SELECT x.id FROM ${table} x WHERE ${scope} AND ${match}`;
    const others = [...wordMatches, ...cjk.words];
    return sql`
      WITH typed AS MATERIALIZED (${matches(cjk.asTyped)} LIMIT ${candidateCount}),
      ${Prisma.join(others.map((match, i) => sql`${Prisma.raw(`words${i}`)} AS MATERIALIZED (${matches(match)})`), ", ")}
      SELECT id FROM typed
      UNION
      SELECT id FROM (${Prisma.join(others.map((_, i) => sql`(SELECT id FROM ${Prisma.raw(`words${i}`)} LIMIT ${candidateCount})`), " UNION ")}) words
      WHERE (SELECT count(*) FROM typed) < ${candidateCount}`;
  };
  // Word beginnings of a one-word query are among the part-of-a-word (trigram) matches; as a candidate branch of its own
  // the prefix query made PostgreSQL scan every row when few matched. It still counts in the ranking.
  const prefixBranch = prefix.includes(" & ") ? [sql`x."searchVector" @@ ${prefixQuery}`] : [];
  const itemScope = sql`x."workspaceId" = ${ws} AND x."archivedAt" IS NULL`;
  const sourceScope = sql`x."workspaceId" = ${ws}`;
  // A source's snippet is read from the 500 characters around the first word of the query it holds (ts_headline parses
  // all the text it is given: about 0.1 ms per 500 characters); the whole body when no word is found as typed or stemmed.
  // That word is found by one case-insensitive regular expression of all the query's words (each character but letters
  // and digits escaped), which stops at the first hit: lowering a 4 kB body to look for each word in it cost about 0.1 ms
  // per source. OFFSET 0 keeps the planner from copying the subquery into both places the snippet uses it.
  const wordsPattern = sql`(SELECT string_agg(regexp_replace(w, '[^[:alnum:]]', ${BACKSLASH_AND_MATCH}, 'g'), '|')
                            FROM unnest(tsvector_to_array(to_tsvector('simple', ${q})) || tsvector_to_array(to_tsvector('english', ${q}))) w)`;
  const firstWordAt = sql`nullif(regexp_instr(s.body, ${wordsPattern}, 1, 1, 0, 'i'), 0)`;

  return {
    items: sql`
      WITH hits AS (${candidates(sql`"TrackedItem"`, itemScope, sql`x.title || ' ' || x.summary`, sql`(x.title ILIKE ${like} OR x.summary ILIKE ${like})`, [
        sql`x."searchVector" @@ ${words}`,
        ...prefixBranch,
      ])})
      SELECT i.id, i.kind, i.title,
             ${headline(sql`i.title || ' — ' || i.summary`)} AS snippet,
             (ts_rank_cd(i."searchVector", ${words}) * 2 + ts_rank_cd(i."searchVector", coalesce(${prefixQuery}, ''::tsquery))
               + similarity(i.title, ${q}))::float8 AS rank
      FROM "TrackedItem" i JOIN hits ON hits.id = i.id
      ORDER BY rank DESC, i."updatedAt" DESC, i.id ${page}`,
    sources: sql`
      WITH hits AS (${candidates(sql`"Source"`, sourceScope, sql`x.title || ' ' || x.body`, sql`(${withInnerWords(sql`x."searchVector"`, sql`x.body ILIKE ${like}`)} OR x.title ILIKE ${like})`, [
        sql`x."searchVector" @@ ${words}`,
        ...prefixBranch,
      ], SOURCE_CANDIDATES)})
      SELECT s.id, s.title, s.language,
             CASE WHEN s."searchVector" @@ ${words} OR s."searchVector" @@ ${prefixQuery}
                  THEN ${headline(sql`CASE WHEN w.at IS NULL THEN s.body ELSE substring(s.body FROM greatest(1, w.at - 150) FOR 500) END`)}
                  ELSE ${plain(around(sql`s.body`))} END AS snippet,
             s.rank
      FROM (
        SELECT s.id, s.title, s.language, s.body, s."searchVector", s."createdAt",
               (ts_rank_cd(s."searchVector", ${words}) * 2 + ts_rank_cd(s."searchVector", coalesce(${prefixQuery}, ''::tsquery))
                 + similarity(s.title, ${q}))::float8 AS rank
        FROM "Source" s JOIN hits ON hits.id = s.id
        ORDER BY rank DESC, s."createdAt" DESC, s.id ${page}
      ) s CROSS JOIN LATERAL (SELECT ${firstWordAt} AS at OFFSET 0) w
      ORDER BY s.rank DESC, s."createdAt" DESC, s.id`,
    // Ranked and paged on the citation alone; the page's rows are then joined to their item and source.
    citations: sql`
      WITH hits AS (${candidates(sql`"Citation"`, sourceScope, sql`x.excerpt`, withInnerWords(sql`pt_search_vector(x.excerpt)`, sql`x.excerpt ILIKE ${like}`), [sql`pt_search_vector(x.excerpt) @@ ${words}`])})
      SELECT c.id, i.title, e."itemId", c."sourceId", s.language, c."startOffset", c."endOffset", ${plain(sql`c.excerpt`)} AS snippet, c.rank
      FROM (
        SELECT c.id, c."statusEventId", c."sourceId", c."startOffset", c."endOffset", c.excerpt,
               (ts_rank_cd(pt_search_vector(c.excerpt), ${words}) * 2 + similarity(c.excerpt, ${q}))::float8 AS rank
        FROM "Citation" c JOIN hits ON hits.id = c.id
        WHERE NOT EXISTS (SELECT 1 FROM "StatusRetraction" x WHERE x."statusEventId" = c."statusEventId")
        ORDER BY rank DESC, c.id ${page}
      ) c
        JOIN "StatusEvent" e ON e.id = c."statusEventId" JOIN "TrackedItem" i ON i.id = e."itemId"
        JOIN "Source" s ON s.id = c."sourceId"
      ORDER BY c.rank DESC, c.id`,
    changes: sql`
      WITH hits AS (${candidates(sql`"ChangeRecord"`, sql`x."workspaceId" = ${ws} AND x.reason <> ''`, sql`x.reason`, sql`x.reason ILIKE ${like}`, [
        sql`pt_search_vector(x.reason) @@ ${words}`,
      ])})
      SELECT r.id::text AS id, coalesce(i.title, r.type) AS title, r."itemId", r."recordedAt", ${plain(sql`r.reason`)} AS snippet, r.rank
      FROM (
        SELECT r.id, r.type, r."itemId", r."recordedAt", r.reason,
               (ts_rank_cd(pt_search_vector(r.reason), ${words}) * 2 + similarity(r.reason, ${q}))::float8 AS rank
        FROM "ChangeRecord" r JOIN hits ON hits.id = r.id
        ORDER BY rank DESC, r.id DESC ${page}
      ) r LEFT JOIN "TrackedItem" i ON i.id = r."itemId"
      ORDER BY r.rank DESC, r.id DESC`,
  };
}
