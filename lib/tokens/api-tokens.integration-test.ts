import { describe, expect, it } from "vitest";
import * as accountRoute from "@/app/api/v1/account/route";
import * as sessionsRoute from "@/app/api/v1/account/sessions/route";
import * as adminSettingsRoute from "@/app/api/v1/admin/settings/route";
import * as adminUsersRoute from "@/app/api/v1/admin/users/route";
import * as itemRoute from "@/app/api/v1/workspaces/[slug]/items/route";
import * as tokensRoute from "@/app/api/v1/workspaces/[slug]/tokens/route";
import * as workspacesRoute from "@/app/api/v1/workspaces/route";
import { db } from "@/lib/db";
import { removeMember } from "@/lib/workspaces/remove-member";
import { createTeam, unique } from "@/tests/factories";
import { callRoute } from "@/tests/route-call";
import { createApiToken } from "./create-api-token";
import { listApiTokens } from "./list-api-tokens";
import { revokeApiToken } from "./revoke-api-token";

const newItem = { kind: "export_control", title: "Made with a token", implementingJurisdictions: ["JP"] };

describe("API tokens", () => {
  it("act as their owner, in their workspace only, within their scope", async () => {
    const team = await createTeam();
    const read = await createApiToken(team.analyst, team.slug, { name: "Reader", scope: "read" });
    const write = await createApiToken(team.analyst, team.slug, { name: "Writer", scope: "write" });
    expect(read.token).toMatch(/^pt_[A-Za-z0-9_-]{43}$/);
    const params = { slug: team.slug };
    const url = `/api/v1/workspaces/${team.slug}/items`;

    expect((await callRoute(itemRoute.GET, params, { url, token: read.token })).status).toBe(200);
    const refused = await callRoute(itemRoute.POST, params, { url, token: read.token, body: newItem });
    expect([refused.status, refused.json.error?.message]).toEqual([403, "This API token is read-only."]);
    const created = await callRoute(itemRoute.POST, params, { url, token: write.token, body: newItem });
    expect(created.status).toBe(201);
    const item = await db.trackedItem.findUniqueOrThrow({ where: { id: String(created.json.id) }, select: { updatedById: true } });
    expect(item.updatedById).toBe(team.analyst.userId);

    // Another workspace the same person belongs to is out of the token's reach.
    const other = await createTeam();
    await db.membership.create({ data: { workspaceId: other.workspace.id, userId: team.analyst.userId, role: "owner" } });
    const elsewhere = await callRoute(itemRoute.GET, { slug: other.slug }, { url: `/api/v1/workspaces/${other.slug}/items`, token: write.token });
    expect(elsewhere.status).toBe(404);
    const listed = await callRoute(workspacesRoute.GET, {}, { url: "/api/v1/workspaces", token: write.token });
    expect(listed.json.workspaces).toEqual([{ slug: team.slug, name: "Test team", role: "analyst" }]);
    // A token cannot create a workspace, nor make or list tokens.
    expect((await callRoute(workspacesRoute.POST, {}, { url: "/api/v1/workspaces", token: write.token, body: { name: "Mine", slug: unique("tok") } })).status).toBe(403);
    expect((await callRoute(tokensRoute.POST, params, { url: `/api/v1/workspaces/${team.slug}/tokens`, token: write.token, body: { name: "Next", scope: "write" } })).status).toBe(403);
    expect((await callRoute(tokensRoute.GET, params, { url: `/api/v1/workspaces/${team.slug}/tokens`, token: write.token })).status).toBe(403);
  });

  it("stop with their owner's account when it is deactivated, and never reach the account or the administration", async () => {
    const team = await createTeam();
    await db.user.update({ where: { id: team.owner.userId }, data: { isAdmin: true } });
    const token = await createApiToken(team.owner, team.slug, { name: "Admin's", scope: "write" });
    for (const [handler, url] of [
      [accountRoute.GET, "/api/v1/account"],
      [sessionsRoute.GET, "/api/v1/account/sessions"],
      [sessionsRoute.DELETE, "/api/v1/account/sessions"],
      [adminSettingsRoute.GET, "/api/v1/admin/settings"],
      [adminUsersRoute.GET, "/api/v1/admin/users"],
    ] as const) {
      const answer = await callRoute(handler, {}, { url, token: token.token });
      expect([url, answer.status]).toEqual([url, 403]);
    }
    expect((await callRoute(itemRoute.GET, { slug: team.slug }, { url: `/api/v1/workspaces/${team.slug}/items`, token: token.token })).status).toBe(200);
    await db.user.update({ where: { id: team.owner.userId }, data: { deactivatedAt: new Date() } });
    const after = await callRoute(itemRoute.GET, { slug: team.slug }, { url: `/api/v1/workspaces/${team.slug}/items`, token: token.token });
    expect([after.status, after.json.error?.message]).toEqual([401, "This API token's owner's account is deactivated."]);
  });

  it("never give more than the owner's role: a viewer's write token cannot write items", async () => {
    const team = await createTeam();
    const write = await createApiToken(team.viewer, team.slug, { name: "Viewer's", scope: "write" });
    const answer = await callRoute(itemRoute.POST, { slug: team.slug }, { url: `/api/v1/workspaces/${team.slug}/items`, token: write.token, body: newItem });
    expect(answer.status).toBe(403);
  });

  it("stop working when revoked, expired, or when their owner leaves the workspace", async () => {
    const team = await createTeam();
    const params = { slug: team.slug };
    const url = `/api/v1/workspaces/${team.slug}/items`;
    const get = (token: string) => callRoute(itemRoute.GET, params, { url, token });

    const revoked = await createApiToken(team.analyst, team.slug, { name: "Revoked", scope: "read" });
    await revokeApiToken(team.owner, team.slug, { tokenId: revoked.id });
    expect([(await get(revoked.token)).status, (await get(revoked.token)).json.error?.message]).toEqual([401, "This API token was revoked."]);

    const expired = await createApiToken(team.analyst, team.slug, { name: "Expired", scope: "read", expiresInDays: 1 });
    await db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await get(expired.token)).status).toBe(401);

    const leaving = await createApiToken(team.viewer, team.slug, { name: "Leaver's", scope: "read" });
    expect((await get(leaving.token)).status).toBe(200);
    await removeMember(team.owner, team.slug, { userId: team.viewer.userId });
    expect((await get(leaving.token)).status).toBe(401);
    // Invited back later, the old token stays dead.
    await db.membership.create({ data: { workspaceId: team.workspace.id, userId: team.viewer.userId, role: "viewer" } });
    expect((await get(leaving.token)).status).toBe(401);

    for (const header of ["Bearer", "Bearer pt_short", "Basic abc", `Bearer pt_${"A".repeat(43)}`]) {
      const answer = await callRoute(itemRoute.GET, params, { url, headers: { authorization: header } });
      expect(answer.status, header).toBe(401);
    }
  });

  it("are stored as a hash, listed with their last use, and shown to owners for every member", async () => {
    const team = await createTeam();
    const mine = await createApiToken(team.analyst, team.slug, { name: "Script", scope: "read" });
    await createApiToken(team.viewer, team.slug, { name: "Viewer's", scope: "read" });
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: mine.id }, select: { tokenHash: true } });
    expect(stored.tokenHash).not.toContain(mine.token.slice(3));
    expect(JSON.stringify(await db.apiToken.findMany({ where: { workspaceId: team.workspace.id } }))).not.toContain(mine.token);

    await callRoute(itemRoute.GET, { slug: team.slug }, { url: `/api/v1/workspaces/${team.slug}/items`, token: mine.token });
    const analystView = await listApiTokens(team.analyst, team.slug);
    expect(analystView.tokens.map((t) => [t.name, t.state, t.lastUsedAt !== null])).toEqual([["Script", "active", true]]);
    expect((await listApiTokens(team.owner, team.slug)).tokens.map((t) => t.name).sort()).toEqual(["Script", "Viewer's"]);
    // A member who is not an owner cannot revoke someone else's token.
    const viewers = await listApiTokens(team.viewer, team.slug);
    await expect(revokeApiToken(team.analyst, team.slug, { tokenId: viewers.tokens[0]?.id ?? "" })).rejects.toMatchObject({ kind: "forbidden" });
    const changes = await db.changeRecord.findMany({ where: { workspaceId: team.workspace.id, type: { startsWith: "member.token" } }, select: { type: true, diff: true } });
    expect(changes.map((c) => c.type)).toEqual(["member.token_created", "member.token_created"]);
    expect(JSON.stringify(changes)).not.toContain(mine.token);
  });
});
