-- CreateIndex (before the old one is dropped: reads of citations keep an index on their source meanwhile)
CREATE INDEX "Citation_sourceId_startOffset_endOffset_id_idx" ON "Citation"("sourceId", "startOffset", "endOffset", "id");

-- DropIndex
DROP INDEX "Citation_sourceId_idx";
