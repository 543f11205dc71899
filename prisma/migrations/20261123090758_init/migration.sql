-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('owner', 'analyst', 'viewer');

-- CreateEnum
CREATE TYPE "ItemKind" AS ENUM ('export_control', 'preferred_trader_listing', 'trade_dispute', 'cooperation_initiative');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month', 'year');

-- CreateEnum
CREATE TYPE "ChangeKind" AS ENUM ('policy_development', 'correction');

-- CreateEnum
CREATE TYPE "RelationType" AS ENUM ('reverses', 'retaliates_against', 'supersedes', 'disputed_in', 'related_to');

-- CreateEnum
CREATE TYPE "ViewVisibility" AS ENUM ('personal', 'team');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserSession" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),
    "userAgent" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Workspace" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Workspace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrackedItem" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "kind" "ItemKind" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "implementingJurisdictions" TEXT[],
    "affectedJurisdictions" TEXT[],
    "tags" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" TIMESTAMPTZ(3),
    "currentStatus" TEXT,
    "currentEffectiveOn" DATE,
    "currentPrecision" "DatePrecision",
    "needsSource" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" UUID,

    CONSTRAINT "TrackedItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusEvent" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "precision" "DatePrecision" NOT NULL,
    "announcedOn" DATE,
    "announcedPrecision" "DatePrecision",
    "note" TEXT NOT NULL DEFAULT '',
    "noSourceYet" BOOLEAN NOT NULL DEFAULT false,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL,
    "recordedById" UUID NOT NULL,
    "retractedAt" TIMESTAMPTZ(3),

    CONSTRAINT "StatusEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "titleNote" TEXT NOT NULL DEFAULT '',
    "publisher" TEXT,
    "byline" TEXT,
    "dateline" TEXT,
    "publishedOn" DATE,
    "publishedPrecision" "DatePrecision",
    "publishedNote" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "language" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "statusEventId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "excerpt" TEXT NOT NULL,
    "startOffset" INTEGER NOT NULL,
    "endOffset" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Discrepancy" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "itemId" UUID,
    "citationAId" UUID,
    "citationBId" UUID,
    "sourceAId" UUID,
    "sourceBId" UUID,
    "note" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "resolvedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Discrepancy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItemRelation" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "fromItemId" UUID NOT NULL,
    "toItemId" UUID NOT NULL,
    "type" "RelationType" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ItemRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeRecord" (
    "id" BIGSERIAL NOT NULL,
    "workspaceId" UUID NOT NULL,
    "chainKey" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "itemId" UUID,
    "sourceId" UUID,
    "actorId" UUID,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL,
    "type" TEXT NOT NULL,
    "changeKind" "ChangeKind" NOT NULL DEFAULT 'policy_development',
    "reason" TEXT NOT NULL DEFAULT '',
    "diff" JSONB NOT NULL,
    "revertsId" BIGINT,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "ChangeRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "lockedUntil" TIMESTAMPTZ(3),

    CONSTRAINT "AuthThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "UserSession_userId_idx" ON "UserSession"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Workspace_slug_key" ON "Workspace"("slug");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_workspaceId_userId_key" ON "Membership"("workspaceId", "userId");

-- CreateIndex
CREATE INDEX "TrackedItem_workspaceId_updatedAt_id_idx" ON "TrackedItem"("workspaceId", "updatedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "TrackedItem_workspaceId_kind_idx" ON "TrackedItem"("workspaceId", "kind");

-- CreateIndex
CREATE INDEX "StatusEvent_itemId_effectiveOn_idx" ON "StatusEvent"("itemId", "effectiveOn");

-- CreateIndex
CREATE INDEX "StatusEvent_workspaceId_recordedAt_idx" ON "StatusEvent"("workspaceId", "recordedAt");

-- CreateIndex
CREATE INDEX "Source_workspaceId_publishedOn_idx" ON "Source"("workspaceId", "publishedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Source_workspaceId_contentHash_key" ON "Source"("workspaceId", "contentHash");

-- CreateIndex
CREATE INDEX "Citation_statusEventId_idx" ON "Citation"("statusEventId");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

-- CreateIndex
CREATE INDEX "Discrepancy_workspaceId_idx" ON "Discrepancy"("workspaceId");

-- CreateIndex
CREATE INDEX "Discrepancy_itemId_idx" ON "Discrepancy"("itemId");

-- CreateIndex
CREATE INDEX "ItemRelation_fromItemId_idx" ON "ItemRelation"("fromItemId");

-- CreateIndex
CREATE INDEX "ItemRelation_toItemId_idx" ON "ItemRelation"("toItemId");

-- CreateIndex
CREATE INDEX "ChangeRecord_workspaceId_recordedAt_idx" ON "ChangeRecord"("workspaceId", "recordedAt" DESC);

-- CreateIndex
CREATE INDEX "ChangeRecord_itemId_recordedAt_idx" ON "ChangeRecord"("itemId", "recordedAt");

-- CreateIndex
CREATE INDEX "ChangeRecord_actorId_idx" ON "ChangeRecord"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "ChangeRecord_chainKey_seq_key" ON "ChangeRecord"("chainKey", "seq");

-- AddForeignKey
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackedItem" ADD CONSTRAINT "TrackedItem_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusEvent" ADD CONSTRAINT "StatusEvent_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "TrackedItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_statusEventId_fkey" FOREIGN KEY ("statusEventId") REFERENCES "StatusEvent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemRelation" ADD CONSTRAINT "ItemRelation_fromItemId_fkey" FOREIGN KEY ("fromItemId") REFERENCES "TrackedItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemRelation" ADD CONSTRAINT "ItemRelation_toItemId_fkey" FOREIGN KEY ("toItemId") REFERENCES "TrackedItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: change records are append-only. The database itself refuses to rewrite history, whoever connects.
CREATE FUNCTION change_record_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'change records are append-only: % is not allowed on "ChangeRecord"', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER change_record_no_update_or_delete
  BEFORE UPDATE OR DELETE ON "ChangeRecord"
  FOR EACH ROW EXECUTE FUNCTION change_record_is_append_only();

CREATE TRIGGER change_record_no_truncate
  BEFORE TRUNCATE ON "ChangeRecord"
  FOR EACH STATEMENT EXECUTE FUNCTION change_record_is_append_only();
