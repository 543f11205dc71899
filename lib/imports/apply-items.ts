import type postgres from "postgres";
import type { Actor } from "@/lib/auth/actor";
import { rowsFrom } from "@/lib/db/read-sql";
import { DomainError } from "@/lib/errors";
import { appendChangeSql, appendChangesSql, sourceChain, workspaceChain } from "@/lib/history/append-change";
import { callItemsCreate, callItemWrites, type ItemWrite, type ItemWriteType } from "@/lib/tracking/item-write";
import { statusRecordedArgs } from "@/lib/tracking/record-status-change";
import type { ResolvedCitation } from "@/lib/tracking/resolve-citations";
import type { WorkspaceAccess } from "@/lib/workspaces/authorize";
import type { ParsedItems } from "./item-rows";
import { loadItemState, planDigest, planItemImport, type ItemImportPlan, type PlannedCitation } from "./plan-items";

export type ImportProgress = (progress: { phase: "checking" | "applying"; done: number; total: number }) => void;
export type ImportFile = { name: string; sha256: string; mapping: string };

// Item writes go to the database this many to a statement (pt_item_writes); progress is reported after each.
const BATCH = 1000;

const conflict = (message: string) => new DomainError("conflict", message);

/**
 * Applies an item import in one transaction: the items the file names are locked (in id order) before anything is
 * written, the plan is made again under those locks, then the import's own change record (on the workspace's chain,
 * with its reason and counts), the sources it adds and every item write, each through pt_item_write and so on its
 * item's chain. A failure anywhere leaves nothing behind. Lock order matches other writers: item rows, then the
 * workspace row, then the workspace's ordering lock (taken by the first change record).
 */
export async function applyItemImport(
  sql: postgres.TransactionSql,
  actor: Actor,
  access: WorkspaceAccess,
  parsed: ParsedItems,
  meta: { reason: string; file: ImportFile; planDigest?: string },
  onProgress?: ImportProgress,
): Promise<{ plan: ItemImportPlan; changeId: string | null }> {
  const externalIds = parsed.items.map((i) => i.externalId);
  // pt_item_write's statements (and its triggers') keep the plans first made on this connection; made while a new
  // workspace's tables were small, those scan whole tables, which the import then grows by tens of thousands of rows
  // (applying 10,000 rows took twice as long). Every lookup here has an index: use it, whatever the sizes were.
  await sql`SET LOCAL enable_seqscan = off`;
  await sql`SELECT id FROM "TrackedItem" WHERE "workspaceId" = ${access.workspaceId}::uuid AND "externalId" = ANY(${externalIds}::text[]) ORDER BY id FOR UPDATE`;
  const plan = planItemImport(parsed, await loadItemState(rowsFrom(sql as unknown as postgres.Sql), access.workspaceId, parsed));
  if (plan.errors.length > 0) return { plan, changeId: null };
  if (meta.planDigest && meta.planDigest !== planDigest(plan)) {
    throw conflict("The workspace changed since the dry run, and importing now would do something else. Nothing was imported: run the dry run again.");
  }
  if (plan.plans.length === 0) return { plan, changeId: null };

  await sql`UPDATE "Workspace" SET version = version + 1 WHERE id = ${access.workspaceId}::uuid`;
  const record = await appendChangeSql(sql, {
    workspaceId: access.workspaceId,
    chainKey: workspaceChain(access.workspaceId),
    actorId: actor.userId,
    type: "workspace.imported",
    reason: meta.reason,
    diff: {
      importOf: "items",
      file: { name: meta.file.name, sha256: meta.file.sha256, rows: plan.counts.rows, mapping: meta.file.mapping },
      created: plan.counts.created,
      updated: plan.counts.updated,
      unchanged: plan.counts.unchanged,
    },
  });
  const reason = `Import #${record.id}: ${meta.reason}`.slice(0, 2000);

  // Sources the file's statements become, each on its own chain like any source added.
  const sourceIds = new Map<string, string>();
  if (plan.newSources.length > 0) {
    const rows = await sql<{ id: string; contentHash: string; title: string }[]>`
      INSERT INTO "Source" (id, "workspaceId", title, language, body, "contentHash", url, "createdById")
      SELECT uuidv7(), ${access.workspaceId}::uuid, t.title, 'en', t.body, t.hash, t.url, ${actor.userId}::uuid
      FROM unnest(${plan.newSources.map((s) => s.title)}::text[], ${plan.newSources.map((s) => s.text)}::text[],
                  ${plan.newSources.map((s) => s.hash)}::text[], ${plan.newSources.map((s) => s.url) as string[]}::text[]) AS t(title, body, hash, url)
      RETURNING id, "contentHash", title`;
    for (const row of rows) sourceIds.set(row.contentHash, row.id);
    await appendChangesSql(
      sql,
      rows.map((row) => ({
        workspaceId: access.workspaceId,
        chainKey: sourceChain(row.id),
        sourceId: row.id,
        actorId: actor.userId,
        type: "source.added",
        reason,
        diff: { title: { before: null, after: row.title }, language: { before: null, after: "en" }, version: { before: null, after: 1 } },
      })),
    );
  }
  const cite = (c: PlannedCitation): ResolvedCitation => ({
    sourceId: c.sourceId ?? (sourceIds.get(c.newSourceHash ?? "") as string),
    excerpt: c.excerpt,
    startOffset: c.startOffset,
    endOffset: c.endOffset,
  });

  const total = plan.plans.length + plan.counts.statuses + plan.counts.citations + plan.plans.filter((p) => p.existing && Object.keys(p.fieldChanges).length).length;
  let done = 0;
  const run = async (writes: ItemWrite<ItemWriteType>[]) => {
    for (let at = 0; at < writes.length; at += BATCH) {
      const batch = await callItemWrites(sql, actor, access, writes.slice(at, at + BATCH));
      if (batch.some((result) => result.conflict)) throw conflict("An item changed while the import was applied. Nothing was imported: run it again.");
      done += batch.length;
      onProgress?.({ phase: "applying", done, total });
    }
  };

  // New items with their statuses, set-based (pt_items_create), a batch at a time for progress.
  const creating = plan.plans.filter((p) => !p.existing);
  for (let at = 0; at < creating.length; at += BATCH) {
    const batch = creating.slice(at, at + BATCH);
    await callItemsCreate(
      sql,
      actor,
      access,
      batch.map((p) => ({
        args: { ...p.item.fields, externalId: p.item.externalId },
        statuses: p.newStatuses.map((s) => statusRecordedArgs({ ...s, citations: s.citations.map(cite), correctsEventId: null })),
      })),
      reason,
    );
    done += batch.reduce((sum, p) => sum + 1 + p.newStatuses.length, 0);
    onProgress?.({ phase: "applying", done, total });
  }

  // Existing items' writes in order, each against the version the one before left.
  const writes: ItemWrite<ItemWriteType>[] = [];
  for (const p of plan.plans) {
    if (!p.existing) continue;
    let version = p.existing.version;
    const next = () => version++;
    if (Object.keys(p.fieldChanges).length > 0) writes.push({ type: "item.updated", itemId: p.existing.id, expectedVersion: next(), reason, args: { fields: p.fieldChanges } });
    for (const s of p.newStatuses) {
      writes.push({
        type: "status.recorded",
        itemId: p.existing.id,
        expectedVersion: next(),
        reason,
        args: statusRecordedArgs({ ...s, citations: s.citations.map(cite), correctsEventId: null }),
      });
    }
    for (const c of p.newCitations) writes.push({ type: "citation.added", itemId: p.existing.id, expectedVersion: next(), reason, args: { statusEventId: c.statusEventId, citation: cite(c.citation) } });
  }
  await run(writes);
  return { plan, changeId: record.id.toString() };
}
