-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('en', 'ja', 'ko');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" "Locale";
