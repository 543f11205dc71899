-- DropIndex
DROP INDEX "TrackedItem_workspaceId_updatedAt_id_idx";
