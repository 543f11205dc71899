-- AlterTable
ALTER TABLE "ItemLastChange" ADD COLUMN     "currentStatus" TEXT,
ADD COLUMN     "needsSource" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "nextEffectiveOn" DATE,
ADD COLUMN     "nextStatus" TEXT;


-- Hand-written (docs/decisions/032). A walk in last-change order filtered by today's status or "no source yet" tests
-- them here, before it looks an item up: with them only on the item, every row walked cost a lookup of its item, and
-- a filter by a rarer status took about twice as long as before the order moved here.
UPDATE "ItemLastChange" o SET "currentStatus" = i."currentStatus", "nextStatus" = i."nextStatus",
  "nextEffectiveOn" = i."nextEffectiveOn", "needsSource" = i."needsSource"
FROM "TrackedItem" i WHERE i.id = o."itemId";

CREATE OR REPLACE FUNCTION pt_item_last_change_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ItemLastChange" ("itemId", "workspaceId", kind, "changedAt", "implementingJurisdictions", "affectedJurisdictions", tags,
    "currentStatus", "nextStatus", "nextEffectiveOn", "needsSource")
  SELECT id, "workspaceId", kind, "updatedAt", "implementingJurisdictions", "affectedJurisdictions", tags,
    "currentStatus", "nextStatus", "nextEffectiveOn", "needsSource" FROM new_items;
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION pt_item_last_change_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ItemLastChange" SET "workspaceId" = NEW."workspaceId", kind = NEW.kind, "changedAt" = NEW."updatedAt",
    "implementingJurisdictions" = NEW."implementingJurisdictions", "affectedJurisdictions" = NEW."affectedJurisdictions", tags = NEW.tags,
    "currentStatus" = NEW."currentStatus", "nextStatus" = NEW."nextStatus", "nextEffectiveOn" = NEW."nextEffectiveOn", "needsSource" = NEW."needsSource"
  WHERE "itemId" = NEW.id;
  RETURN NULL;
END;
$$;

DROP TRIGGER last_change_update ON "TrackedItem";
CREATE TRIGGER last_change_update AFTER UPDATE ON "TrackedItem" FOR EACH ROW
  WHEN ((OLD."updatedAt", OLD.kind, OLD."workspaceId", OLD."implementingJurisdictions", OLD."affectedJurisdictions", OLD.tags,
         OLD."currentStatus", OLD."nextStatus", OLD."nextEffectiveOn", OLD."needsSource")
    IS DISTINCT FROM (NEW."updatedAt", NEW.kind, NEW."workspaceId", NEW."implementingJurisdictions", NEW."affectedJurisdictions", NEW.tags,
         NEW."currentStatus", NEW."nextStatus", NEW."nextEffectiveOn", NEW."needsSource"))
  EXECUTE FUNCTION pt_item_last_change_update();
