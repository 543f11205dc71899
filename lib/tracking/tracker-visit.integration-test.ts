import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { createTeam, createUser } from "@/tests/factories";
import { trackerVisit } from "./tracker-visit";

describe("tracker visits", () => {
  it("mark since the end of the previous visit, which lasts while the person comes back within the hour", async () => {
    const team = await createTeam();
    expect(await trackerVisit(team.viewer, team.slug)).toBeNull();
    // Paging and filtering within the visit: still the first visit, nothing marked.
    expect(await trackerVisit(team.viewer, team.slug)).toBeNull();
    const lastSeen = new Date(Date.now() - 2 * 3_600_000);
    await db.trackerVisit.update({ where: { userId_workspaceId: { userId: team.viewer.userId, workspaceId: team.workspace.id } }, data: { lastSeenAt: lastSeen } });
    expect(await trackerVisit(team.viewer, team.slug)).toEqual(lastSeen);
    // The marker stays for the rest of this visit.
    expect(await trackerVisit(team.viewer, team.slug)).toEqual(lastSeen);
    // Seen again within the minute: read, not written.
    const before = await db.trackerVisit.findUniqueOrThrow({ where: { userId_workspaceId: { userId: team.viewer.userId, workspaceId: team.workspace.id } } });
    expect(await trackerVisit(team.viewer, team.slug)).toEqual(lastSeen);
    expect(await db.trackerVisit.findUniqueOrThrow({ where: { userId_workspaceId: { userId: team.viewer.userId, workspaceId: team.workspace.id } } })).toEqual(before);
    // Each person's own, in each workspace.
    expect(await trackerVisit(team.owner, team.slug)).toBeNull();
    const stranger = await createUser("Stranger");
    await expect(trackerVisit(stranger, team.slug)).rejects.toSatisfy((error: unknown) => isDomainError(error) && error.kind === "not_found");
  });
});
