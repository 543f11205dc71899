-- Hand-written (no schema change): searched text is indexed with every "<" read as a space. PostgreSQL's parser reads
-- a run such as `<a span class b>` (or an unquoted attribute of raw HTML left in a source's text) as one tag token,
-- which no configuration indexes, so the words inside it were missing from the tsvectors; search's inner-words lookup
-- (docs/decisions/006) then missed text that holds them, where the trigram lookup alone had found it. A tag token is
-- the one token that spans spaces, and "<" is the only way into one, so without it every word between spaces in the
-- text is a word of its tsvector. (Only the index reads the text this way; what is shown and quoted is untouched.)
-- PostgreSQL 15 cannot change a generation expression: the columns are dropped and added again, which rewrites
-- "Source" and "TrackedItem" and builds their indexes while writes to them wait.
CREATE FUNCTION pt_search_vector(text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('english', translate($1, '<', ' '))
$$;

ALTER TABLE "Source" DROP COLUMN "searchVector";
ALTER TABLE "Source" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(pt_search_vector("title"), 'A') ||
  setweight(pt_search_vector(coalesce("publisher", '') || ' ' || coalesce("byline", '')), 'C') ||
  setweight(pt_search_vector("body"), 'B')
) STORED;
CREATE INDEX "Source_searchVector_idx" ON "Source" USING gin ("searchVector") WITH (gin_pending_list_limit = 64);

ALTER TABLE "TrackedItem" DROP COLUMN "searchVector";
ALTER TABLE "TrackedItem" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(pt_search_vector("title"), 'A') || setweight(pt_search_vector("summary"), 'B')
) STORED;
CREATE INDEX "TrackedItem_searchVector_idx" ON "TrackedItem" USING gin ("searchVector") WITH (gin_pending_list_limit = 64);

-- Queried as pt_search_vector(column): the planner inlines the function in the query and in the index alike.
DROP INDEX "Citation_excerpt_fts_idx";
CREATE INDEX "Citation_excerpt_fts_idx" ON "Citation" USING gin (pt_search_vector("excerpt")) WITH (gin_pending_list_limit = 64);
DROP INDEX "ChangeRecord_reason_fts_idx";
CREATE INDEX "ChangeRecord_reason_fts_idx" ON "ChangeRecord" USING gin (pt_search_vector("reason")) WITH (gin_pending_list_limit = 64);

-- The new column and indexes have no statistics until autovacuum comes by; without them PostgreSQL took a rare word for
-- a common one (the benchmark's phrase found nowhere: 6 ms a search at 100k before, 220 ms after, until this ran).
ANALYZE "Source", "TrackedItem", "Citation", "ChangeRecord";
