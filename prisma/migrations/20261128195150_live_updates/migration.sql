-- CreateTable
CREATE TABLE "Presence" (
    "workspaceId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "editing" BOOLEAN NOT NULL DEFAULT false,
    "seenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Presence_pkey" PRIMARY KEY ("itemId","userId")
);

-- CreateIndex
CREATE INDEX "Presence_workspaceId_idx" ON "Presence"("workspaceId");

-- Hand-written: presence is the present only (a heartbeat replaces it), so it is kept out of the write-ahead log.
ALTER TABLE "Presence" SET UNLOGGED;

-- Every committed change announces itself (docs/decisions/012): the seal trigger notifies the channel pt_changes with
-- the record's id and workspace, from inside the transaction.
CREATE OR REPLACE FUNCTION pt_seal_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_head record;
  v_last timestamptz;
  v_time timestamptz := date_trunc('milliseconds', clock_timestamp());
  v_backdate text := current_setting('pt.backdate', true);
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('pt-order:' || NEW."workspaceId"::text, 0));
  NEW.id := nextval('"ChangeRecord_id_seq"');
  SELECT seq, hash INTO v_head FROM "ChangeRecord" WHERE "chainKey" = NEW."chainKey" ORDER BY seq DESC LIMIT 1;
  SELECT "recordedAt" INTO v_last FROM "ChangeRecord" WHERE "workspaceId" = NEW."workspaceId" ORDER BY id DESC LIMIT 1;
  -- Only a role that could rewrite the table anyway (its owner) may record at an earlier time: the demo seed does,
  -- to give a fresh install a past to look at.
  IF v_backdate IS NOT NULL AND v_backdate <> '' THEN
    IF NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
      RAISE EXCEPTION 'Only the owner of "ChangeRecord" may backdate change records' USING ERRCODE = 'insufficient_privilege';
    END IF;
    v_time := LEAST(v_time, date_trunc('milliseconds', v_backdate::timestamptz));
  END IF;
  NEW."recordedAt" := GREATEST(v_time, v_last);
  NEW.seq := COALESCE(v_head.seq, 0) + 1;
  NEW."prevHash" := COALESCE(v_head.hash, repeat('0', 64));
  NEW."hashVersion" := 2;
  NEW.hash := pt_change_hash(NEW);
  -- Delivered when (and only if) the transaction commits, in commit order, to every app instance listening.
  PERFORM pg_notify('pt_changes', json_build_object('id', NEW.id::text, 'workspaceId', NEW."workspaceId")::text);
  RETURN NEW;
END;
$$;
