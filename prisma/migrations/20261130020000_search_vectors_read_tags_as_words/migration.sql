-- Hand-written (no schema change): searched text is indexed with every "<" read as a space. PostgreSQL's parser reads
-- a run such as `<a span class b>` (or an unquoted attribute of raw HTML left in a source's text) as one tag token,
-- which no configuration indexes, so the words inside it were missing from the tsvectors; search's inner-words lookup
-- (docs/decisions/006) then missed text that holds them, where the trigram lookup alone had found it. A tag token is
-- the one token that spans spaces, and "<" is the only way into one, so without it every word between spaces in the
-- text is a word of its tsvector. (Only the index reads the text this way; what is shown and quoted is untouched.)
-- Changing the generated columns' expressions rewrites "Source" and "TrackedItem" and rebuilds their indexes, under a
-- lock that holds reads of them too (README, "Upgrading").
CREATE FUNCTION pt_search_vector(text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('english', translate($1, '<', ' '))
$$;

ALTER TABLE "Source" ALTER COLUMN "searchVector" SET EXPRESSION AS (
  setweight(pt_search_vector("title"), 'A') ||
  setweight(pt_search_vector(coalesce("publisher", '') || ' ' || coalesce("byline", '')), 'C') ||
  setweight(pt_search_vector("body"), 'B')
);
ALTER TABLE "TrackedItem" ALTER COLUMN "searchVector" SET EXPRESSION AS (
  setweight(pt_search_vector("title"), 'A') || setweight(pt_search_vector("summary"), 'B')
);

-- Queried as pt_search_vector(column): the planner inlines the function in the query and in the index alike.
DROP INDEX "Citation_excerpt_fts_idx";
CREATE INDEX "Citation_excerpt_fts_idx" ON "Citation" USING gin (pt_search_vector("excerpt")) WITH (gin_pending_list_limit = 64);
DROP INDEX "ChangeRecord_reason_fts_idx";
CREATE INDEX "ChangeRecord_reason_fts_idx" ON "ChangeRecord" USING gin (pt_search_vector("reason")) WITH (gin_pending_list_limit = 64);

-- Statistics of the rewritten columns and the new indexes, which PostgreSQL otherwise lacks until autovacuum comes by:
-- without them it took a rare word for a common one (the benchmark's phrase found nowhere cost 220 ms a search at 100k
-- instead of 6 until ANALYZE ran).
ANALYZE "Source", "TrackedItem", "Citation", "ChangeRecord";
