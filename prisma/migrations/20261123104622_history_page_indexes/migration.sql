-- CreateIndex
CREATE INDEX "ChangeRecord_itemId_id_idx" ON "ChangeRecord"("itemId", "id" DESC);

-- CreateIndex
CREATE INDEX "ChangeRecord_workspaceId_id_idx" ON "ChangeRecord"("workspaceId", "id" DESC);

-- CreateIndex
CREATE INDEX "ChangeRecord_revertsId_idx" ON "ChangeRecord"("revertsId");
