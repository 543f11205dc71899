-- AlterTable
ALTER TABLE "SavedView" ADD COLUMN     "deletedAt" TIMESTAMPTZ(3);
