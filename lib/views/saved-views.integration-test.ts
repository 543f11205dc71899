import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTeam, createUser } from "@/tests/factories";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { createShareLink } from "./create-share-link";
import { deleteView } from "./delete-view";
import { duplicateView } from "./duplicate-view";
import { getView } from "./get-view";
import { listViews } from "./list-views";
import { renameView } from "./rename-view";
import { saveView } from "./save-view";
import { updateViewQuery } from "./update-view-query";

const names = (views: { name: string }[]) => views.map((v) => v.name);

describe("saved views: who may do what", () => {
  it("lets a viewer save personal views but not team views, and shows team views to everyone", async () => {
    const { slug, analyst, viewer, owner } = await createTeam();
    const mine = await saveView(viewer, slug, { name: "My export controls", query: { kind: "export_control" } });
    expect(mine.visibility).toBe("personal");
    await expect(saveView(viewer, slug, { name: "For everyone", visibility: "team", query: {} })).rejects.toMatchObject({ kind: "forbidden" });
    await saveView(analyst, slug, { name: "Disputes", visibility: "team", query: "kind=trade_dispute" });
    await saveView(analyst, slug, { name: "Analyst's own", query: {} });

    const forViewer = await listViews(viewer, slug);
    expect(names(forViewer.team)).toEqual(["Disputes"]);
    expect(names(forViewer.mine)).toEqual(["My export controls"]);
    expect(forViewer.canShare).toBe(false);
    const forOwner = await listViews(owner, slug);
    expect(names(forOwner.team)).toEqual(["Disputes"]);
    expect(forOwner.mine).toEqual([]);
    await expect(getView(owner, slug, mine.id)).rejects.toMatchObject({ kind: "not_found" });
  });

  it("lets only the view's owner or a workspace owner rename or delete it", async () => {
    const { slug, workspace, analyst, viewer, owner } = await createTeam();
    const otherAnalyst = await createUser("Second analyst");
    await db.membership.create({ data: { workspaceId: workspace.id, userId: otherAnalyst.userId, role: "analyst" } });
    const team = await saveView(analyst, slug, { name: "Team view", visibility: "team", query: {} });

    await expect(renameView(viewer, slug, { viewId: team.id, name: "Mine now" })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(renameView(otherAnalyst, slug, { viewId: team.id, name: "Mine now" })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(deleteView(otherAnalyst, slug, { viewId: team.id })).rejects.toMatchObject({ kind: "forbidden" });
    expect(await renameView(analyst, slug, { viewId: team.id, name: "Renamed by its owner" })).toMatchObject({ name: "Renamed by its owner" });
    expect(await renameView(owner, slug, { viewId: team.id, name: "Renamed by a workspace owner" })).toMatchObject({ name: "Renamed by a workspace owner" });
    expect((await getView(viewer, slug, team.id)).canManage).toBe(false);
    expect((await getView(owner, slug, team.id)).canManage).toBe(true);

    const personal = await saveView(analyst, slug, { name: "Private", query: {} });
    await expect(deleteView(owner, slug, { viewId: personal.id })).rejects.toMatchObject({ kind: "not_found" });
    await deleteView(owner, slug, { viewId: team.id });
    expect(names((await listViews(analyst, slug)).team)).toEqual([]);
  });

  it("treats another workspace's member as a stranger: not found, never forbidden", async () => {
    const { slug, analyst } = await createTeam();
    const stranger = await createUser("Stranger");
    await createWorkspace(stranger, { name: "Elsewhere", slug: `elsewhere-${Date.now().toString(36)}` });
    const view = await saveView(analyst, slug, { name: "Team view", visibility: "team", query: {} });
    for (const attempt of [
      () => listViews(stranger, slug),
      () => getView(stranger, slug, view.id),
      () => saveView(stranger, slug, { name: "Intruder", query: {} }),
      () => renameView(stranger, slug, { viewId: view.id, name: "Taken over" }),
      () => duplicateView(stranger, slug, { viewId: view.id }),
      () => deleteView(stranger, slug, { viewId: view.id }),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ kind: "not_found" });
    }
  });
});

describe("saved views: names and queries", () => {
  it("validates names: 1–80 characters, unique per owner among live views, ignoring case", async () => {
    const { slug, analyst, viewer } = await createTeam();
    await expect(saveView(analyst, slug, { name: "   ", query: {} })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["name"], message: "Enter a name" })] });
    await expect(saveView(analyst, slug, { name: "x".repeat(81), query: {} })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["name"] })] });
    const first = await saveView(analyst, slug, { name: "  Chips ", query: {} });
    expect(first.name).toBe("Chips");
    await expect(saveView(analyst, slug, { name: "CHIPS", visibility: "team", query: {} })).rejects.toMatchObject({
      kind: "conflict",
      details: { fields: { name: ["You already have a view named “CHIPS”. Choose another name."] } },
    });
    expect(await saveView(viewer, slug, { name: "Chips", query: {} })).toMatchObject({ name: "Chips" });
    const second = await saveView(analyst, slug, { name: "Chips 2", query: {} });
    await expect(renameView(analyst, slug, { viewId: second.id, name: "chips" })).rejects.toMatchObject({ kind: "conflict" });
    expect(await renameView(analyst, slug, { viewId: first.id, name: "chips" })).toMatchObject({ name: "chips" });
    await deleteView(analyst, slug, { viewId: first.id });
    expect(await saveView(analyst, slug, { name: "Chips", query: {} })).toMatchObject({ name: "Chips" });
  });

  it("keeps one of two simultaneous saves under the same name", async () => {
    const { slug, analyst } = await createTeam();
    const results = await Promise.allSettled([1, 2, 3].map(() => saveView(analyst, slug, { name: "Race", query: {} })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.kind)).toEqual(["conflict", "conflict"]);
  });

  it("stores the URL's query validated and canonical, without page or page size", async () => {
    const { slug, analyst } = await createTeam();
    const view = await saveView(analyst, slug, {
      name: "Everything",
      query: { kind: ["trade_dispute", "export_control"], jurisdiction: "jp", validOn: "2020-01-01", cursor: "abc", limit: "5", columns: "status,title", group: "kind", view: "ignored" },
    });
    expect(view.query).toEqual({ kind: "trade_dispute,export_control", jurisdiction: "JP", validOn: "2020-01-01", columns: "title,status", group: "kind" });
    const fromUrl = await saveView(analyst, slug, { name: "From a URL", query: "/w/demo?status=in_force&sort=title&cursor=x" });
    expect(fromUrl.query).toEqual({ status: "in_force", sort: "title" });
    await expect(saveView(analyst, slug, { name: "Bad", query: { validOn: "2019-02-30", group: "owner" } })).rejects.toMatchObject({
      kind: "invalid",
      details: { fields: { validOn: expect.any(Array), group: expect.any(Array) } },
    });
    await expect(saveView(analyst, slug, { name: "NUL", query: "status=in%00force" })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["query"] })] });
    // As long as a query string may be, however it is given (50,000 tags as a list were stored).
    const tags = Array.from({ length: 50_000 }, (_, i) => `tag${i}`);
    await expect(saveView(analyst, slug, { name: "Huge", query: { tag: tags } })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["query"] })] });
    expect((await saveView(analyst, slug, { name: "Tagged", query: { tag: tags.slice(0, 300) } })).query).toEqual({ tag: tags.slice(0, 300).join(",") });
    await expect(saveView(analyst, slug, { name: "Line\nbreak", query: {} })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["name"] })] });
  });

  it("duplicates a view the actor can see into their own, with a free name", async () => {
    const { slug, analyst, viewer } = await createTeam();
    const team = await saveView(analyst, slug, { name: "Team view", visibility: "team", query: { kind: "export_control" } });
    const copy = await duplicateView(viewer, slug, { viewId: team.id });
    expect(copy).toMatchObject({ name: "Team view (copy)", visibility: "personal", query: { kind: "export_control" } });
    expect(await duplicateView(viewer, slug, { viewId: team.id })).toMatchObject({ name: "Team view (copy 2)" });
    expect(await duplicateView(viewer, slug, { viewId: team.id, name: "My variant" })).toMatchObject({ name: "My variant" });
    await expect(duplicateView(viewer, slug, { viewId: team.id, visibility: "team" })).rejects.toMatchObject({ kind: "forbidden" });
    expect((await getView(viewer, slug, copy.id)).canManage).toBe(true);
  });

  it("deletes softly: the row stays, the view leaves every list and its share links are revoked", async () => {
    const { slug, workspace, analyst } = await createTeam();
    const view = await saveView(analyst, slug, { name: "Shared", visibility: "team", query: {} });
    await createShareLink(analyst, slug, { viewId: view.id });
    await createShareLink(analyst, slug, { viewId: view.id, pinAsOf: true });
    expect(await deleteView(analyst, slug, { viewId: view.id })).toEqual({ id: view.id, revokedShareLinks: 2 });
    const row = await db.savedView.findUniqueOrThrow({ where: { id: view.id }, select: { deletedAt: true } });
    expect(row.deletedAt).toBeInstanceOf(Date);
    expect(await db.shareLink.count({ where: { viewId: view.id, revokedAt: null } })).toBe(0);
    await expect(getView(analyst, slug, view.id)).rejects.toMatchObject({ kind: "not_found" });
    await expect(deleteView(analyst, slug, { viewId: view.id })).rejects.toMatchObject({ kind: "not_found" });

    const history = await db.changeRecord.findMany({ where: { workspaceId: workspace.id, type: { startsWith: "workspace." } }, orderBy: { id: "asc" }, select: { type: true } });
    expect(history.map((c) => c.type)).toEqual([
      "workspace.created",
      "workspace.view_saved",
      "workspace.share_link_created",
      "workspace.share_link_created",
      "workspace.view_deleted",
    ]);
  });

  it("updates a view's filters in place, for its owner or a workspace owner, recording a team view's change", async () => {
    const { slug, workspace, analyst, viewer, owner } = await createTeam();
    const view = await saveView(analyst, slug, { name: "Controls", visibility: "team", query: "kind=export_control" });
    const link = await createShareLink(analyst, slug, { viewId: view.id });
    await expect(updateViewQuery(viewer, slug, { viewId: view.id, query: "kind=trade_dispute" })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(updateViewQuery(analyst, slug, { viewId: view.id, query: "kind=tariff" })).rejects.toMatchObject({ kind: "invalid" });
    expect(await updateViewQuery(analyst, slug, { viewId: view.id, query: { kind: "trade_dispute", group: "status", sort: "updated" } })).toMatchObject({
      id: view.id,
      name: "Controls",
      query: { kind: "trade_dispute", group: "status" },
    });
    expect((await getView(viewer, slug, view.id)).view.query).toEqual({ kind: "trade_dispute", group: "status" });
    // The same filters again change nothing; a workspace owner may update another's view.
    await updateViewQuery(analyst, slug, { viewId: view.id, query: "kind=trade_dispute&group=status" });
    await updateViewQuery(owner, slug, { viewId: view.id, query: "tag=WTO" });
    expect(await db.shareLink.count({ where: { id: link.id, revokedAt: null } })).toBe(1);
    const history = await db.changeRecord.findMany({ where: { workspaceId: workspace.id, type: "workspace.view_query_updated" }, orderBy: { id: "asc" }, select: { diff: true } });
    expect(history.map((c) => c.diff)).toEqual([
      { viewId: view.id, query: { before: "kind=export_control", after: "kind=trade_dispute&group=status" } },
      { viewId: view.id, query: { before: "kind=trade_dispute&group=status", after: "tag=WTO" } },
    ]);
  });

  it("keeps personal views out of the team's history", async () => {
    const { slug, workspace, viewer } = await createTeam();
    const view = await saveView(viewer, slug, { name: "Private thoughts", query: {} });
    await renameView(viewer, slug, { viewId: view.id, name: "Still private" });
    await deleteView(viewer, slug, { viewId: view.id });
    expect(await db.changeRecord.count({ where: { workspaceId: workspace.id, type: { startsWith: "workspace.view" } } })).toBe(0);
  });
});
