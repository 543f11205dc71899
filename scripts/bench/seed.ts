// `npm run bench:seed -- [size]`: a workspace at scale, deterministic from BENCH_SEED: by default 100,000 items,
// 1,000,000 change records with valid hash chains, 10,000 sources (a tenth each in Japanese and Korean) and their
// citations; "10k" or "1m" scale all of them. Loaded with COPY as the owner role, with the sealing triggers off: the
// records are sealed here exactly as the database seals them.
import "../load-env";
import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import postgres from "postgres";
import { hashPassword } from "../../lib/auth/password";
import { applyMigrations } from "../../lib/db/migrate";
import type { JsonValue } from "../../lib/history/canonical-json";
import { changePayload, GENESIS_HASH, jsonbText } from "../../lib/history/hash-chain";
import { contentHash } from "../../lib/sources/normalise-text";
import { KINDS, ITEM_KINDS } from "../../lib/tracking/kinds";
import { partialDateKey } from "../../lib/tracking/partial-date";
import { benchDataDir, benchSize, seedRecordFile, openBenchDatabase, BENCH_ACCOUNTS, BENCH_PASSWORD, BENCH_SLUG } from "./bench-database";
import { copyRows, type CopyValue } from "./copy-rows";
import { article, BENCH_GOODS, BENCH_JURISDICTIONS, BENCH_MEASURES, BENCH_TAGS, type Language } from "./corpus";
import { createRandom } from "./random";

const size = benchSize();
const { items: ITEMS, changes: CHANGES, sources: SOURCES } = size;
const SEED = Number(process.env.BENCH_SEED ?? 42);
const LONG_HISTORY = 1_000; // change records of the first item: "the history of an item with 1,000 changes"

const started = Date.now();
const say = (line: string) => console.log(`[bench:seed ${((Date.now() - started) / 1000).toFixed(1)}s] ${line}`);

const database = await openBenchDatabase(size);
const sql = postgres(database.ownerUrl, { max: 1, onnotice: () => {} });
try {
  say(`database ready; ${(await applyMigrations(database.ownerUrl)).length} migrations applied`);
  if ((await sql`SELECT 1 FROM "Workspace" WHERE slug = ${BENCH_SLUG}`).length > 0) {
    say(`workspace "${BENCH_SLUG}" exists already: nothing to do (delete ${benchDataDir(size)} to generate again).`);
  } else {
    await generate();
    await writeFile(seedRecordFile(size), JSON.stringify({ seconds: Math.round((Date.now() - started) / 1000), at: new Date().toISOString(), size }));
    say(`done: ${ITEMS} items, ${CHANGES} change records, ${SOURCES} sources. Sign in as ${BENCH_ACCOUNTS.analyst} / ${BENCH_PASSWORD}`);
  }
} finally {
  await sql.end();
  await database.stop();
}

async function generate() {
  const random = createRandom(SEED);
  await sql`SET synchronous_commit = off`;
  // Secondary indexes are rebuilt after the load: far faster than maintaining them row by row.
  const indexes = await sql<{ indexname: string; indexdef: string }[]>`
    SELECT indexname, indexdef FROM pg_indexes
    WHERE schemaname = 'public' AND tablename IN ('TrackedItem', 'StatusEvent', 'Citation', 'ChangeRecord', 'ItemRevision', 'Source')
      AND indexname NOT LIKE '%_pkey' AND indexdef NOT LIKE 'CREATE UNIQUE%'`;
  for (const index of indexes) await sql.unsafe(`DROP INDEX "${index.indexname}"`);
  // The rows below carry their record times, ids, sequence numbers and hashes already (computed as pt_seal_change and
  // pt_stamp_from_change would); the triggers that would set them row by row are off during the load.
  const sealed = ["ChangeRecord", "StatusEvent", "Citation", "ItemRevision"];
  for (const table of sealed) await sql.unsafe(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
  let changeId = 0n;
  const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
  /** A sealed change record's columns, for COPY into "ChangeRecord". */
  const sealedRecord = (
    record: { workspaceId: string; chainKey: string; seq: number; itemId: string | null; sourceId: string | null; recordedAt: Date; type: string; reason: string; prevHash: string },
    diff: Record<string, JsonValue>,
  ): { id: bigint; hash: string; row: CopyValue[] } => {
    changeId += 1n;
    const fields = { ...record, actorId: analystId, changeKind: "policy_development", diffText: jsonbText(diff), revertsId: null };
    const hash = sha256(changePayload(fields));
    return {
      id: changeId,
      hash,
      row: [changeId, record.workspaceId, record.chainKey, record.seq, record.itemId, record.sourceId, analystId, record.recordedAt, record.type, "policy_development", record.reason, JSON.stringify(diff), record.prevHash, hash],
    };
  };
  const CHANGE_COLUMNS = ["id", "workspaceId", "chainKey", "seq", "itemId", "sourceId", "actorId", "recordedAt", "type", "changeKind", "reason", "diff", "prevHash", "hash"];

  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const workspaceId = random.uuid();
  await sql`INSERT INTO "Workspace" (id, slug, name, version) VALUES (${workspaceId}, ${BENCH_SLUG}, 'Benchmark workspace', 1)`;
  const users = Object.entries(BENCH_ACCOUNTS).map(([role, email]) => ({ id: random.uuid(), role, email }));
  for (const user of users) {
    await sql`INSERT INTO "User" (id, email, name, "passwordHash") VALUES (${user.id}, ${user.email}, ${`Bench ${user.role}`}, ${passwordHash})`;
    await sql`INSERT INTO "Membership" (id, "workspaceId", "userId", role) VALUES (${random.uuid()}, ${workspaceId}, ${user.id}, ${user.role}::"Role")`;
  }
  const analystId = users[1]?.id as string;
  const created = sealedRecord(
    { workspaceId, chainKey: `workspace:${workspaceId}`, seq: 1, itemId: null, sourceId: null, recordedAt: new Date(Date.UTC(2018, 11, 1)), type: "workspace.created", reason: "", prevHash: GENESIS_HASH },
    { name: { before: null, after: "Benchmark workspace" }, owner: { before: null, after: BENCH_ACCOUNTS.owner } },
  );
  await copyRows(sql, "ChangeRecord", CHANGE_COLUMNS, [created.row]);

  // Sources
  const sources: { id: string; body: string; sentences: { start: number; end: number }[] }[] = [];
  const sourceChanges: CopyValue[][] = [];
  const sourceRows = function* (): Generator<CopyValue[]> {
    for (let i = 0; i < SOURCES; i++) {
      const language: Language = i % 10 === 1 ? "ja" : i % 10 === 2 ? "ko" : "en";
      const text = article(random, language);
      const body = `${text.body}\n\n(${i})`;
      const id = random.uuid();
      sources.push({ id, body, sentences: text.sentences });
      const published = new Date(Date.UTC(2015 + (i % 11), i % 12, 1 + (i % 28)));
      const title = `${text.title} (${i})`;
      const added = sealedRecord(
        { workspaceId, chainKey: `source:${id}`, seq: 1, itemId: null, sourceId: id, recordedAt: new Date(Date.UTC(2018, 11, 2)), type: "source.added", reason: "", prevHash: GENESIS_HASH },
        { title: { before: null, after: title }, language: { before: null, after: language }, version: { before: null, after: 1 } },
      );
      sourceChanges.push(added.row);
      yield [id, workspaceId, title, random.pick(["Reuters", "Nikkei", "Yonhap", "AP", "Kyodo", null]), published, "day", language, body, contentHash(body), analystId];
    }
  };
  say(`sources: ${await copyRows(sql, "Source", ["id", "workspaceId", "title", "publisher", "publishedOn", "publishedPrecision", "language", "body", "contentHash", "createdById"], sourceRows())}`);
  await copyRows(sql, "ChangeRecord", CHANGE_COLUMNS, sourceChanges);

  // Items, their status events, citations, revisions and change records, chain by chain.
  const extra = CHANGES - ITEMS - (LONG_HISTORY - 1);
  const eventsFor = (index: number) => (index === 0 ? LONG_HISTORY - 1 : Math.floor(extra / (ITEMS - 1)) + (index - 1 < extra % (ITEMS - 1) ? 1 : 0));
  const items: CopyValue[][] = [];
  const revisions: CopyValue[][] = [];
  const events: CopyValue[][] = [];
  const citations: CopyValue[][] = [];
  const changes: CopyValue[][] = [];
  const written = { items: 0, events: 0, changes: 0 };
  const flush = async () => {
    written.items += await copyRows(sql, "TrackedItem", ["id", "workspaceId", "kind", "title", "summary", "implementingJurisdictions", "affectedJurisdictions", "tags", "version", "currentStatus", "currentEffectiveOn", "currentPrecision", "createdAt", "updatedAt", "updatedById"], items.splice(0));
    await copyRows(sql, "ItemRevision", ["workspaceId", "itemId", "changeId", "recordedAt", "title", "summary", "implementingJurisdictions", "affectedJurisdictions", "tags", "archived"], revisions.splice(0));
    written.events += await copyRows(sql, "StatusEvent", ["id", "workspaceId", "itemId", "status", "effectiveOn", "precision", "note", "changeId", "recordedAt", "recordedById"], events.splice(0));
    await copyRows(sql, "Citation", ["id", "workspaceId", "statusEventId", "sourceId", "excerpt", "startOffset", "endOffset", "changeId", "createdAt"], citations.splice(0));
    written.changes += await copyRows(sql, "ChangeRecord", CHANGE_COLUMNS, changes.splice(0));
    say(`items ${written.items.toLocaleString()}/${ITEMS.toLocaleString()}, status events ${written.events.toLocaleString()}, change records ${written.changes.toLocaleString()}/${CHANGES.toLocaleString()}`);
  };

  const start = Date.UTC(2019, 0, 1);
  const span = Date.UTC(2026, 9, 1) - start;
  for (let index = 0; index < ITEMS; index++) {
    const id = random.uuid();
    const kind = ITEM_KINDS[index % ITEM_KINDS.length] as (typeof ITEM_KINDS)[number];
    const statuses = KINDS[kind].statuses.map((s) => s.value);
    const count = eventsFor(index);
    const fields = {
      title: `${random.pick(BENCH_JURISDICTIONS)} ${random.pick(BENCH_MEASURES)} on ${random.pick(BENCH_GOODS)} #${index}`,
      summary: `Generated measure ${index} for the benchmark.`,
      implementingJurisdictions: random.some(BENCH_JURISDICTIONS, 1),
      affectedJurisdictions: random.some(BENCH_JURISDICTIONS, random.int(1, 3)),
      tags: random.some(BENCH_TAGS, random.int(0, 3)),
    };
    // Record times rise along the chain; effective dates rise with them so the last event is the current status.
    let at = start + Math.floor(random.next() * span * 0.5);
    const step = Math.max(1, Math.floor((start + span - at) / (count + 1)));
    const createdAt = new Date(at);
    let prevHash = GENESIS_HASH;
    const chainKey = `item:${id}`;
    const append = (seq: number, recordedAt: Date, type: string, reason: string, diff: Record<string, JsonValue>) => {
      const record = sealedRecord({ workspaceId, chainKey, seq, itemId: id, sourceId: null, recordedAt, type, reason, prevHash }, diff);
      changes.push(record.row);
      prevHash = record.hash;
      return record.id;
    };
    const createdId = append(1, createdAt, "item.created", "", {
      ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { before: null, after: v }])),
      kind: { before: null, after: kind },
      version: { before: null, after: 1 },
    });
    revisions.push([workspaceId, id, createdId, createdAt, fields.title, fields.summary, fields.implementingJurisdictions, fields.affectedJurisdictions, fields.tags, false]);
    let effective = Date.UTC(2010 + random.int(0, 8), random.int(0, 11), 1);
    let last = { status: statuses[0] as string, effectiveOn: new Date(effective), recordedAt: createdAt };
    for (let e = 0; e < count; e++) {
      at += step;
      // Statuses take effect before they are recorded, so the last one is today's (none is scheduled for later).
      effective = Math.min(effective + random.int(1, 40) * 86_400_000, at);
      const recordedAt = new Date(at);
      const effectiveOn = new Date(effective - (effective % 86_400_000));
      const status = statuses[(e + 1) % statuses.length] as string;
      const source = random.pick(sources);
      const sentenceAt = random.pick(source.sentences);
      const excerpt = source.body.slice(sentenceAt.start, sentenceAt.end);
      const eventId = random.uuid();
      const citation = { sourceId: source.id, excerpt, startOffset: sentenceAt.start, endOffset: sentenceAt.end };
      const recorded = append(e + 2, recordedAt, "status.recorded", `Reported ${status.replace("_", " ")} (${index}.${e})`, {
        statusEventId: eventId,
        correctsEventId: null,
        status: { before: e === 0 ? null : last.status, after: status },
        effectiveOn: { before: null, after: partialDateKey(effectiveOn, "day") },
        announcedOn: { before: null, after: null },
        note: { before: null, after: "" },
        citations: { before: null, after: [citation] },
        version: { before: e + 1, after: e + 2 },
      });
      events.push([eventId, workspaceId, id, status, effectiveOn, "day", "", recorded, recordedAt, analystId]);
      citations.push([random.uuid(), workspaceId, eventId, source.id, excerpt, sentenceAt.start, sentenceAt.end, recorded, recordedAt]);
      last = { status, effectiveOn, recordedAt };
    }
    items.push([id, workspaceId, kind, fields.title, fields.summary, fields.implementingJurisdictions, fields.affectedJurisdictions, fields.tags, count + 1, count ? last.status : null, count ? last.effectiveOn : null, count ? "day" : null, createdAt, last.recordedAt, analystId]);
    if (changes.length >= 50_000) await flush();
  }
  await flush();

  for (const table of sealed) await sql.unsafe(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
  await sql`SELECT setval('"ChangeRecord_id_seq"', ${changeId.toString()}::int8)`;
  say(`rebuilding ${indexes.length} indexes`);
  await sql`SET maintenance_work_mem = '1GB'`;
  for (const index of indexes) await sql.unsafe(index.indexdef);
  await sql`ANALYZE`;
  const digest = createHash("sha256").update(`${SEED}:${ITEMS}:${CHANGES}:${SOURCES}`).digest("hex").slice(0, 12);
  say(`indexes rebuilt and statistics gathered (dataset ${digest})`);
}
