-- Hand-written (no schema change). pt_items_create: an import's new items, set-based (docs/decisions/023).
-- It writes, for every item, exactly what pt_item_write's "item.created" write and then one "status.recorded" write per
-- status would: the same change records (same types, diffs, reasons and versions, in the same order on each item's
-- chain), status events, citations, revision and cached status. The records are sealed by the same trigger
-- (pt_seal_change: a row-level trigger sees the rows its statement inserted before, so one INSERT of many records
-- chains them exactly as many INSERTs would). Like pt_item_write it runs with the caller's rights: the app's role
-- gains nothing it did not have. What it saves: one statement per kind of row instead of one function call per write,
-- and two writes of each item's row (insert, then one update) instead of one per write, each maintaining the item's
-- fifteen indexes.
CREATE FUNCTION pt_items_create(p jsonb) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  v_ws uuid := (p->>'workspaceId')::uuid;
  v_actor uuid := (p->>'actorId')::uuid;
  v_reason text := COALESCE(p->>'reason', '');
  v_change_kind "ChangeKind" := COALESCE(p->>'changeKind', 'policy_development')::"ChangeKind";
  v_today date := (now() AT TIME ZONE 'UTC')::date;
  v_count integer := jsonb_array_length(COALESCE(p->'items', '[]'::jsonb));
  v_ids uuid[];
  v_bad record;
  -- Each item's creation record, and each status's record (by its event id), with their record times.
  v_made_item uuid[];
  v_made_change bigint[];
  v_made_time timestamptz[];
  v_s_item uuid[];
  v_s_args jsonb[];
  v_s_event uuid[];
  v_s_change bigint[];
  v_s_time timestamptz[];
  v_cited integer;
  v_citations integer;
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "Membership" m WHERE m."workspaceId" = v_ws AND m."userId" = v_actor
      AND m.role::text IN (SELECT jsonb_array_elements_text(p->'roles'))) THEN
    RAISE EXCEPTION 'You do not have permission to do that.' USING ERRCODE = 'PT403';
  END IF;
  IF p->>'backdate' IS NOT NULL THEN
    PERFORM set_config('pt.backdate', p->>'backdate', true);
  END IF;
  IF v_count = 0 THEN
    RETURN 0;
  END IF;

  -- The checks pt_item_write makes of a status against the item, for every status at once.
  SELECT it->'args'->>'kind' AS kind, st->'statusHints' AS hints, st->>'correctsEventId' AS corrects INTO v_bad
  FROM jsonb_array_elements(p->'items') it, jsonb_array_elements(COALESCE(it->'statuses', '[]'::jsonb)) st
  WHERE st->>'correctsEventId' IS NOT NULL OR NOT ((it->'args'->>'kind') IN (SELECT jsonb_array_elements_text(st->'kinds')))
  LIMIT 1;
  IF FOUND AND v_bad.corrects IS NOT NULL THEN
    RAISE EXCEPTION 'The status being corrected was not found.' USING ERRCODE = 'PT404';
  ELSIF FOUND THEN
    RAISE EXCEPTION 'That status does not apply to this kind of item' USING ERRCODE = 'PT400', COLUMN = 'status',
      HINT = COALESCE(v_bad.hints->>v_bad.kind, 'Choose another status');
  END IF;

  -- uuidv7 is monotonic within a session: the ids follow the file's order, as one-by-one creation's would.
  SELECT array_agg(uuidv7() ORDER BY n) INTO v_ids FROM generate_series(1, v_count) n;

  INSERT INTO "TrackedItem" (id, "workspaceId", kind, title, summary, "implementingJurisdictions", "affectedJurisdictions",
                             tags, version, "updatedById", "externalId")
  SELECT v_ids[t.n], v_ws, (t.it->'args'->>'kind')::"ItemKind", t.it->'args'->>'title', COALESCE(t.it->'args'->>'summary', ''),
         pt_text_array(t.it->'args'->'implementingJurisdictions'), pt_text_array(t.it->'args'->'affectedJurisdictions'),
         pt_text_array(t.it->'args'->'tags'), 0, v_actor, t.it->'args'->>'externalId'
  FROM jsonb_array_elements(p->'items') WITH ORDINALITY t(it, n) ORDER BY t.n;

  -- item.created, as pt_item_write words it: every argument from nothing, and version 1.
  WITH made AS (
    INSERT INTO "ChangeRecord" ("workspaceId", "chainKey", "itemId", "actorId", type, "changeKind", reason, diff)
    SELECT v_ws, 'item:' || v_ids[t.n]::text, v_ids[t.n], v_actor, 'item.created', v_change_kind, v_reason,
           (SELECT jsonb_object_agg(k, jsonb_build_object('before', NULL, 'after', t.it->'args'->k)) FROM jsonb_object_keys(t.it->'args') k)
           || jsonb_build_object('version', jsonb_build_object('before', NULL, 'after', 1))
    FROM jsonb_array_elements(p->'items') WITH ORDINALITY t(it, n) ORDER BY t.n
    RETURNING "itemId", id, "recordedAt")
  SELECT array_agg("itemId"), array_agg(id), array_agg("recordedAt") INTO v_made_item, v_made_change, v_made_time FROM made;

  INSERT INTO "ItemRevision" ("workspaceId", "itemId", "changeId", "recordedAt", title, summary, "implementingJurisdictions",
                              "affectedJurisdictions", tags, archived)
  SELECT i."workspaceId", i.id, u.change, u.at, i.title, i.summary, i."implementingJurisdictions", i."affectedJurisdictions", i.tags, false
  FROM unnest(v_made_item, v_made_change, v_made_time) u(item, change, at) JOIN "TrackedItem" i ON i.id = u.item;

  -- status.recorded, one per status in the file's order. Its "before" is the item's cached status just before it:
  -- today's status among the item's earlier statuses (pt_status_on: the latest effective on or before today, the
  -- later recorded on a tie).
  WITH made AS (
    INSERT INTO "ChangeRecord" ("workspaceId", "chainKey", "itemId", "actorId", type, "changeKind", reason, diff)
    SELECT v_ws, 'item:' || v_ids[t.n]::text, v_ids[t.n], v_actor, 'status.recorded', v_change_kind, v_reason,
           jsonb_build_object(
             'statusEventId', uuidv7(),
             'correctsEventId', s.st->'correctsEventId',
             'status', jsonb_build_object('before', (
                SELECT e->>'status' FROM jsonb_array_elements(t.it->'statuses') WITH ORDINALITY q(e, j)
                WHERE q.j < s.k AND (e->'effectiveOn'->>'date')::date <= v_today
                ORDER BY (e->'effectiveOn'->>'date')::date DESC, q.j DESC LIMIT 1), 'after', s.st->'status'),
             'effectiveOn', jsonb_build_object('before', NULL, 'after', s.st->'effectiveOn'->'key'),
             'announcedOn', jsonb_build_object('before', NULL, 'after', s.st->'announcedOn'->'key'),
             'note', jsonb_build_object('before', NULL, 'after', s.st->'note'),
             'citations', jsonb_build_object('before', NULL, 'after', s.st->'citations'))
           || jsonb_build_object('version', jsonb_build_object('before', s.k, 'after', s.k + 1))
    FROM jsonb_array_elements(p->'items') WITH ORDINALITY t(it, n),
         jsonb_array_elements(COALESCE(t.it->'statuses', '[]'::jsonb)) WITH ORDINALITY s(st, k)
    ORDER BY t.n, s.k
    RETURNING "itemId", id, "recordedAt", (diff->>'statusEventId')::uuid AS event)
  SELECT array_agg("itemId"), array_agg(id), array_agg("recordedAt"), array_agg(event) INTO v_s_item, v_s_change, v_s_time, v_s_event FROM made;

  IF v_s_event IS NOT NULL THEN
    -- The statuses' own arguments, matched to their records by item and position.
    SELECT array_agg(s.st ORDER BY t.n, s.k) INTO v_s_args
    FROM jsonb_array_elements(p->'items') WITH ORDINALITY t(it, n),
         jsonb_array_elements(COALESCE(t.it->'statuses', '[]'::jsonb)) WITH ORDINALITY s(st, k);
    -- Records were numbered in that same order.
    SELECT array_agg(u.item ORDER BY u.change), array_agg(u.event ORDER BY u.change), array_agg(u.change ORDER BY u.change),
           array_agg(u.at ORDER BY u.change)
      INTO v_s_item, v_s_event, v_s_change, v_s_time FROM unnest(v_s_item, v_s_event, v_s_change, v_s_time) u(item, event, change, at);

    INSERT INTO "StatusEvent" (id, "workspaceId", "itemId", status, "effectiveOn", precision, "announcedOn", "announcedPrecision",
                               note, "noSourceYet", "changeId", "recordedAt", "recordedById")
    SELECT u.event, v_ws, u.item, u.st->>'status', (u.st->'effectiveOn'->>'date')::date,
           (u.st->'effectiveOn'->>'precision')::"DatePrecision", (u.st->'announcedOn'->>'date')::date,
           (u.st->'announcedOn'->>'precision')::"DatePrecision", COALESCE(u.st->>'note', ''),
           jsonb_array_length(COALESCE(u.st->'citations', '[]'::jsonb)) = 0, u.change, u.at, v_actor
    FROM unnest(v_s_item, v_s_event, v_s_change, v_s_time, v_s_args) u(item, event, change, at, st);

    INSERT INTO "Citation" (id, "workspaceId", "statusEventId", "sourceId", excerpt, "startOffset", "endOffset", "changeId")
    SELECT uuidv7(), v_ws, u.event, src.id, c->>'excerpt', (c->>'startOffset')::int, (c->>'endOffset')::int, u.change
    FROM unnest(v_s_event, v_s_change, v_s_args) WITH ORDINALITY u(event, change, st, o)
    CROSS JOIN LATERAL jsonb_array_elements(COALESCE(u.st->'citations', '[]'::jsonb)) WITH ORDINALITY x(c, ci)
    JOIN "Source" src ON src.id = (c->>'sourceId')::uuid AND src."workspaceId" = v_ws
    ORDER BY u.o, x.ci;
    GET DIAGNOSTICS v_cited = ROW_COUNT;
    SELECT COALESCE(sum(jsonb_array_length(COALESCE(a->'citations', '[]'::jsonb))), 0) INTO v_citations FROM unnest(v_s_args) a;
    IF v_cited <> v_citations THEN
      RAISE EXCEPTION 'A cited source was not found' USING ERRCODE = 'PT400';
    END IF;
  END IF;

  -- The item's row as its last write would leave it: its version (the chain's length), times, and cached status.
  UPDATE "TrackedItem" i SET
    version = w.writes,
    "createdAt" = w.created,
    "updatedAt" = w.updated,
    ("currentStatus", "currentEffectiveOn", "currentPrecision", "nextStatus", "nextEffectiveOn", "nextPrecision",
     "nextAnnouncedOn", "nextAnnouncedPrecision") = (
      SELECT s.status, s."effectiveOn", s.precision, s."nextStatus", s."nextEffectiveOn", s."nextPrecision",
             s."nextAnnouncedOn", s."nextAnnouncedPrecision"
      FROM pt_status_on(i.id, v_today, NULL) s),
    "needsSource" = EXISTS (
      SELECT 1 FROM "StatusEvent" e
      WHERE e."itemId" = i.id AND e."noSourceYet"
        AND NOT EXISTS (SELECT 1 FROM "StatusRetraction" x WHERE x."statusEventId" = e.id)
        AND NOT EXISTS (SELECT 1 FROM "Citation" c WHERE c."statusEventId" = e.id))
  FROM (
    SELECT u.item, count(*)::int AS writes, min(u.at) AS created, max(u.at) AS updated
    FROM (SELECT * FROM unnest(v_made_item, v_made_time) UNION ALL SELECT * FROM unnest(v_s_item, v_s_time)) u(item, at)
    GROUP BY u.item
  ) w
  WHERE i.id = w.item;
  RETURN v_count;
END;
$$;
