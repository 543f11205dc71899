-- CreateTable
CREATE TABLE "ItemRevision" (
    "id" BIGSERIAL NOT NULL,
    "workspaceId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "implementingJurisdictions" TEXT[],
    "affectedJurisdictions" TEXT[],
    "tags" TEXT[],
    "archived" BOOLEAN NOT NULL,

    CONSTRAINT "ItemRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ItemRevision_itemId_recordedAt_idx" ON "ItemRevision"("itemId", "recordedAt" DESC);

-- CreateIndex
CREATE INDEX "ItemRevision_workspaceId_recordedAt_idx" ON "ItemRevision"("workspaceId", "recordedAt");

-- AddForeignKey
ALTER TABLE "ItemRevision" ADD CONSTRAINT "ItemRevision_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "TrackedItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
