-- CreateEnum
CREATE TYPE "CommentTarget" AS ENUM ('item', 'status_event', 'discrepancy');

-- CreateEnum
CREATE TYPE "WatchTarget" AS ENUM ('item', 'source', 'view');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('mention', 'watch', 'webhook');

-- CreateEnum
CREATE TYPE "EmailDelivery" AS ENUM ('off', 'immediate', 'digest');

-- CreateEnum
CREATE TYPE "EmailState" AS ENUM ('none', 'pending', 'digest', 'sent', 'failed');

-- CreateEnum
CREATE TYPE "WebhookFormat" AS ENUM ('json', 'slack');

-- CreateEnum
CREATE TYPE "DeliveryState" AS ENUM ('pending', 'succeeded', 'failed', 'cancelled');

-- CreateTable
CREATE TABLE "Comment" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "target" "CommentTarget" NOT NULL,
    "itemId" UUID,
    "statusEventId" UUID,
    "discrepancyId" UUID,
    "sourceId" UUID,
    "parentId" UUID,
    "authorId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "mentions" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "editedAt" TIMESTAMPTZ(3),
    "deletedAt" TIMESTAMPTZ(3),
    "deletedById" UUID,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Watch" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "target" "WatchTarget" NOT NULL,
    "itemId" UUID,
    "sourceId" UUID,
    "viewId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Watch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEvent" (
    "changeId" BIGINT NOT NULL,
    "workspaceId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxEvent_pkey" PRIMARY KEY ("changeId")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "changeId" BIGINT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "actorId" UUID,
    "title" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL DEFAULT '',
    "link" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "inbox" BOOLEAN NOT NULL DEFAULT true,
    "readAt" TIMESTAMPTZ(3),
    "emailState" "EmailState" NOT NULL DEFAULT 'none',
    "emailClaimedUntil" TIMESTAMPTZ(3),
    "emailAttempts" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "inbox" BOOLEAN NOT NULL,
    "email" "EmailDelivery" NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateTable
CREATE TABLE "DigestRun" (
    "userId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "claimedUntil" TIMESTAMPTZ(3),
    "sentAt" TIMESTAMPTZ(3),
    "notifications" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DigestRun_pkey" PRIMARY KEY ("userId","day")
);

-- CreateTable
CREATE TABLE "TrackerVisit" (
    "userId" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "markerAt" TIMESTAMPTZ(3),
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TrackerVisit_pkey" PRIMARY KEY ("userId","workspaceId")
);

-- CreateTable
CREATE TABLE "WebhookEndpoint" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "url" TEXT NOT NULL,
    "format" "WebhookFormat" NOT NULL,
    "eventTypes" TEXT[],
    "secretCiphertext" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "disabledAt" TIMESTAMPTZ(3),
    "disabledReason" TEXT NOT NULL DEFAULT '',
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "WebhookEndpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "endpointId" UUID NOT NULL,
    "changeId" BIGINT,
    "eventType" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "state" "DeliveryState" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" TIMESTAMPTZ(3),
    "claimToken" UUID,
    "lastStatus" INTEGER,
    "lastError" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookAttempt" (
    "id" BIGSERIAL NOT NULL,
    "deliveryId" UUID NOT NULL,
    "endpointId" UUID NOT NULL,
    "attempt" INTEGER NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "statusCode" INTEGER,
    "error" TEXT NOT NULL DEFAULT '',
    "responseExcerpt" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "WebhookAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Comment_itemId_createdAt_idx" ON "Comment"("itemId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_discrepancyId_createdAt_idx" ON "Comment"("discrepancyId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_workspaceId_createdAt_idx" ON "Comment"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "Watch_itemId_idx" ON "Watch"("itemId");

-- CreateIndex
CREATE INDEX "Watch_sourceId_idx" ON "Watch"("sourceId");

-- CreateIndex
CREATE INDEX "Watch_workspaceId_target_idx" ON "Watch"("workspaceId", "target");

-- CreateIndex
CREATE UNIQUE INDEX "Watch_userId_itemId_key" ON "Watch"("userId", "itemId");

-- CreateIndex
CREATE UNIQUE INDEX "Watch_userId_sourceId_key" ON "Watch"("userId", "sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Watch_userId_viewId_key" ON "Watch"("userId", "viewId");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_changeId_key" ON "Notification"("userId", "changeId");

-- CreateIndex
CREATE INDEX "WebhookEndpoint_workspaceId_idx" ON "WebhookEndpoint"("workspaceId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_endpointId_createdAt_idx" ON "WebhookDelivery"("endpointId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_endpointId_changeId_key" ON "WebhookDelivery"("endpointId", "changeId");

-- CreateIndex
CREATE INDEX "WebhookAttempt_deliveryId_attempt_idx" ON "WebhookAttempt"("deliveryId", "attempt");

-- ---------------------------------------------------------------------------------------------------------------------
-- Hand-written.

-- A comment names exactly what it is about.
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_target_check" CHECK (
  (target = 'item' AND "itemId" IS NOT NULL AND "statusEventId" IS NULL AND "discrepancyId" IS NULL AND "sourceId" IS NULL)
  OR (target = 'status_event' AND "itemId" IS NOT NULL AND "statusEventId" IS NOT NULL AND "discrepancyId" IS NULL AND "sourceId" IS NULL)
  OR (target = 'discrepancy' AND "discrepancyId" IS NOT NULL AND "statusEventId" IS NULL AND (("itemId" IS NULL) <> ("sourceId" IS NULL))));

-- A watch names exactly what it follows.
ALTER TABLE "Watch" ADD CONSTRAINT "Watch_target_check" CHECK (
  (target = 'item' AND "itemId" IS NOT NULL AND "sourceId" IS NULL AND "viewId" IS NULL)
  OR (target = 'source' AND "sourceId" IS NOT NULL AND "itemId" IS NULL AND "viewId" IS NULL)
  OR (target = 'view' AND "viewId" IS NOT NULL AND "itemId" IS NULL AND "sourceId" IS NULL));

-- The work queues read only what is waiting: emails to send, digests to assemble, deliveries due.
CREATE INDEX "Notification_email_waiting_idx" ON "Notification" ("emailState", "userId") WHERE "emailState" IN ('pending', 'digest');
CREATE INDEX "Notification_unread_idx" ON "Notification" ("userId") WHERE "readAt" IS NULL AND inbox;
CREATE INDEX "WebhookDelivery_due_idx" ON "WebhookDelivery" ("nextAttemptAt") WHERE state = 'pending';

-- The outbox (docs/decisions/025): every change record queues itself, in the transaction that writes it, so a change
-- that commits is never lost to notifications and webhooks, and one that rolls back never reaches them. A statement
-- trigger with a transition table: an import's thousand records cost one INSERT.
CREATE FUNCTION pt_queue_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "OutboxEvent" ("changeId", "workspaceId") SELECT id, "workspaceId" FROM new_changes;
  RETURN NULL;
END;
$$;
CREATE TRIGGER queue_change AFTER INSERT ON "ChangeRecord" REFERENCING NEW TABLE AS new_changes FOR EACH STATEMENT EXECUTE FUNCTION pt_queue_change();

-- A delivery's attempts are its log: only ever added to (pt_grant_app_privileges then gives the app SELECT and INSERT).
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON "WebhookAttempt" FOR EACH ROW EXECUTE FUNCTION pt_refuse_change();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON "WebhookAttempt" FOR EACH STATEMENT EXECUTE FUNCTION pt_refuse_change();

-- What the app's role may do, as before, with comments among the entities whose history chains must not lose their
-- owner (no DELETE).
CREATE OR REPLACE FUNCTION pt_grant_app_privileges() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  t record;
BEGIN
  EXECUTE 'GRANT USAGE ON SCHEMA public TO policy_tracker_app';
  FOR t IN
    SELECT c.oid, c.relname,
           EXISTS (SELECT 1 FROM pg_trigger tg JOIN pg_proc f ON f.oid = tg.tgfoid
                   WHERE tg.tgrelid = c.oid AND f.proname = 'pt_refuse_change') AS append_only
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
  LOOP
    EXECUTE format('REVOKE ALL ON %I FROM policy_tracker_app', t.relname);
    CONTINUE WHEN t.relname = '_prisma_migrations';
    IF t.append_only THEN
      EXECUTE format('GRANT SELECT, INSERT ON %I TO policy_tracker_app', t.relname);
    ELSIF t.relname = 'Source' THEN
      EXECUTE format('GRANT SELECT, INSERT, UPDATE (%s) ON %I TO policy_tracker_app', (
        SELECT string_agg(quote_ident(a.attname), ', ') FROM pg_attribute a
        WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
          AND a.attname NOT IN ('id', 'workspaceId', 'body', 'contentHash', 'createdAt', 'createdById')), t.relname);
    ELSIF t.relname IN ('Workspace', 'User', 'TrackedItem', 'Comment') THEN
      EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO policy_tracker_app', t.relname);
    ELSE
      EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO policy_tracker_app', t.relname);
    END IF;
  END LOOP;
  EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO policy_tracker_app';
END;
$$;
