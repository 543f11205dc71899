-- CreateTable
CREATE TABLE "HistoryCheckpoint" (
    "id" BIGSERIAL NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "digest" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "document" JSONB NOT NULL,

    CONSTRAINT "HistoryCheckpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrityRun" (
    "id" BIGSERIAL NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "finishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "records" INTEGER NOT NULL,
    "chains" INTEGER NOT NULL,
    "checkpointDigest" TEXT,
    "ok" BOOLEAN NOT NULL,
    "findings" JSONB NOT NULL,

    CONSTRAINT "IntegrityRun_pkey" PRIMARY KEY ("id")
);

-- Hand-written: both are append-only (pt_grant_app_privileges then gives the app's role SELECT and INSERT only).
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON "HistoryCheckpoint" FOR EACH ROW EXECUTE FUNCTION pt_refuse_change();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON "HistoryCheckpoint" FOR EACH STATEMENT EXECUTE FUNCTION pt_refuse_change();
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON "IntegrityRun" FOR EACH ROW EXECUTE FUNCTION pt_refuse_change();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON "IntegrityRun" FOR EACH STATEMENT EXECUTE FUNCTION pt_refuse_change();
