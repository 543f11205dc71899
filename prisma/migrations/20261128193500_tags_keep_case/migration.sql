-- Hand-written (no schema change): tags keep the case they are typed in ("WTO", "Group A"), and the tracker's tag
-- filter ignores case. Tags stored before this were lower-cased on the way in; their original case is not known, so
-- they stay as they are (and still match, whatever case a filter uses).
CREATE FUNCTION lower_tags(tags text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT coalesce(array_agg(lower(tag)), '{}') FROM unnest(tags) AS tag $$;

DROP INDEX "TrackedItem_tags_gin_idx";
CREATE INDEX "TrackedItem_lower_tags_gin_idx" ON "TrackedItem" USING gin (lower_tags(tags));
