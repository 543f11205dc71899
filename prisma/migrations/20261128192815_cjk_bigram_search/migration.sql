-- Hand-written (no schema change): an index for two-character Japanese, Korean and Chinese words (輸出, 韓国, 수출),
-- which the trigram indexes cannot serve: a pattern needs three characters to yield a trigram. cjk_bigrams lists the
-- distinct pairs of adjacent characters in each run of CJK characters (kana, Han, Hangul), so "text contains 輸出" is
-- "cjk_bigrams(text) @> '{輸出}'", a GIN lookup. lib/search/cjk-bigrams.ts splits a query the same way.
CREATE FUNCTION cjk_bigrams(body text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT coalesce(array_agg(DISTINCT substr(run[1], i, 2)), '{}')
  FROM regexp_matches(body, '([\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]{2,})', 'g') AS run,
       generate_series(1, char_length(run[1]) - 1) AS i
$$;

CREATE INDEX "TrackedItem_cjk_bigrams_idx" ON "TrackedItem" USING gin (cjk_bigrams("title" || ' ' || "summary"));
CREATE INDEX "Source_cjk_bigrams_idx" ON "Source" USING gin (cjk_bigrams("title" || ' ' || "body"));
CREATE INDEX "Citation_cjk_bigrams_idx" ON "Citation" USING gin (cjk_bigrams("excerpt"));
CREATE INDEX "ChangeRecord_cjk_bigrams_idx" ON "ChangeRecord" USING gin (cjk_bigrams("reason"));
