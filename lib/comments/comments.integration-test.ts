import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { verifyHistory } from "@/lib/history/verify-history";
import { flagDiscrepancy } from "@/lib/sources/discrepancies";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { createItem } from "@/lib/tracking/create-item";
import { recordStatusChange } from "@/lib/tracking/record-status-change";
import { actorForToken } from "@/lib/auth/token-actor";
import { createSource, createTeam } from "@/tests/factories";
import { addComment } from "./add-comment";
import { deleteComment } from "./delete-comment";
import { editComment } from "./edit-comment";
import { listComments } from "./list-comments";

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (isDomainError(error) ? error.kind : `thrown: ${String(error)}`),
  );

async function discussion() {
  const team = await createTeam();
  await db.user.update({ where: { id: team.owner.userId }, data: { name: "Olivia Owner" } });
  const item = await createItem(team.analyst, team.slug, { kind: "export_control", title: "Discussed item", implementingJurisdictions: ["JP"] });
  return { ...team, item };
}

describe("comments", () => {
  it("are recorded on their own history chain, shown in the item's history, with the members they mention", async () => {
    const t = await discussion();
    const added = await addComment(t.analyst, t.slug, { target: "item", targetId: t.item.id, body: "  @Olivia Owner, is this in force? https://example.org/a  " });
    const comment = await db.comment.findUniqueOrThrow({ where: { id: added.id } });
    expect(comment).toMatchObject({ body: "@Olivia Owner, is this in force? https://example.org/a", itemId: t.item.id, version: 1, parentId: null });
    expect(comment.mentions).toEqual([{ userId: t.owner.userId, start: 0, end: 13 }]);
    const record = await db.changeRecord.findFirstOrThrow({ where: { chainKey: `comment:${added.id}` } });
    expect(record).toMatchObject({ type: "comment.added", itemId: t.item.id, sourceId: null, actorId: t.analyst.userId, seq: 1 });
    expect(record.diff).toMatchObject({ body: { before: null, after: comment.body }, mentions: { after: [t.owner.userId] }, target: { type: "item", id: t.item.id } });
    // The comment does not move the item's version: nobody's open edit of the item is refused because of it.
    expect((await db.trackedItem.findUniqueOrThrow({ where: { id: t.item.id } })).version).toBe(1);
    // The change is queued for notifications and webhooks in its own transaction.
    expect(await db.outboxEvent.count({ where: { changeId: record.id } })).toBe(1);
  });

  it("thread replies one level deep, on an item, its statuses and its disagreements", async () => {
    const t = await discussion();
    const source = await createSource(t.analyst, t.slug);
    const other = await createSource(t.analyst, t.slug);
    const status = await recordStatusChange(t.analyst, t.slug, { itemId: t.item.id, expectedVersion: 1, status: "in_force", effectiveOn: "2019-07", reason: "Seen", noSourceYet: true });
    const flagged = await flagDiscrepancy(t.analyst, t.slug, { sourceAId: source.id, sourceBId: other.id, note: "They disagree about the date", itemId: t.item.id });
    const loose = await flagDiscrepancy(t.analyst, t.slug, { sourceAId: source.id, sourceBId: other.id, note: "They disagree about the forum" });

    const onStatus = await addComment(t.analyst, t.slug, { target: "status_event", targetId: status.eventId, body: "Which notice?" });
    const reply = await addComment(t.owner, t.slug, { target: "status_event", targetId: status.eventId, parentId: onStatus.id, body: "The July one." });
    const replyToReply = await addComment(t.analyst, t.slug, { target: "status_event", targetId: status.eventId, parentId: reply.id, body: "Thanks." });
    expect((await db.comment.findUniqueOrThrow({ where: { id: replyToReply.id } })).parentId).toBe(onStatus.id);
    await addComment(t.analyst, t.slug, { target: "discrepancy", targetId: flagged.id, body: "I trust the first." });
    const onLoose = await addComment(t.analyst, t.slug, { target: "discrepancy", targetId: loose.id, body: "No item yet." });
    const looseRecord = await db.changeRecord.findFirstOrThrow({ where: { chainKey: `comment:${onLoose.id}` } });
    expect([looseRecord.itemId, looseRecord.sourceId]).toEqual([null, source.id]);

    // A reply names a comment of the same discussion.
    expect(await outcome(addComment(t.analyst, t.slug, { target: "item", targetId: t.item.id, parentId: onStatus.id, body: "Elsewhere" }))).toBe("invalid");
    const { comments } = await listComments(t.viewer, t.slug, { itemId: t.item.id });
    expect(comments.map((c) => [c.target, c.body])).toEqual([
      ["status_event", "Which notice?"],
      ["status_event", "The July one."],
      ["status_event", "Thanks."],
      ["discrepancy", "I trust the first."],
    ]);
    expect(comments.every((c) => !c.canEdit && !c.canDelete)).toBe(true);
    expect((await listComments(t.viewer, t.slug, { discrepancyId: loose.id })).comments.map((c) => c.body)).toEqual(["No item yet."]);
  });

  it("come as the latest few, with the threads they answer and how many there are, when a page asks for that", async () => {
    const t = await discussion();
    const first = await addComment(t.analyst, t.slug, { target: "item", targetId: t.item.id, body: "First thread" });
    await addComment(t.analyst, t.slug, { target: "item", targetId: t.item.id, body: "Second thread" });
    await addComment(t.owner, t.slug, { target: "item", targetId: t.item.id, parentId: first.id, body: "A late reply to the first" });
    await addComment(t.analyst, t.slug, { target: "item", targetId: t.item.id, body: "Third thread" });
    const latest = await listComments(t.viewer, t.slug, { itemId: t.item.id }, { latest: 2 });
    expect(latest.total).toBe(4);
    expect(latest.comments.map((c) => c.body)).toEqual(["First thread", "A late reply to the first", "Third thread"]);
    const all = await listComments(t.viewer, t.slug, { itemId: t.item.id });
    expect([all.total, all.comments.length]).toEqual([4, 4]);
    const quiet = await createItem(t.analyst, t.slug, { kind: "export_control", title: "Quiet item", implementingJurisdictions: ["KR"] });
    expect(await listComments(t.viewer, t.slug, { itemId: quiet.id }, { latest: 2 })).toEqual({ comments: [], total: 0 });
  });

  it("are written by analysts and owners: viewers, strangers, read tokens and other workspaces' ids are refused", async () => {
    const t = await discussion();
    const stranger = await createTeam();
    const strangerItem = await createItem(stranger.analyst, stranger.slug, { kind: "trade_dispute", title: "Theirs", implementingJurisdictions: ["KR"] });
    const input = { target: "item" as const, targetId: t.item.id, body: "Hello" };
    expect(await outcome(addComment(t.viewer, t.slug, input))).toBe("forbidden");
    expect(await outcome(addComment(stranger.owner, t.slug, input))).toBe("not_found");
    // Another workspace's item, from inside this one, is as unknown as a guessed id.
    expect(await outcome(addComment(t.analyst, t.slug, { ...input, targetId: strangerItem.id }))).toBe("not_found");
    expect(await outcome(addComment(stranger.analyst, stranger.slug, input))).toBe("not_found");
    const read = await actorForToken(`Bearer ${(await createApiToken(t.analyst, t.slug, { name: "Reader", scope: "read" })).token}`);
    expect(await outcome(addComment(read, t.slug, input))).toBe("forbidden");
    const write = await actorForToken(`Bearer ${(await createApiToken(t.analyst, t.slug, { name: "Writer", scope: "write" })).token}`);
    expect(await outcome(addComment(write, t.slug, input))).toBe("ok");
    expect(await outcome(listComments(stranger.owner, t.slug, { itemId: t.item.id }))).toBe("not_found");
    expect(await outcome(listComments(stranger.owner, stranger.slug, { itemId: t.item.id }))).toBe("not_found");
  });

  it("refuse text that cannot be stored as typed, empty text and more than 10,000 characters, with a field message", async () => {
    const t = await discussion();
    for (const body of ["a\u0000b", "broken \ud800 pair", "   ", "x".repeat(100_000)]) {
      const error = await addComment(t.analyst, t.slug, { target: "item", targetId: t.item.id, body }).catch((e: unknown) => e);
      expect(error, JSON.stringify(body.slice(0, 20))).toMatchObject({ name: "ZodError" });
    }
    const longest = await addComment(t.analyst, t.slug, { target: "item", targetId: t.item.id, body: "語".repeat(10_000) });
    expect((await db.comment.findUniqueOrThrow({ where: { id: longest.id } })).body).toHaveLength(10_000);
    expect(await db.comment.count({ where: { itemId: t.item.id } })).toBe(1);
  });

  it("are edited by their author against the version they saw, and deleted by their author or an owner; the history keeps every text", async () => {
    const t = await discussion();
    const { id } = await addComment(t.analyst, t.slug, { target: "item", targetId: t.item.id, body: "First thoughts" });
    expect(await outcome(editComment(t.owner, t.slug, { commentId: id, expectedVersion: 1, body: "Not mine to edit" }))).toBe("forbidden");
    expect((await editComment(t.analyst, t.slug, { commentId: id, expectedVersion: 1, body: "Second thoughts" })).version).toBe(2);
    // An edit against the old version is refused with the comment as it is now.
    const stale = await editComment(t.analyst, t.slug, { commentId: id, expectedVersion: 1, body: "Lost?" }).catch((e: unknown) => e);
    expect(stale).toMatchObject({ kind: "conflict", details: { current: { comment: { body: "Second thoughts", version: 2 } } } });

    // Two edits at once against the same version: one is saved, the other refused, never both.
    const results = await Promise.all(["Edit A", "Edit B"].map((body) => outcome(editComment(t.analyst, t.slug, { commentId: id, expectedVersion: 2, body }))));
    expect(results.sort()).toEqual(["conflict", "ok"]);
    const current = await db.comment.findUniqueOrThrow({ where: { id } });
    expect(current.version).toBe(3);

    expect(await outcome(deleteComment(t.viewer, t.slug, { commentId: id, expectedVersion: 3 }))).toBe("forbidden");
    expect((await deleteComment(t.owner, t.slug, { commentId: id, expectedVersion: 3 })).version).toBe(4);
    const deleted = await db.comment.findUniqueOrThrow({ where: { id } });
    expect(deleted).toMatchObject({ body: "", deletedById: t.owner.userId, version: 4 });
    expect(await outcome(editComment(t.analyst, t.slug, { commentId: id, expectedVersion: 4, body: "Back" }))).toBe("invalid");
    const listed = (await listComments(t.analyst, t.slug, { itemId: t.item.id })).comments[0];
    expect(listed).toMatchObject({ body: "", canEdit: false, canDelete: false });
    expect(listed?.deletedAt).not.toBeNull();

    const history = await db.changeRecord.findMany({ where: { chainKey: `comment:${id}` }, orderBy: { seq: "asc" }, select: { type: true, diff: true } });
    expect(history.map((h) => [h.type, (h.diff as { body: { after: string | null } }).body.after])).toEqual([
      ["comment.added", "First thoughts"],
      ["comment.edited", "Second thoughts"],
      ["comment.edited", current.body],
      ["comment.deleted", null],
    ]);
    const report = await verifyHistory(null);
    expect(report.findings.filter((f) => f.workspaceId === t.workspace.id)).toEqual([]);
  });
});
