import { describe, expect, it } from "vitest";
import { addComment } from "@/lib/comments/add-comment";
import { db } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { describeError } from "@/lib/http/error-response";
import { listInbox, markAllRead, markNotification } from "@/lib/notifications/inbox";
import { getNotificationPreferences, updateNotificationPreferences } from "@/lib/notifications/preferences";
import { unreadCount } from "@/lib/notifications/unread-count";
import { createItem } from "@/lib/tracking/create-item";
import { recordStatusChange } from "@/lib/tracking/record-status-change";
import { updateItem } from "@/lib/tracking/update-item";
import { saveView } from "@/lib/views/save-view";
import { listWatches, unwatch, watch } from "@/lib/watches/watches";
import { createTeam, createUser } from "@/tests/factories";
import { drainOutbox, processOutbox } from "./process-outbox";

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (isDomainError(error) ? error.kind : describeError(error).body.error.code),
  );

const notificationsOf = (userId: string) => db.notification.findMany({ where: { userId }, orderBy: { id: "asc" } });

async function setUp() {
  const team = await createTeam();
  const item = await createItem(team.analyst, team.slug, { kind: "export_control", title: "Watched item", implementingJurisdictions: ["JP"] });
  await drainOutbox();
  return { ...team, item };
}

describe("notifications from the outbox", () => {
  it("tell watchers and those mentioned, never the author, with the reason that ranks highest", async () => {
    const t = await setUp();
    await watch(t.viewer, t.slug, { target: "item", targetId: t.item.id });
    await watch(t.owner, t.slug, { target: "item", targetId: t.item.id });
    // Watching twice is watching once.
    await watch(t.viewer, t.slug, { target: "item", targetId: t.item.id });
    expect((await listWatches(t.viewer, t.slug)).watches).toHaveLength(1);

    await addComment(t.analyst, t.slug, { target: "item", targetId: t.item.id, body: "@Owner, is this <b>in force</b>?" });
    await recordStatusChange(t.analyst, t.slug, { itemId: t.item.id, expectedVersion: 1, status: "in_force", effectiveOn: "2019-07", reason: "Announced", noSourceYet: true });
    await drainOutbox();

    const owner = await notificationsOf(t.owner.userId);
    expect(owner.map((n) => [n.kind, n.reason])).toEqual([
      ["mention", "mention"],
      ["watch", "item"],
    ]);
    expect(owner[0]).toMatchObject({ title: "Analyst mentioned you on “Watched item”", excerpt: "@Owner, is this <b>in force</b>?", link: `/w/${t.slug}/items/${t.item.id}#discussion` });
    // No mail transport is set up in this file: nothing waits to be emailed (emails.integration-test.ts sends them).
    expect(owner[1]).toMatchObject({ excerpt: "Announced", emailState: "none", actorId: t.analyst.userId });
    expect((await notificationsOf(t.viewer.userId)).map((n) => n.reason)).toEqual(["item", "item"]);
    expect(await notificationsOf(t.analyst.userId)).toEqual([]);
    expect(await db.outboxEvent.count()).toBe(0);
  });

  it("tell the author of a thread of a reply, and follow each person's preferences", async () => {
    const t = await setUp();
    const thread = await addComment(t.owner, t.slug, { target: "item", targetId: t.item.id, body: "Which notice?" });
    await updateNotificationPreferences(t.owner, { watch: { inbox: true, email: "off" } });
    expect((await getNotificationPreferences(t.owner)).preferences).toMatchObject({ mention: { inbox: true, email: "immediate" }, watch: { inbox: true, email: "off" } });
    await addComment(t.analyst, t.slug, { target: "item", targetId: t.item.id, parentId: thread.id, body: "The July one." });
    await drainOutbox();
    expect((await notificationsOf(t.owner.userId)).map((n) => [n.reason, n.title])).toEqual([["reply", "Analyst replied to your comment on “Watched item”"]]);

    // Mentions off entirely: nothing is written for them.
    await updateNotificationPreferences(t.owner, { mention: { inbox: false, email: "off" } });
    await addComment(t.analyst, t.slug, { target: "item", targetId: t.item.id, body: "@owner again" });
    await drainOutbox();
    expect(await notificationsOf(t.owner.userId)).toHaveLength(1);
    expect(await outcome(updateNotificationPreferences(t.owner, { mention: { inbox: "yes" as never, email: "hourly" as never } }))).toBe("invalid");
  });

  it("tell a view's watchers of an item that newly matches it, then of changes while it matches", async () => {
    const t = await setUp();
    const view = await saveView(t.owner, t.slug, { name: "Disputes", visibility: "team", query: "kind=trade_dispute" });
    await watch(t.viewer, t.slug, { target: "view", targetId: view.id });
    const personal = await saveView(t.owner, t.slug, { name: "Mine", query: "kind=trade_dispute" });
    // Another member's personal view is as unknown as a guessed id.
    expect(await outcome(watch(t.viewer, t.slug, { target: "view", targetId: personal.id }))).toBe("not_found");

    const sanction = await createItem(t.analyst, t.slug, { kind: "trade_dispute", title: "Asset freeze", implementingJurisdictions: ["EU"] });
    await createItem(t.analyst, t.slug, { kind: "export_control", title: "Not in the view", implementingJurisdictions: ["JP"] });
    await drainOutbox();
    await updateItem(t.analyst, t.slug, { itemId: sanction.id, expectedVersion: sanction.version, fields: { title: "Asset freeze, widened" } });
    await drainOutbox();
    const got = await notificationsOf(t.viewer.userId);
    expect(got.map((n) => n.reason)).toEqual(["view_new", "view_changed"]);
    expect(got[0]?.title).toBe("“Asset freeze” now matches your watched view “Disputes”");
  });

  it("reach members only, and each person's inbox is their own", async () => {
    const t = await setUp();
    const { id: watchId } = await watch(t.viewer, t.slug, { target: "item", targetId: t.item.id });
    await recordStatusChange(t.analyst, t.slug, { itemId: t.item.id, expectedVersion: 1, status: "in_force", effectiveOn: "2019-07", reason: "One", noSourceYet: true });
    await drainOutbox();
    const [notification] = await notificationsOf(t.viewer.userId);
    expect(await unreadCount(t.viewer.userId)).toBe(1);

    const stranger = await createUser("Stranger");
    expect(await outcome(markNotification(stranger, { notificationId: notification?.id ?? "", read: true }))).toBe("not_found");
    expect(await outcome(watch(stranger, t.slug, { target: "item", targetId: t.item.id }))).toBe("not_found");
    expect(await outcome(unwatch(t.owner, t.slug, { watchId }))).toBe("not_found");

    expect(await markNotification(t.viewer, { notificationId: notification?.id ?? "", read: true })).toMatchObject({ read: true, unread: 0 });
    expect(await markNotification(t.viewer, { notificationId: notification?.id ?? "", read: false })).toMatchObject({ read: false, unread: 1 });
    const inbox = await listInbox(t.viewer, { unread: true });
    expect(inbox.notifications.map((n) => [n.workspace.slug, n.actorName])).toEqual([[t.slug, "Analyst"]]);
    expect(await markAllRead(t.viewer)).toEqual({ marked: 1, unread: 0 });

    // Removed from the workspace: no more news of it.
    await db.membership.deleteMany({ where: { workspaceId: t.workspace.id, userId: t.viewer.userId } });
    await recordStatusChange(t.analyst, t.slug, { itemId: t.item.id, expectedVersion: 2, status: "lifted", effectiveOn: "2020-01", reason: "Two", noSourceYet: true });
    await drainOutbox();
    expect(await notificationsOf(t.viewer.userId)).toHaveLength(1);
  });

  it("are written once when several workers take from the outbox at the same time", async () => {
    const t = await setUp();
    await watch(t.viewer, t.slug, { target: "item", targetId: t.item.id });
    let version = 1;
    for (const day of ["2019-01", "2019-02", "2019-03", "2019-04", "2019-05"]) {
      version = (await recordStatusChange(t.analyst, t.slug, { itemId: t.item.id, expectedVersion: version, status: "in_force", effectiveOn: day, reason: day, noSourceYet: true })).version;
    }
    const counts = await Promise.all([processOutbox(), processOutbox(), processOutbox()]);
    await drainOutbox();
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(5);
    expect(await notificationsOf(t.viewer.userId)).toHaveLength(5);
    expect(await db.outboxEvent.count()).toBe(0);
  });
});
