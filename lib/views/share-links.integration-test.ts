import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createItem } from "@/lib/tracking/create-item";
import { addSource } from "@/lib/sources/add-source";
import { recordStatusChange } from "@/lib/tracking/record-status-change";
import { changeRole } from "@/lib/workspaces/change-role";
import { removeMember } from "@/lib/workspaces/remove-member";
import { createTeam, createUser } from "@/tests/factories";
import { createShareLink } from "./create-share-link";
import { deleteView } from "./delete-view";
import { listShareLinks } from "./list-share-links";
import { openSharedView, shareLinkStatus } from "./open-shared-view";
import { revokeShareLink } from "./revoke-share-link";
import { saveView } from "./save-view";

const client = { address: "203.0.113.7", userAgent: "Mozilla/5.0 (test)" };
const tick = () => new Promise((resolve) => setTimeout(resolve, 15));

async function teamWithView(query: Record<string, string> = {}) {
  const team = await createTeam();
  const view = await saveView(team.analyst, team.slug, { name: "Shared view", visibility: "team", query });
  return { ...team, view };
}

const titles = (result: Awaited<ReturnType<typeof openSharedView>>) => (result.state === "open" ? result.rows.map((r) => r.title) : []);

describe("share links", () => {
  it("stores only the token's SHA-256 and opens the view's rows for whoever holds the token", async () => {
    const { slug, analyst, view } = await teamWithView({ kind: "trade_dispute" });
    await createItem(analyst, slug, { kind: "trade_dispute", title: "Complaint", implementingJurisdictions: ["KR"] });
    await createItem(analyst, slug, { kind: "export_control", title: "Controls", implementingJurisdictions: ["JP"] });
    const link = await createShareLink(analyst, slug, { viewId: view.id });
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.path).toBe(`/share/${link.token}`);
    expect(link.expiresAt.getTime() - Date.now()).toBeGreaterThan(13.9 * 86_400_000);

    const stored = await db.shareLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(stored.tokenHash).toBe(createHash("sha256").update(link.token).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(link.token);

    const opened = await openSharedView(link.token, client);
    expect(opened).toMatchObject({ state: "open", name: "Shared view", pinned: false });
    expect(titles(opened)).toEqual(["Complaint"]);
    expect(opened.state === "open" && opened.rows[0]).not.toHaveProperty("changedBy");
  });

  it("logs each client's opening with a keyed hash of the address and the user agent, once in ten minutes, and counts them", async () => {
    const { slug, analyst, view } = await teamWithView();
    const link = await createShareLink(analyst, slug, { viewId: view.id });
    await openSharedView(link.token, client);
    await openSharedView(link.token, { address: "198.51.100.1", userAgent: "curl/8" });
    await openSharedView(link.token, client, { cursor: "not-a-cursor" });
    // The same client again within ten minutes: the same visit (a reload, or a script's 200 requests, once).
    for (let i = 0; i < 5; i++) await openSharedView(link.token, client);
    const openings = await db.shareLinkOpening.findMany({ where: { shareLinkId: link.id }, orderBy: { id: "asc" } });
    expect(openings).toHaveLength(2);
    expect(openings[0]).toMatchObject({ userAgent: "Mozilla/5.0 (test)", clientHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(openings[0]?.clientHash).not.toBe(createHash("sha256").update(client.address).digest("hex"));
    expect(openings[0]?.clientHash).not.toBe(openings[1]?.clientHash);
    const [listed] = await listShareLinks(analyst, slug, { viewId: view.id });
    expect(listed).toMatchObject({ id: link.id, state: "active", openings: 2, createdBy: "Analyst" });
    expect(listed?.lastOpenedAt).toEqual(openings[1]?.openedAt);
  });

  it("refuses expired, revoked and unknown links, and links of deleted views", async () => {
    const { slug, analyst, owner, view } = await teamWithView();
    const expired = await createShareLink(analyst, slug, { viewId: view.id, expiresInDays: 1 });
    await db.shareLink.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await openSharedView(expired.token, client)).toEqual({ state: "expired" });
    expect(await shareLinkStatus(expired.token)).toBe("expired");

    const revoked = await createShareLink(analyst, slug, { viewId: view.id });
    expect((await openSharedView(revoked.token, client)).state).toBe("open");
    await revokeShareLink(owner, slug, { linkId: revoked.id });
    expect(await openSharedView(revoked.token, client)).toEqual({ state: "revoked" });
    await expect(revokeShareLink(owner, slug, { linkId: revoked.id })).rejects.toMatchObject({ kind: "invalid" });

    const ofDeleted = await createShareLink(analyst, slug, { viewId: view.id });
    await deleteView(analyst, slug, { viewId: view.id });
    expect(await shareLinkStatus(ofDeleted.token)).toBe("revoked");
    expect(await openSharedView("x".repeat(43), client)).toEqual({ state: "unknown" });
    expect(await openSharedView("../../etc/passwd", client)).toEqual({ state: "unknown" });
    expect(await db.shareLinkOpening.count({ where: { shareLinkId: { in: [expired.id, ofDeleted.id] } } })).toBe(0);
  });

  it("pins the as-of dates: 'as recorded now' for a view without dates, the view's own otherwise", async () => {
    const { slug, analyst, view } = await teamWithView();
    const item = await createItem(analyst, slug, { kind: "export_control", title: "Controls", implementingJurisdictions: ["JP"] });
    await recordStatusChange(analyst, slug, { itemId: item.id, expectedVersion: 1, status: "in_force", effectiveOn: "2019-07", reason: "r", noSourceYet: true });
    await tick();
    const pinned = await createShareLink(analyst, slug, { viewId: view.id, pinAsOf: true });
    const live = await createShareLink(analyst, slug, { viewId: view.id });
    expect(pinned.pinnedRecordedAt).toBeInstanceOf(Date);
    expect(pinned.pinnedValidOn).toBeNull();
    expect(live.pinnedRecordedAt).toBeNull();
    await tick();
    await recordStatusChange(analyst, slug, { itemId: item.id, expectedVersion: 2, status: "lifted", effectiveOn: "2023-05", reason: "r", noSourceYet: true });
    await createItem(analyst, slug, { kind: "export_control", title: "Added later", implementingJurisdictions: ["JP"] });

    const frozen = await openSharedView(pinned.token, client);
    expect(frozen.state === "open" && frozen.rows.map((r) => [r.title, r.status])).toEqual([["Controls", "in_force"]]);
    expect(frozen.state === "open" && frozen.query.recordedAt).toEqual(pinned.pinnedRecordedAt);
    const current = await openSharedView(live.token, client);
    expect(current.state === "open" && current.rows.map((r) => [r.title, r.status])).toEqual([["Added later", null], ["Controls", "lifted"]]);

    const dated = await saveView(analyst, slug, { name: "In force in 2020", query: { validOn: "2020-01-01", recordedAt: "2030-01-01" } });
    const pinnedDated = await createShareLink(analyst, slug, { viewId: dated.id, pinAsOf: true });
    expect(pinnedDated.pinnedValidOn).toEqual(new Date("2020-01-01T00:00:00Z"));
    expect(pinnedDated.pinnedRecordedAt).toEqual(new Date("2030-01-01T23:59:59.999Z"));
    const then = await openSharedView(pinnedDated.token, client);
    expect(then.state === "open" && then.rows.find((r) => r.title === "Controls")?.status).toBe("in_force");
  });

  it("shows the quotations behind each shown status, as of the view's dates", async () => {
    const { slug, analyst, view } = await teamWithView({ sort: "title" });
    const source = await addSource(analyst, slug, { title: "日本経済新聞", publisher: "Nikkei", language: "ja", body: "政府は輸出管理を強化した。その後、規制を緩和した。" });
    const item = await createItem(analyst, slug, { kind: "export_control", title: "Controls", implementingJurisdictions: ["JP"] });
    await recordStatusChange(analyst, slug, {
      itemId: item.id,
      expectedVersion: 1,
      status: "in_force",
      effectiveOn: "2019",
      reason: "r",
      citations: [{ sourceId: source.id, excerpt: "政府は輸出管理を強化した。" }],
    });
    await tick();
    const beforeEasing = new Date();
    await tick();
    await recordStatusChange(analyst, slug, {
      itemId: item.id,
      expectedVersion: 2,
      status: "eased",
      effectiveOn: "2023",
      reason: "r",
      citations: [{ sourceId: source.id, excerpt: "規制を緩和した。" }],
    });
    await createItem(analyst, slug, { kind: "export_control", title: "Uncited", implementingJurisdictions: ["JP"] });
    const quotations = async (query: Record<string, string>) => {
      const dated = await saveView(analyst, slug, { name: `Dated ${JSON.stringify(query)}`, visibility: "team", query: { ...query, sort: "title" } });
      const opened = await openSharedView((await createShareLink(analyst, slug, { viewId: dated.id })).token, client);
      return opened.state === "open" ? opened.rows.map((r) => [r.title, r.quotations.map((q) => [q.excerpt, q.title, q.publisher, q.language])]) : [];
    };
    const link = await createShareLink(analyst, slug, { viewId: view.id });
    const now = await openSharedView(link.token, client);
    expect(now.state === "open" && now.rows.map((r) => [r.title, r.quotations.map((q) => q.excerpt)])).toEqual([
      ["Controls", ["規制を緩和した。"]],
      ["Uncited", []],
    ]);
    expect(await quotations({ validOn: "2020-01-01" })).toEqual([
      ["Controls", [["政府は輸出管理を強化した。", "日本経済新聞", "Nikkei", "ja"]]],
      ["Uncited", []],
    ]);
    // As recorded before the easing (and before "Uncited" existed): the first status, with its citation only.
    expect(await quotations({ recordedAt: beforeEasing.toISOString() })).toEqual([["Controls", [["政府は輸出管理を強化した。", "日本経済新聞", "Nikkei", "ja"]]]]);
  });

  it("walks a shared view page by page, and starts again on a cursor that does not fit", async () => {
    const { slug, analyst, view } = await teamWithView({ sort: "title" });
    const made = Array.from({ length: 51 }, (_, n) => `Item ${String(n).padStart(2, "0")}`);
    for (const title of made) await createItem(analyst, slug, { kind: "export_control", title, implementingJurisdictions: ["JP"] });
    const link = await createShareLink(analyst, slug, { viewId: view.id });
    const first = await openSharedView(link.token, client);
    expect(titles(first)).toEqual(made.slice(0, 50));
    const cursor = first.state === "open" ? first.nextCursor : undefined;
    expect(cursor).toEqual(expect.any(String));
    const second = await openSharedView(link.token, client, { cursor });
    expect(titles(second)).toEqual(["Item 50"]);
    expect(second.state === "open" && second.position).toEqual({ first: 51, last: 51, total: 51 });
    const back = await openSharedView(link.token, client, { cursor: second.state === "open" ? second.prevCursor : undefined });
    expect(titles(back)).toEqual(made.slice(0, 50));
    expect(titles(await openSharedView(link.token, client, { cursor: "garbage" }))).toEqual(made.slice(0, 50));
  });

  it("lets only those who may share make links, and only the creator, view owner or a workspace owner revoke them", async () => {
    const { slug, workspace, analyst, viewer, owner, view } = await teamWithView();
    await expect(createShareLink(viewer, slug, { viewId: view.id })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(createShareLink(analyst, slug, { viewId: view.id, expiresInDays: 91 })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["expiresInDays"] })] });
    await expect(createShareLink(analyst, slug, { viewId: view.id, expiresInDays: 0 })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["expiresInDays"] })] });
    // A number, as the invite's and the API token's are: not text or a list that would pass for one.
    for (const expiresInDays of ["1", [1]]) {
      await expect(createShareLink(analyst, slug, { viewId: view.id, expiresInDays } as never)).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["expiresInDays"] })] });
    }
    const link = await createShareLink(owner, slug, { viewId: view.id, expiresInDays: 90 });
    const otherAnalyst = await createUser("Second analyst");
    await db.membership.create({ data: { workspaceId: workspace.id, userId: otherAnalyst.userId, role: "analyst" } });
    await expect(revokeShareLink(otherAnalyst, slug, { linkId: link.id })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(revokeShareLink(viewer, slug, { linkId: link.id })).rejects.toMatchObject({ kind: "forbidden" });
    expect(await revokeShareLink(analyst, slug, { linkId: link.id })).toMatchObject({ id: link.id, revokedAt: expect.any(Date) });
    expect((await listShareLinks(viewer, slug, { viewId: view.id }))[0]?.state).toBe("revoked");

    const personal = await saveView(analyst, slug, { name: "Mine", query: {} });
    await expect(createShareLink(owner, slug, { viewId: personal.id })).rejects.toMatchObject({ kind: "not_found" });
  });

  it("end with their creator's right to share: leaving, removal or becoming a viewer revokes them", async () => {
    const { slug, workspace, analyst, owner, view } = await teamWithView();
    const personal = await saveView(analyst, slug, { name: "Mine", query: {} });
    const onPersonal = await createShareLink(analyst, slug, { viewId: personal.id });
    const onTeam = await createShareLink(analyst, slug, { viewId: view.id });
    const owners = await createShareLink(owner, slug, { viewId: view.id });
    await removeMember(owner, slug, { userId: analyst.userId });
    expect(await shareLinkStatus(onPersonal.token)).toBe("revoked");
    expect(await shareLinkStatus(onTeam.token)).toBe("revoked");
    expect((await openSharedView(onPersonal.token, client)).state).toBe("revoked");
    expect(await shareLinkStatus(owners.token)).toBe("active");

    const demoted = await createUser("Demoted analyst");
    await db.membership.create({ data: { workspaceId: workspace.id, userId: demoted.userId, role: "analyst" } });
    const theirs = await createShareLink(demoted, slug, { viewId: view.id });
    await changeRole(owner, slug, { userId: demoted.userId, role: "owner" });
    expect(await shareLinkStatus(theirs.token)).toBe("active");
    await changeRole(owner, slug, { userId: demoted.userId, role: "viewer" });
    expect(await shareLinkStatus(theirs.token)).toBe("revoked");
    expect(await shareLinkStatus(owners.token)).toBe("active");
  });

  it("treats another workspace's member as a stranger", async () => {
    const { slug, analyst, view } = await teamWithView();
    const link = await createShareLink(analyst, slug, { viewId: view.id });
    const other = await createTeam();
    await expect(createShareLink(other.owner, slug, { viewId: view.id })).rejects.toMatchObject({ kind: "not_found" });
    await expect(listShareLinks(other.owner, slug, { viewId: view.id })).rejects.toMatchObject({ kind: "not_found" });
    await expect(revokeShareLink(other.owner, slug, { linkId: link.id })).rejects.toMatchObject({ kind: "not_found" });
    await expect(revokeShareLink(other.owner, other.slug, { linkId: link.id })).rejects.toMatchObject({ kind: "not_found" });
    await expect(createShareLink(other.owner, other.slug, { viewId: view.id })).rejects.toMatchObject({ kind: "not_found" });
  });
});
