-- Hand-written (no schema change). pt_item_write (docs/decisions/010) as before, but a write that changes an item's
-- statuses refreshes the cached status in the same row update instead of a second one: every update of the item's row
-- writes a new row version and an entry in each of its indexes (fifteen, six of them GIN), so the second update was
-- about as dear as the first.
CREATE OR REPLACE FUNCTION pt_item_write(p jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  v_ws uuid := (p->>'workspaceId')::uuid;
  v_actor uuid := (p->>'actorId')::uuid;
  v_type text := p->>'type';
  v_args jsonb := COALESCE(p->'args', '{}'::jsonb);
  v_reverts bigint := (p->>'revertsId')::bigint;
  v_item "TrackedItem"%ROWTYPE;
  v_diff jsonb := '{}'::jsonb;
  v_out jsonb := '{}'::jsonb;
  v_change_id bigint;
  v_time timestamptz;
  v_revision boolean := false;
  v_key text;
  v_before jsonb;
  v_new_id uuid;
  v_other uuid;
  v_row record;
  v_cited integer;
  v_status_write boolean := v_type IN ('status.recorded', 'status.retracted', 'citation.added');
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "Membership" m WHERE m."workspaceId" = v_ws AND m."userId" = v_actor
      AND m.role::text IN (SELECT jsonb_array_elements_text(p->'roles'))) THEN
    RAISE EXCEPTION 'You do not have permission to do that.' USING ERRCODE = 'PT403';
  END IF;
  -- The seal trigger honours this only for the owner of "ChangeRecord" (the demo seed).
  IF p->>'backdate' IS NOT NULL THEN
    PERFORM set_config('pt.backdate', p->>'backdate', true);
  END IF;

  IF v_type = 'item.created' THEN
    INSERT INTO "TrackedItem" (id, "workspaceId", kind, title, summary, "implementingJurisdictions", "affectedJurisdictions",
                               tags, version, "updatedById", "externalId")
    VALUES (uuidv7(), v_ws, (v_args->>'kind')::"ItemKind", v_args->>'title', COALESCE(v_args->>'summary', ''),
            pt_text_array(v_args->'implementingJurisdictions'), pt_text_array(v_args->'affectedJurisdictions'),
            pt_text_array(v_args->'tags'), 0, v_actor, v_args->>'externalId')
    RETURNING * INTO v_item;
    SELECT jsonb_object_agg(k, jsonb_build_object('before', NULL, 'after', v_args->k)) INTO v_diff FROM jsonb_object_keys(v_args) k;
    v_revision := true;
  ELSE
    SELECT * INTO v_item FROM "TrackedItem" WHERE id = (p->>'itemId')::uuid AND "workspaceId" = v_ws FOR UPDATE;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'Item was not found.' USING ERRCODE = 'PT404';
    END IF;
    -- Flagging or resolving a disagreement between sources overwrites nothing, so it may be made against any version.
    IF p->>'expectedVersion' IS NULL AND v_type NOT LIKE 'discrepancy.%' THEN
      RAISE EXCEPTION 'pt_item_write: % needs the version it was made against', v_type;
    END IF;
    IF v_item.version <> COALESCE((p->>'expectedVersion')::int, v_item.version) THEN
      RETURN jsonb_build_object('conflict', true, 'version', v_item.version);
    END IF;
    IF v_item."archivedAt" IS NOT NULL AND v_type <> 'item.restored' THEN
      RAISE EXCEPTION 'This item is archived. Restore it before changing it.' USING ERRCODE = 'PT400';
    END IF;
    IF v_reverts IS NOT NULL AND EXISTS (SELECT 1 FROM "ChangeRecord" WHERE "revertsId" = v_reverts) THEN
      RAISE EXCEPTION 'This change has already been reverted.' USING ERRCODE = 'PT400';
    END IF;

    CASE v_type
    WHEN 'item.updated' THEN
      FOR v_key IN SELECT jsonb_object_keys(v_args->'fields') LOOP
        IF v_key NOT IN ('title', 'summary', 'implementingJurisdictions', 'affectedJurisdictions', 'tags') THEN
          RAISE EXCEPTION 'The field % cannot be edited', v_key USING ERRCODE = 'PT400';
        END IF;
        v_before := to_jsonb(v_item) -> v_key;
        IF v_before IS DISTINCT FROM v_args->'fields'->v_key THEN
          v_diff := v_diff || jsonb_build_object(v_key, jsonb_build_object('before', v_before, 'after', v_args->'fields'->v_key));
        END IF;
      END LOOP;
      IF v_diff = '{}'::jsonb THEN
        RAISE EXCEPTION 'Nothing changed: edit a field before saving.' USING ERRCODE = 'PT400';
      END IF;
      v_revision := true;

    WHEN 'item.archived', 'item.restored' THEN
      IF (v_item."archivedAt" IS NOT NULL) = (v_type = 'item.archived') THEN
        RAISE EXCEPTION '%', CASE WHEN v_type = 'item.archived' THEN 'This item is already archived.' ELSE 'This item is not archived.' END
          USING ERRCODE = 'PT400';
      END IF;
      v_diff := jsonb_build_object('archived', jsonb_build_object('before', v_type = 'item.restored', 'after', v_type = 'item.archived'));
      v_revision := true;

    WHEN 'status.recorded' THEN
      IF NOT (v_item.kind::text IN (SELECT jsonb_array_elements_text(v_args->'kinds'))) THEN
        RAISE EXCEPTION 'That status does not apply to this kind of item' USING ERRCODE = 'PT400', COLUMN = 'status',
          HINT = COALESCE(v_args->'statusHints'->>v_item.kind::text, 'Choose another status');
      END IF;
      IF v_args->>'correctsEventId' IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM "StatusEvent" e WHERE e.id = (v_args->>'correctsEventId')::uuid AND e."itemId" = v_item.id
          AND NOT EXISTS (SELECT 1 FROM "StatusRetraction" x WHERE x."statusEventId" = e.id)) THEN
        RAISE EXCEPTION 'The status being corrected was not found.' USING ERRCODE = 'PT404';
      END IF;
      v_new_id := uuidv7();
      v_diff := jsonb_build_object(
        'statusEventId', v_new_id,
        'correctsEventId', v_args->'correctsEventId',
        'status', jsonb_build_object('before', v_item."currentStatus", 'after', v_args->'status'),
        'effectiveOn', jsonb_build_object('before', NULL, 'after', v_args->'effectiveOn'->'key'),
        'announcedOn', jsonb_build_object('before', NULL, 'after', v_args->'announcedOn'->'key'),
        'note', jsonb_build_object('before', NULL, 'after', v_args->'note'),
        'citations', jsonb_build_object('before', NULL, 'after', v_args->'citations'));
      v_out := jsonb_build_object('eventId', v_new_id);

    WHEN 'status.retracted' THEN
      IF NOT EXISTS (
        SELECT 1 FROM "StatusEvent" e WHERE e.id = (v_args->>'statusEventId')::uuid AND e."itemId" = v_item.id
          AND NOT EXISTS (SELECT 1 FROM "StatusRetraction" x WHERE x."statusEventId" = e.id)) THEN
        RAISE EXCEPTION 'That status is no longer current, so there is nothing to revert.' USING ERRCODE = 'PT400';
      END IF;
      IF v_args->>'correctsEventId' IS NOT NULL THEN
        v_new_id := uuidv7();
      END IF;
      v_diff := jsonb_build_object('statusEventId', v_args->'statusEventId', 'restoredEventId', v_new_id);

    WHEN 'citation.added' THEN
      IF NOT EXISTS (
        SELECT 1 FROM "StatusEvent" e WHERE e.id = (v_args->>'statusEventId')::uuid AND e."itemId" = v_item.id
          AND NOT EXISTS (SELECT 1 FROM "StatusRetraction" x WHERE x."statusEventId" = e.id)) THEN
        RAISE EXCEPTION 'Status was not found.' USING ERRCODE = 'PT404';
      END IF;
      v_new_id := uuidv7();
      v_diff := jsonb_build_object('statusEventId', v_args->'statusEventId', 'citationId', v_new_id,
                                   'citation', jsonb_build_object('before', NULL, 'after', v_args->'citation'));
      v_out := jsonb_build_object('citationId', v_new_id);

    WHEN 'relation.added' THEN
      v_other := (v_args->>'toItemId')::uuid;
      IF v_other = v_item.id THEN
        RAISE EXCEPTION 'An item cannot be related to itself' USING ERRCODE = 'PT400', COLUMN = 'toItemId', HINT = 'Choose another item';
      END IF;
      IF NOT EXISTS (SELECT 1 FROM "TrackedItem" WHERE id = v_other AND "workspaceId" = v_ws) THEN
        RAISE EXCEPTION 'The related item was not found' USING ERRCODE = 'PT400', COLUMN = 'toItemId', HINT = 'Choose an item from this workspace';
      END IF;
      IF EXISTS (SELECT 1 FROM "ItemRelation" WHERE "fromItemId" = v_item.id AND "toItemId" = v_other
                   AND type = (v_args->>'type')::"RelationType" AND "removedAt" IS NULL) THEN
        RAISE EXCEPTION 'These items are already related that way' USING ERRCODE = 'PT400';
      END IF;
      v_new_id := uuidv7();
      v_diff := jsonb_build_object('relationId', v_new_id, 'relation', jsonb_build_object('before', NULL, 'after',
                  jsonb_build_object('type', v_args->'type', 'toItemId', v_args->'toItemId', 'note', v_args->'note')));
      v_out := jsonb_build_object('relationId', v_new_id);

    WHEN 'relation.removed' THEN
      SELECT r.type, r."toItemId", r.note INTO v_row FROM "ItemRelation" r
      WHERE r.id = (v_args->>'relationId')::uuid AND r."fromItemId" = v_item.id AND r."removedAt" IS NULL FOR UPDATE;
      IF NOT FOUND THEN
        RAISE EXCEPTION 'Relation was not found.' USING ERRCODE = 'PT404';
      END IF;
      v_diff := jsonb_build_object('relationId', v_args->'relationId', 'relation', jsonb_build_object(
                  'before', jsonb_build_object('type', v_row.type, 'toItemId', v_row."toItemId", 'note', v_row.note), 'after', NULL));

    WHEN 'discrepancy.flagged' THEN
      v_new_id := uuidv7();
      v_diff := jsonb_build_object('discrepancyId', v_new_id,
        'sources', jsonb_build_object('before', NULL, 'after', jsonb_build_array(v_args->'sourceAId', v_args->'sourceBId')),
        'note', jsonb_build_object('before', NULL, 'after', v_args->'note'));
      v_out := jsonb_build_object('id', v_new_id);

    WHEN 'discrepancy.resolved' THEN
      PERFORM 1 FROM "Discrepancy" WHERE id = (v_args->>'discrepancyId')::uuid AND "itemId" = v_item.id AND "resolvedAt" IS NULL FOR UPDATE;
      IF NOT FOUND THEN
        RAISE EXCEPTION 'Open discrepancy was not found.' USING ERRCODE = 'PT404';
      END IF;
      v_diff := jsonb_build_object('discrepancyId', v_args->'discrepancyId', 'resolved', jsonb_build_object('before', false, 'after', true));

    ELSE
      RAISE EXCEPTION 'pt_item_write: unknown type %', v_type;
    END CASE;
  END IF;

  v_diff := v_diff || jsonb_build_object('version', jsonb_build_object(
              'before', CASE WHEN v_type = 'item.created' THEN NULL ELSE v_item.version END, 'after', v_item.version + 1));
  INSERT INTO "ChangeRecord" ("workspaceId", "chainKey", "itemId", "actorId", type, "changeKind", reason, diff, "revertsId")
  VALUES (v_ws, 'item:' || v_item.id::text, v_item.id, v_actor, v_type,
          COALESCE(p->>'changeKind', 'policy_development')::"ChangeKind", COALESCE(p->>'reason', ''), v_diff, v_reverts)
  RETURNING id, "recordedAt" INTO v_change_id, v_time;

  CASE v_type
  WHEN 'status.recorded' THEN
    IF v_args->>'correctsEventId' IS NOT NULL THEN
      INSERT INTO "StatusRetraction" ("statusEventId", "workspaceId", "itemId", "changeId", "recordedAt")
      VALUES ((v_args->>'correctsEventId')::uuid, v_ws, v_item.id, v_change_id, v_time);
    END IF;
    INSERT INTO "StatusEvent" (id, "workspaceId", "itemId", status, "effectiveOn", precision, "announcedOn", "announcedPrecision",
                               note, "noSourceYet", "changeId", "recordedAt", "recordedById")
    VALUES (v_new_id, v_ws, v_item.id, v_args->>'status', (v_args->'effectiveOn'->>'date')::date,
            (v_args->'effectiveOn'->>'precision')::"DatePrecision", (v_args->'announcedOn'->>'date')::date,
            (v_args->'announcedOn'->>'precision')::"DatePrecision", COALESCE(v_args->>'note', ''),
            jsonb_array_length(COALESCE(v_args->'citations', '[]'::jsonb)) = 0, v_change_id, v_time, v_actor);
    INSERT INTO "Citation" (id, "workspaceId", "statusEventId", "sourceId", excerpt, "startOffset", "endOffset", "changeId")
    SELECT uuidv7(), v_ws, v_new_id, s.id, c->>'excerpt', (c->>'startOffset')::int, (c->>'endOffset')::int, v_change_id
    FROM jsonb_array_elements(COALESCE(v_args->'citations', '[]'::jsonb)) c
    JOIN "Source" s ON s.id = (c->>'sourceId')::uuid AND s."workspaceId" = v_ws;
    GET DIAGNOSTICS v_cited = ROW_COUNT;
    IF v_cited <> jsonb_array_length(COALESCE(v_args->'citations', '[]'::jsonb)) THEN
      RAISE EXCEPTION 'A cited source was not found' USING ERRCODE = 'PT400';
    END IF;

  WHEN 'status.retracted' THEN
    INSERT INTO "StatusRetraction" ("statusEventId", "workspaceId", "itemId", "changeId", "recordedAt")
    VALUES ((v_args->>'statusEventId')::uuid, v_ws, v_item.id, v_change_id, v_time);
    -- A reverted correction brings back the status it had replaced, as a new record from now: the record-time
    -- history keeps showing it withdrawn while the correction stood.
    IF v_new_id IS NOT NULL THEN
      INSERT INTO "StatusEvent" (id, "workspaceId", "itemId", status, "effectiveOn", precision, "announcedOn", "announcedPrecision",
                                 note, "noSourceYet", "changeId", "recordedAt", "recordedById")
      SELECT v_new_id, e."workspaceId", e."itemId", e.status, e."effectiveOn", e.precision, e."announcedOn", e."announcedPrecision",
             e.note, e."noSourceYet", v_change_id, v_time, v_actor
      FROM "StatusEvent" e WHERE e.id = (v_args->>'correctsEventId')::uuid AND e."itemId" = v_item.id;
      INSERT INTO "Citation" (id, "workspaceId", "statusEventId", "sourceId", excerpt, "startOffset", "endOffset", "changeId")
      SELECT uuidv7(), c."workspaceId", v_new_id, c."sourceId", c.excerpt, c."startOffset", c."endOffset", v_change_id
      FROM "Citation" c WHERE c."statusEventId" = (v_args->>'correctsEventId')::uuid ORDER BY c."createdAt", c.id;
    END IF;

  WHEN 'citation.added' THEN
    INSERT INTO "Citation" (id, "workspaceId", "statusEventId", "sourceId", excerpt, "startOffset", "endOffset", "changeId")
    SELECT v_new_id, v_ws, (v_args->>'statusEventId')::uuid, s.id, v_args->'citation'->>'excerpt',
           (v_args->'citation'->>'startOffset')::int, (v_args->'citation'->>'endOffset')::int, v_change_id
    FROM "Source" s WHERE s.id = (v_args->'citation'->>'sourceId')::uuid AND s."workspaceId" = v_ws;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'A cited source was not found' USING ERRCODE = 'PT400';
    END IF;

  WHEN 'relation.added' THEN
    INSERT INTO "ItemRelation" (id, "workspaceId", "fromItemId", "toItemId", type, note, "createdAt")
    VALUES (v_new_id, v_ws, v_item.id, (v_args->>'toItemId')::uuid, (v_args->>'type')::"RelationType", COALESCE(v_args->>'note', ''), v_time);

  WHEN 'relation.removed' THEN
    UPDATE "ItemRelation" SET "removedAt" = v_time WHERE id = (v_args->>'relationId')::uuid;

  WHEN 'discrepancy.flagged' THEN
    INSERT INTO "Discrepancy" (id, "workspaceId", "itemId", "citationAId", "citationBId", "sourceAId", "sourceBId", note, "createdAt", "createdById")
    VALUES (v_new_id, v_ws, v_item.id, (v_args->>'citationAId')::uuid, (v_args->>'citationBId')::uuid, (v_args->>'sourceAId')::uuid,
            (v_args->>'sourceBId')::uuid, v_args->>'note', v_time, v_actor);

  WHEN 'discrepancy.resolved' THEN
    UPDATE "Discrepancy" SET "resolvedAt" = v_time WHERE id = (v_args->>'discrepancyId')::uuid;

  ELSE
    NULL;
  END CASE;

  UPDATE "TrackedItem" i SET
    version = v_item.version + 1,
    "updatedAt" = v_time,
    "updatedById" = v_actor,
    "createdAt" = CASE WHEN v_type = 'item.created' THEN v_time ELSE "createdAt" END,
    "archivedAt" = CASE v_type WHEN 'item.archived' THEN v_time WHEN 'item.restored' THEN NULL ELSE "archivedAt" END,
    title = CASE WHEN v_type = 'item.updated' AND v_args->'fields' ? 'title' THEN v_args->'fields'->>'title' ELSE title END,
    summary = CASE WHEN v_type = 'item.updated' AND v_args->'fields' ? 'summary' THEN v_args->'fields'->>'summary' ELSE summary END,
    "implementingJurisdictions" = CASE WHEN v_type = 'item.updated' AND v_args->'fields' ? 'implementingJurisdictions'
      THEN pt_text_array(v_args->'fields'->'implementingJurisdictions') ELSE "implementingJurisdictions" END,
    "affectedJurisdictions" = CASE WHEN v_type = 'item.updated' AND v_args->'fields' ? 'affectedJurisdictions'
      THEN pt_text_array(v_args->'fields'->'affectedJurisdictions') ELSE "affectedJurisdictions" END,
    tags = CASE WHEN v_type = 'item.updated' AND v_args->'fields' ? 'tags' THEN pt_text_array(v_args->'fields'->'tags') ELSE tags END,
    -- What pt_refresh_item_status computes, in the same row update (pt_status_on always gives one row).
    ("currentStatus", "currentEffectiveOn", "currentPrecision", "nextStatus", "nextEffectiveOn", "nextPrecision",
     "nextAnnouncedOn", "nextAnnouncedPrecision") = (
      SELECT s.status, s."effectiveOn", s.precision, s."nextStatus", s."nextEffectiveOn", s."nextPrecision",
             s."nextAnnouncedOn", s."nextAnnouncedPrecision"
      FROM pt_status_on(i.id, (now() AT TIME ZONE 'UTC')::date, NULL) s WHERE v_status_write
      UNION ALL
      SELECT i."currentStatus", i."currentEffectiveOn", i."currentPrecision", i."nextStatus", i."nextEffectiveOn",
             i."nextPrecision", i."nextAnnouncedOn", i."nextAnnouncedPrecision" WHERE NOT v_status_write),
    "needsSource" = CASE WHEN v_status_write THEN EXISTS (
      SELECT 1 FROM "StatusEvent" e
      WHERE e."itemId" = i.id AND e."noSourceYet"
        AND NOT EXISTS (SELECT 1 FROM "StatusRetraction" x WHERE x."statusEventId" = e.id)
        AND NOT EXISTS (SELECT 1 FROM "Citation" c WHERE c."statusEventId" = e.id)) ELSE "needsSource" END
  WHERE i.id = v_item.id;
  IF v_revision THEN
    INSERT INTO "ItemRevision" ("workspaceId", "itemId", "changeId", "recordedAt", title, summary, "implementingJurisdictions",
                                "affectedJurisdictions", tags, archived)
    SELECT "workspaceId", id, v_change_id, v_time, title, summary, "implementingJurisdictions", "affectedJurisdictions", tags,
           "archivedAt" IS NOT NULL
    FROM "TrackedItem" WHERE id = v_item.id;
  END IF;
  RETURN v_out || jsonb_build_object('itemId', v_item.id, 'version', v_item.version + 1, 'changeId', v_change_id::text, 'recordedAt', v_time);
END;
$$;
