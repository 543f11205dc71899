import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createItem } from "@/lib/tracking/create-item";
import { createTeam, unique } from "@/tests/factories";
import { verifyChains } from "./verify-chains";

const run = promisify(execFile);

async function someRecord() {
  const team = await createTeam();
  const item = await createItem(team.analyst, team.slug, { kind: "trade_dispute", title: unique("Dispute"), implementingJurisdictions: ["KR"] });
  return db.changeRecord.findFirstOrThrow({ where: { itemId: item.id } });
}

describe("change records are append-only", () => {
  it("refuse UPDATE, DELETE and TRUNCATE, even through raw SQL", async () => {
    const record = await someRecord();
    await expect(db.$executeRaw`UPDATE "ChangeRecord" SET reason = 'rewritten' WHERE id = ${record.id}`).rejects.toThrow(/append-only: UPDATE/);
    await expect(db.$executeRaw`DELETE FROM "ChangeRecord" WHERE id = ${record.id}`).rejects.toThrow(/append-only: DELETE/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "ChangeRecord"`)).rejects.toThrow(/append-only: TRUNCATE/);
    expect(await db.changeRecord.findUniqueOrThrow({ where: { id: record.id } })).toEqual(record);
  });

  it("are proven intact by history:verify, which names a record altered behind the app's back", async () => {
    const record = await someRecord();
    const env = { ...process.env };
    const verify = () => run("npx", ["tsx", "scripts/history-verify.ts"], { env }).then(
      (r) => ({ code: 0, out: r.stdout + r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );
    expect(await verify()).toMatchObject({ code: 0, out: expect.stringMatching(/^OK: \d+ change records in \d+ chains verified\./m) });

    // A superuser can switch the trigger off; the hash chain still shows the edit.
    const tamper = async (reason: string) => {
      await db.$transaction([
        db.$executeRawUnsafe(`ALTER TABLE "ChangeRecord" DISABLE TRIGGER change_record_no_update_or_delete`),
        db.$executeRaw`UPDATE "ChangeRecord" SET reason = ${reason} WHERE id = ${record.id}`,
        db.$executeRawUnsafe(`ALTER TABLE "ChangeRecord" ENABLE TRIGGER change_record_no_update_or_delete`),
      ]);
    };
    await tamper("quietly rewritten");
    try {
      const result = await verifyChains(db);
      expect(result.firstBreak).toMatchObject({ id: record.id, chainKey: record.chainKey, seq: 1, problem: "its contents do not match its hash" });
      const cli = await verify();
      expect(cli.code).toBe(1);
      expect(cli.out).toContain(`BROKEN: change record ${record.id} (chain ${record.chainKey}, #1): its contents do not match its hash.`);
    } finally {
      await tamper(record.reason);
    }
    expect((await verifyChains(db)).firstBreak).toBeNull();
  });
});
