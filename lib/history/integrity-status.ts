import type { Actor } from "@/lib/auth/actor";
import { historyProtection, type HistoryProtection } from "@/lib/db/history-protection";
import { readRows } from "@/lib/db/read-sql";
import { notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorize } from "@/lib/workspaces/authorize";
import { workspaceCopy, ZCheckpoint, type Checkpoint } from "./checkpoint";
import type { Finding } from "./verify-history";

const { sql } = Prisma;

export type IntegrityStatus = {
  workspace: { name: string; chains: number; records: number; firstRecordedAt: Date | null };
  /** Whether the app's own database role could change or delete history: it must not. */
  role: HistoryProtection;
  verification: { finishedAt: Date; ok: boolean; records: number; chains: number; checkpointDigest: string | null; here: Finding[]; elsewhere: number } | null;
  checkpoint: { createdAt: Date; digest: string; keyId: string; chains: number } | null;
};

/**
 * What an owner sees on the Integrity page: the last run of `npm run history:verify` (problems in this workspace, and
 * how many elsewhere, without naming them), the last checkpoint and whether the app's database role is as limited as
 * it should be.
 */
export async function getIntegrityStatus(actor: Actor, workspaceSlug: string): Promise<IntegrityStatus> {
  const access = await authorize(actor, workspaceSlug, "integrity.read");
  const [[counts], role, [run], [checkpoint]] = await Promise.all([
    readRows<{ chains: number; records: number; first: Date | null }>(sql`
      SELECT count(DISTINCT "chainKey")::int AS chains, count(*)::int AS records, min("recordedAt") AS first
      FROM "ChangeRecord" WHERE "workspaceId" = ${access.workspaceId}::uuid`),
    historyProtection(),
    readRows<{ finishedAt: Date; ok: boolean; records: number; chains: number; checkpointDigest: string | null; findings: Finding[] }>(sql`
      SELECT "finishedAt", ok, records, chains, "checkpointDigest", findings FROM "IntegrityRun" ORDER BY id DESC LIMIT 1`),
    readRows<{ createdAt: Date; digest: string; keyId: string; chains: number }>(sql`
      SELECT "createdAt", digest, "keyId",
             (SELECT coalesce(sum(jsonb_array_length(w->'chains')), 0)::int FROM jsonb_array_elements(document->'workspaces') w
              WHERE w->>'workspaceId' = ${access.workspaceId}) AS chains
      FROM "HistoryCheckpoint" ORDER BY id DESC LIMIT 1`),
  ]);
  return {
    workspace: { name: access.name, chains: counts?.chains ?? 0, records: counts?.records ?? 0, firstRecordedAt: counts?.first ?? null },
    role,
    verification: run
      ? {
          finishedAt: run.finishedAt,
          ok: run.ok,
          records: run.records,
          chains: run.chains,
          checkpointDigest: run.checkpointDigest,
          here: run.findings.filter((f) => f.workspaceId === access.workspaceId),
          elsewhere: run.findings.filter((f) => f.workspaceId !== access.workspaceId).length,
        }
      : null,
    checkpoint: checkpoint ?? null,
  };
}

/**
 * This workspace's part of the latest checkpoint, verifiable on its own (its chains, the other workspaces' digests and
 * the signature), for the owner to keep outside the app: `npm run history:verify -- --checkpoint <file>` checks it.
 */
export async function latestCheckpointCopy(actor: Actor, workspaceSlug: string): Promise<{ name: string; checkpoint: Checkpoint }> {
  const access = await authorize(actor, workspaceSlug, "integrity.read");
  const [row] = await readRows<{ document: unknown }>(sql`SELECT document FROM "HistoryCheckpoint" ORDER BY id DESC LIMIT 1`);
  if (!row) throw notFound("Checkpoint");
  const checkpoint = ZCheckpoint.parse(row.document);
  return { name: `${access.slug}-checkpoint-${checkpoint.createdAt.slice(0, 19).replace(/[:T]/g, "-")}`, checkpoint: workspaceCopy(checkpoint, access.workspaceId) };
}
