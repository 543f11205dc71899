-- Hand-written (no schema change). Every GIN index (search, jurisdictions, tags) keeps a pending list of at most 64 kB
-- instead of the default 4 MB (docs/decisions/006). New entries are appended to the pending list, which every scan of
-- the index reads in full until it is merged into the index: by an insert that finds it over the limit, or by a vacuum,
-- which on a table as large as the change records comes only after hundreds of thousands of inserts. On 100,000 items a
-- search for a phrase found nowhere spent 10 of its 11 ms in the change reasons' pending list. Turning the pending list
-- off (fastupdate = off) made the reads as cheap but cost a status change about a quarter of its throughput, since
-- every insert then puts its few dozen trigrams into the index one by one; a short list keeps the batched merge. New GIN
-- indexes must say WITH (gin_pending_list_limit = 64): an integration test checks every one.
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN
    SELECT c.oid::regclass AS index_name
    FROM pg_class c JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE a.amname = 'gin' AND n.nspname = current_schema()
  LOOP
    EXECUTE format('ALTER INDEX %s SET (gin_pending_list_limit = 64)', r.index_name);
    -- What is already pending is merged now (a lower limit alone would wait for the next insert).
    PERFORM gin_clean_pending_list(r.index_name);
  END LOOP;
END $$;
