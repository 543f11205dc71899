-- pt_status_on reads the latest event on or before a day, by record time among events of one day: with the record time
-- in the index that is one entry read backwards, with no sort per call (docs/decisions/028).
-- DropIndex
DROP INDEX "StatusEvent_itemId_effectiveOn_idx";

-- CreateIndex
CREATE INDEX "StatusEvent_itemId_effectiveOn_recordedAt_idx" ON "StatusEvent"("itemId", "effectiveOn", "recordedAt");
