-- CreateTable
CREATE TABLE "ItemLastChange" (
    "itemId" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "kind" "ItemKind" NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL,
    "implementingJurisdictions" TEXT[],
    "affectedJurisdictions" TEXT[],
    "tags" TEXT[],

    CONSTRAINT "ItemLastChange_pkey" PRIMARY KEY ("itemId")
);

-- AddForeignKey
ALTER TABLE "ItemLastChange" ADD CONSTRAINT "ItemLastChange_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "TrackedItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written (docs/decisions/032). The tracker's "last changed" order leaves the item's own indexes: with "updatedAt"
-- in two of them, every write's new time made the item's row update a non-HOT update, which writes an entry into each
-- of the item's indexes (fifteen, seven of them GIN), and cost a status change about a third of its time in
-- PostgreSQL. The time is kept here, with the indexes the sort walks, by triggers on the item, so whatever writes an
-- item (the write function, imports, the benchmark's seed) keeps it; with the jurisdictions and tags, which the walk
-- filters on before it looks an item up. The item's pages get room for the new row versions of HOT updates.
INSERT INTO "ItemLastChange" ("itemId", "workspaceId", kind, "changedAt", "implementingJurisdictions", "affectedJurisdictions", tags)
SELECT id, "workspaceId", kind, "updatedAt", "implementingJurisdictions", "affectedJurisdictions", tags FROM "TrackedItem";

CREATE INDEX "ItemLastChange_ws_changed_idx" ON "ItemLastChange" ("workspaceId", "changedAt" DESC, "itemId" DESC);
CREATE INDEX "ItemLastChange_ws_kind_changed_idx" ON "ItemLastChange" ("workspaceId", kind, "changedAt" DESC, "itemId" DESC);
DROP INDEX "TrackedItem_ws_updated_idx";
DROP INDEX "TrackedItem_ws_kind_updated_idx";
ALTER TABLE "TrackedItem" SET (fillfactor = 85);

-- One statement per insert statement (an import's thousand items, the seed's million, cost one).
CREATE FUNCTION pt_item_last_change_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ItemLastChange" ("itemId", "workspaceId", kind, "changedAt", "implementingJurisdictions", "affectedJurisdictions", tags)
  SELECT id, "workspaceId", kind, "updatedAt", "implementingJurisdictions", "affectedJurisdictions", tags FROM new_items;
  RETURN NULL;
END;
$$;

CREATE TRIGGER last_change_insert AFTER INSERT ON "TrackedItem" REFERENCING NEW TABLE AS new_items
  FOR EACH STATEMENT EXECUTE FUNCTION pt_item_last_change_insert();

CREATE FUNCTION pt_item_last_change_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ItemLastChange" SET "workspaceId" = NEW."workspaceId", kind = NEW.kind, "changedAt" = NEW."updatedAt",
    "implementingJurisdictions" = NEW."implementingJurisdictions", "affectedJurisdictions" = NEW."affectedJurisdictions", tags = NEW.tags
  WHERE "itemId" = NEW.id;
  RETURN NULL;
END;
$$;

CREATE TRIGGER last_change_update AFTER UPDATE ON "TrackedItem" FOR EACH ROW
  WHEN ((OLD."updatedAt", OLD.kind, OLD."workspaceId", OLD."implementingJurisdictions", OLD."affectedJurisdictions", OLD.tags)
    IS DISTINCT FROM (NEW."updatedAt", NEW.kind, NEW."workspaceId", NEW."implementingJurisdictions", NEW."affectedJurisdictions", NEW.tags))
  EXECUTE FUNCTION pt_item_last_change_update();
