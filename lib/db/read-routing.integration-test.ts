import { afterAll, describe, expect, it } from "vitest";
import { disconnectDatabase } from "@/lib/db";
import { createItem } from "@/lib/tracking/create-item";
import { queryTracker } from "@/lib/tracking/query-tracker";
import { createTeam, unique } from "@/tests/factories";
import { scratchDatabase } from "@/tests/scratch-database";
import { availability } from "./sql-pool";

// A "replica" that is another database of the same schema, with none of the primary's rows: whatever a read finds
// there shows where it went. Set before the first query, since the settings are read once.
const replica = await scratchDatabase();
process.env.DATABASE_REPLICA_URL = replica.url;

afterAll(async () => {
  await disconnectDatabase();
  delete process.env.DATABASE_REPLICA_URL;
  await replica.drop();
});

describe("reads with DATABASE_REPLICA_URL set", () => {
  it("send tracker lists to the replica, and writes and authorization to the primary", async () => {
    const team = await createTeam();
    const item = await createItem(team.analyst, team.slug, { kind: "trade_dispute", title: unique("Dispute"), implementingJurisdictions: ["KR"] });
    // Authorization read the primary (the workspace and membership exist only there); the list read the replica.
    const page = await queryTracker(team.analyst, team.slug, {});
    expect(page.access.workspaceId).toBe(team.workspace.id);
    expect(page.rows.map((r) => r.id)).not.toContain(item.id);
    expect(availability("replica").state.up).toBe(true);
  });
});
