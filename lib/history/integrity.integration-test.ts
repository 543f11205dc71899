import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { rowsFrom } from "@/lib/db/read-sql";
import { createItem } from "@/lib/tracking/create-item";
import { updateItem } from "@/lib/tracking/update-item";
import { createTeam, unique } from "@/tests/factories";
import { withConnection } from "@/lib/db/sql-pool";
import { scratchDatabase, type ScratchDatabase } from "@/tests/scratch-database";
import { verifyHistory } from "./verify-history";

const run = promisify(execFile);

/** Every table the past is read from (and one of its columns): the app's role may read and add rows, never change them. */
const APPEND_ONLY = {
  ChangeRecord: "reason",
  StatusEvent: "note",
  StatusRetraction: "recordedAt",
  Citation: "excerpt",
  ItemRevision: "title",
  HistoryCheckpoint: "digest",
  IntegrityRun: "ok",
};

describe("the app's database role", () => {
  it("is no superuser, owns nothing and holds no UPDATE, DELETE or TRUNCATE on append-only tables", async () => {
    await withConnection(process.env.DATABASE_URL as string, async (sql) => {
      const [role] = await sql`SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = current_user`;
      expect(role).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false });
      const owned = await sql`SELECT relname FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`;
      expect(owned).toEqual([]);
      for (const table of Object.keys(APPEND_ONLY)) {
        const [privileges] = await sql`
          SELECT has_table_privilege(${`"${table}"`}, 'UPDATE') AS u, has_table_privilege(${`"${table}"`}, 'DELETE') AS d,
                 has_table_privilege(${`"${table}"`}, 'TRUNCATE') AS t, has_table_privilege(${`"${table}"`}, 'INSERT') AS i`;
        expect({ table, ...privileges }).toEqual({ table, u: false, d: false, t: false, i: true });
      }
    });
  });

  it("is refused every way around the append-only rule", async () => {
    const team = await createTeam();
    const item = await createItem(team.analyst, team.slug, { kind: "trade_dispute", title: unique("Dispute"), implementingJurisdictions: ["KR"] });
    const record = await db.changeRecord.findFirstOrThrow({ where: { itemId: item.id } });
    const attempts = [
      ...Object.entries(APPEND_ONLY).flatMap(([table, column]) => [`UPDATE "${table}" SET "${column}" = "${column}"`, `DELETE FROM "${table}"`, `TRUNCATE "${table}"`]),
      `ALTER TABLE "ChangeRecord" DISABLE TRIGGER append_only`,
      `ALTER TABLE "ChangeRecord" DISABLE TRIGGER USER`,
      `DROP TRIGGER append_only ON "ChangeRecord"`,
      `DROP TRIGGER seal ON "ChangeRecord"`,
      `SET session_replication_role = replica`,
      `SET ROLE policy_tracker_owner`,
      `ALTER TABLE "ChangeRecord" OWNER TO policy_tracker_app`,
      `ALTER ROLE policy_tracker_app SUPERUSER`,
      `CREATE OR REPLACE FUNCTION pt_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`,
      `CREATE TABLE "Shadow" (id int)`,
      `UPDATE "Source" SET body = 'rewritten'`,
      `DELETE FROM "TrackedItem" WHERE id = '${item.id}'`,
      `DELETE FROM "Workspace" WHERE id = '${team.workspace.id}'`,
      `COPY "ChangeRecord" FROM PROGRAM 'true'`,
    ];
    await withConnection(process.env.DATABASE_URL as string, async (sql) => {
      for (const statement of attempts) {
        await expect(sql.unsafe(statement), statement).rejects.toThrow(/permission denied|must be owner|must be superuser|append-only|cannot be changed/);
      }
      // Granting itself more is no error in PostgreSQL (only a warning), and grants nothing.
      await sql.unsafe(`GRANT UPDATE, DELETE ON "ChangeRecord" TO policy_tracker_app`);
      expect(await sql`SELECT has_table_privilege('"ChangeRecord"', 'UPDATE') AS u, has_table_privilege('"ChangeRecord"', 'DELETE') AS d`).toEqual([{ u: false, d: false }]);
      // Backdating: only the owner of the table may record at another time than now.
      await expect(
        sql.begin(async (tx) => {
          await tx`SELECT set_config('pt.backdate', '2020-01-01T00:00:00Z', true)`;
          await tx`INSERT INTO "ChangeRecord" ("workspaceId", "chainKey", "itemId", type, diff) VALUES (${team.workspace.id}, ${`item:${item.id}`}, ${item.id}, 'item.updated', '{}')`;
        }),
      ).rejects.toThrow(/Only the owner of "ChangeRecord" may backdate/);
      // A status "recorded" at another time needs a change record of this transaction to take its time from.
      await expect(
        sql`INSERT INTO "StatusEvent" (id, "workspaceId", "itemId", status, "effectiveOn", precision, "changeId", "recordedAt", "recordedById")
            VALUES (gen_random_uuid(), ${team.workspace.id}, ${item.id}, 'filed', '2019-01-01', 'day', ${record.id.toString()}, '2019-01-01', ${team.analyst.userId})`,
      ).rejects.toThrow(/written in the same transaction/);
    });
    expect(await db.changeRecord.findUniqueOrThrow({ where: { id: record.id } })).toEqual(record);
  });
});

describe("record times", () => {
  it("come from the database and follow commit order within a workspace, also for concurrent writers", async () => {
    const team = await createTeam();
    const items = await Promise.all(
      Array.from({ length: 6 }, (_, i) => createItem(team.analyst, team.slug, { kind: "trade_dispute", title: unique(`Item ${i}`), implementingJurisdictions: ["KR"] })),
    );
    const before = Date.now();
    await Promise.all(items.flatMap((item) => [updateItem(team.analyst, team.slug, { itemId: item.id, expectedVersion: 1, fields: { summary: "edited" } })]));
    const records = await db.changeRecord.findMany({ where: { workspaceId: team.workspace.id }, orderBy: { id: "asc" }, select: { id: true, recordedAt: true } });
    for (let i = 1; i < records.length; i++) {
      expect((records[i] as { recordedAt: Date }).recordedAt.getTime()).toBeGreaterThanOrEqual((records[i - 1] as { recordedAt: Date }).recordedAt.getTime());
    }
    expect((records.at(-1) as { recordedAt: Date }).recordedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    // Rows the as-of answers read carry their change record's time exactly.
    const revisions = await db.itemRevision.findMany({ where: { workspaceId: team.workspace.id }, select: { changeId: true, recordedAt: true } });
    const timeOf = new Map(records.map((r) => [r.id, r.recordedAt.getTime()]));
    for (const revision of revisions) expect(revision.recordedAt.getTime()).toBe(timeOf.get(revision.changeId as bigint));
  });
});

describe("verification against a checkpoint, with a superuser tampering", () => {
  let base: ScratchDatabase;
  let dir: string;
  const copies: ScratchDatabase[] = [];

  const cli = async (script: string, database: ScratchDatabase, args: string[] = []) => {
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      DATABASE_OWNER_URL: database.ownerUrl,
      CHECKPOINT_DIR: path.join(dir, "checkpoints"),
      CHECKPOINT_SIGNING_KEY_FILE: path.join(dir, "signing-key.pem"),
    };
    return run("npx", ["tsx", `scripts/${script}.ts`, ...args], { env }).then(
      (r) => ({ code: 0, out: r.stdout + r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );
  };

  /** A copy of the seeded, checkpointed database, tampered with as a superuser (with the triggers off). */
  const tampered = async (...statements: string[]) => {
    const copy = await scratchDatabase(base.name);
    copies.push(copy);
    await withConnection(copy.superuserUrl, async (sql) => {
      await sql.begin(async (tx) => {
        await tx`SET LOCAL session_replication_role = replica`;
        for (const statement of statements) await tx.unsafe(statement);
      });
    });
    return copy;
  };

  const itemChain = async (database: ScratchDatabase) =>
    withConnection(database.url, async (sql) => {
      const [chain] = await sql<{ chainKey: string; itemId: string; head: number }[]>`
        SELECT "chainKey", "itemId", max(seq) AS head FROM "ChangeRecord" WHERE "chainKey" LIKE 'item:%' GROUP BY "chainKey", "itemId"
        HAVING max(seq) >= 3 ORDER BY "chainKey" LIMIT 1`;
      return chain as { chainKey: string; itemId: string; head: number };
    });

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "integrity-"));
    base = await scratchDatabase();
    expect(await cli("db-seed", base)).toMatchObject({ code: 0 });
    expect(await cli("history-checkpoint", base)).toMatchObject({ code: 0, out: expect.stringMatching(/^Checkpoint [0-9a-f]{64} of \d+ chains/m) });
  }, 120_000);

  afterAll(async () => {
    for (const database of [...copies, base]) await database?.drop();
  });

  it("passes an untouched copy, against the checkpoint", async () => {
    const copy = await tampered();
    const result = await cli("history-verify", copy);
    expect(result).toMatchObject({ code: 0, out: expect.stringMatching(/^OK: \d+ change records in \d+ chains verified; every item, source and workspace matches its chain\. Checkpoint .*: \d+ chains compared\./m) });
  });

  it("reports an edited record, and every edited record, not only the first", async () => {
    const copy = await tampered(
      `UPDATE "ChangeRecord" SET reason = 'quietly rewritten' WHERE id = (SELECT min(id) FROM "ChangeRecord" WHERE "chainKey" LIKE 'item:%')`,
      `UPDATE "ChangeRecord" SET reason = 'also rewritten' WHERE id = (SELECT max(id) FROM "ChangeRecord" WHERE "chainKey" LIKE 'source:%')`,
    );
    const result = await cli("history-verify", copy);
    expect(result.code).toBe(1);
    expect(result.out.match(/its contents do not match its hash/g)).toHaveLength(2);
  });

  it("reports a deleted last record, from the item's version and from the checkpoint", async () => {
    const copy = await tampered();
    const chain = await itemChain(copy);
    await withConnection(copy.superuserUrl, (sql) => sql.begin(async (tx) => {
      await tx`SET LOCAL session_replication_role = replica`;
      await tx`DELETE FROM "ChangeRecord" WHERE "chainKey" = ${chain.chainKey} AND seq = ${chain.head}`;
    }));
    const result = await cli("history-verify", copy);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`chain ${chain.chainKey}: the item is at version ${chain.head} but its chain holds ${chain.head - 1} records.`);
    expect(result.out).toContain(`chain ${chain.chainKey}: the checkpoint saw records up to #${chain.head}; the chain now ends at #${chain.head - 1}.`);
  });

  it("reports a deleted last record whose item was set back a version too, from the checkpoint", async () => {
    const copy = await tampered();
    const chain = await itemChain(copy);
    await withConnection(copy.superuserUrl, (sql) => sql.begin(async (tx) => {
      await tx`SET LOCAL session_replication_role = replica`;
      await tx`DELETE FROM "ChangeRecord" WHERE "chainKey" = ${chain.chainKey} AND seq = ${chain.head}`;
      await tx`UPDATE "TrackedItem" SET version = version - 1 WHERE id = ${chain.itemId}`;
    }));
    const result = await cli("history-verify", copy);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`chain ${chain.chainKey}: the checkpoint saw records up to #${chain.head}; the chain now ends at #${chain.head - 1}.`);
    expect(result.out).not.toContain("is at version");
    // Without the checkpoint, this one cannot be seen: the limit decision 011 states.
    expect(await cli("history-verify", copy, ["--no-checkpoint"])).toMatchObject({ code: 0 });
  });

  it("reports a deleted chain", async () => {
    const copy = await tampered(
      `DELETE FROM "ChangeRecord" WHERE "chainKey" = (SELECT min("chainKey") FROM "ChangeRecord" WHERE "chainKey" LIKE 'source:%')`,
    );
    const result = await cli("history-verify", copy);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/chain source:[0-9a-f-]+: the source has no history chain \(version \d+\)\./);
    expect(result.out).toMatch(/chain source:[0-9a-f-]+: the checkpoint saw \d+ records in this chain; none are left\./);
  });

  it("reports an emptied table", async () => {
    const copy = await tampered(`TRUNCATE "ChangeRecord"`);
    const result = await cli("history-verify", copy);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/the workspace has no history chain/);
    expect(result.out).toMatch(/the item has no history chain/);
    expect(result.out).toMatch(/none are left/);
  });

  it("reports a rewrite that recomputed every later hash, from the checkpoint alone", async () => {
    const copy = await tampered();
    const chain = await itemChain(copy);
    // The forger rewrites record #2 and re-seals it and every record after it with the database's own hash function.
    await withConnection(copy.superuserUrl, (sql) => sql.begin(async (tx) => {
      await tx`SET LOCAL session_replication_role = replica`;
      await tx`UPDATE "ChangeRecord" SET reason = 'a different reason' WHERE "chainKey" = ${chain.chainKey} AND seq = 2`;
      for (let seq = 2; seq <= chain.head; seq++) {
        await tx`UPDATE "ChangeRecord" c SET "prevHash" = p.hash FROM "ChangeRecord" p
                 WHERE c."chainKey" = ${chain.chainKey} AND c.seq = ${seq} AND p."chainKey" = c."chainKey" AND p.seq = ${seq - 1}`;
        await tx`UPDATE "ChangeRecord" c SET hash = pt_change_hash(c) WHERE c."chainKey" = ${chain.chainKey} AND c.seq = ${seq}`;
      }
    }));
    expect(await cli("history-verify", copy, ["--no-checkpoint"])).toMatchObject({ code: 0 });
    const result = await cli("history-verify", copy);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`chain ${chain.chainKey}: record #${chain.head} is not the record the checkpoint saw (its hash differs): the chain was rewritten.`);
  });

  it("refuses a checkpoint file that was edited, or signed with another key", async () => {
    const copy = await tampered();
    const checkpoints = path.join(dir, "checkpoints");
    const [file] = (await import("node:fs")).readdirSync(checkpoints);
    const original = JSON.parse(await readFile(path.join(checkpoints, file as string), "utf8")) as { workspaces: { chains: [string, number, number, string][] }[] };
    const edited = structuredClone(original);
    (edited.workspaces[0]?.chains[0] as [string, number, number, string])[3] = "0".repeat(64);
    const editedFile = path.join(dir, "edited.json");
    await writeFile(editedFile, JSON.stringify(edited));
    const result = await cli("history-verify", copy, ["--checkpoint", editedFile]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/the checkpoint's section for workspace [0-9a-f-]+ does not match its digest/);

    // Verified by someone who trusts another key (their own checkpoints are signed with it): the file is refused.
    const env = { ...process.env, DATABASE_URL: copy.url, CHECKPOINT_DIR: path.join(dir, "elsewhere"), CHECKPOINT_SIGNING_KEY_FILE: path.join(dir, "another-key.pem") };
    await run("npx", ["tsx", "scripts/history-checkpoint.ts"], { env });
    const otherKey = await run("npx", ["tsx", "scripts/history-verify.ts", "--checkpoint", path.join(checkpoints, file as string)], { env }).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect(otherKey).toMatchObject({ code: 1, stdout: expect.stringMatching(/not the trusted key/) });
  });

  it("lets the app's role add a record only as the database seals it, which verification then reports", async () => {
    const copy = await tampered();
    const chain = await itemChain(copy);
    const [forged] = await withConnection(copy.url, async (sql) => {
      const [{ workspaceId }] = (await sql`SELECT "workspaceId" FROM "TrackedItem" WHERE id = ${chain.itemId}`) as unknown as [{ workspaceId: string }];
      return sql`
        INSERT INTO "ChangeRecord" ("workspaceId", "chainKey", seq, "itemId", "recordedAt", type, diff, "prevHash", hash)
        VALUES (${workspaceId}, ${chain.chainKey}, 1, ${chain.itemId}, '2000-01-01', 'item.updated', '{"title": {"before": "a", "after": "b"}}', 'forged', 'forged')
        RETURNING seq, "recordedAt", "prevHash", hash`;
    });
    // Whatever was sent, the database sealed it: the next sequence number, the previous record's hash, its own time.
    expect(forged?.seq).toBe(chain.head + 1);
    expect(forged?.prevHash).toMatch(/^[0-9a-f]{64}$/);
    expect((forged?.recordedAt as Date).getFullYear()).toBeGreaterThan(2025);
    expect(forged?.hash).not.toBe("forged");
    // So its contents check out, but the item never claimed a version for it.
    const result = await cli("history-verify", copy);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`chain ${chain.chainKey}: the item is at version ${chain.head} but its chain holds ${chain.head + 1} records.`);
    expect(result.out.match(/^BROKEN/gm)).toHaveLength(1);
  });

  it("records each verification for the Integrity page", async () => {
    const copy = await tampered(`UPDATE "ChangeRecord" SET reason = 'rewritten' WHERE id = (SELECT min(id) FROM "ChangeRecord")`);
    await cli("history-verify", copy);
    const [run] = await withConnection(copy.url, (sql) => sql`SELECT ok, records, findings FROM "IntegrityRun" ORDER BY id DESC LIMIT 1`);
    expect(run).toMatchObject({ ok: false, findings: [expect.objectContaining({ problem: "its contents do not match its hash" })] });
  });

  it("reads the same answers through a reader on another connection", async () => {
    const copy = await tampered();
    const report = await withConnection(copy.url, (sql) => verifyHistory(null, rowsFrom(sql)));
    expect(report.findings).toEqual([]);
    expect(report.records).toBeGreaterThan(20);
  });
});
