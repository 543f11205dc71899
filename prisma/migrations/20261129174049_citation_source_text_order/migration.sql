-- DropIndex
DROP INDEX "Citation_sourceId_idx";

-- CreateIndex
CREATE INDEX "Citation_sourceId_startOffset_endOffset_id_idx" ON "Citation"("sourceId", "startOffset", "endOffset", "id");
