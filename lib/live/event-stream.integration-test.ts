import { afterEach, describe, expect, it } from "vitest";
import * as presenceRoute from "@/app/api/v1/workspaces/[slug]/items/[itemId]/presence/route";
import type { Actor } from "@/lib/auth/actor";
import { markAllRead } from "@/lib/notifications/inbox";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { drainOutbox } from "@/lib/outbox/process-outbox";
import { createItem } from "@/lib/tracking/create-item";
import { updateItem } from "@/lib/tracking/update-item";
import { changeRole } from "@/lib/workspaces/change-role";
import { authorize } from "@/lib/workspaces/authorize";
import { removeMember } from "@/lib/workspaces/remove-member";
import { watch } from "@/lib/watches/watches";
import { createTeam, unique } from "@/tests/factories";
import { callRoute } from "@/tests/route-call";
import type { LiveChange } from "./live-feed";
import { openEventStream } from "./event-stream";
import { reportPresence } from "./presence";

type Event = { id?: string; event: string; data: unknown };

/** Reads server-sent events from a stream as they come. */
function reader(stream: ReadableStream<Uint8Array>) {
  const decoder = new TextDecoder();
  const source = stream.getReader();
  let buffer = "";
  const events: Event[] = [];
  let done = false;
  void (async () => {
    for (;;) {
      const { value, done: finished } = await source.read();
      if (finished) break;
      buffer += decoder.decode(value, { stream: true });
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = Object.fromEntries(block.split("\n").filter((l) => !l.startsWith(":")).map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 2)]));
        if (fields.event) events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data ?? "null") });
      }
    }
    done = true;
  })();
  /** Waits until an event matching the test arrives (or fails after a few seconds). */
  const next = async (test: (event: Event) => boolean, timeoutMs = 8000): Promise<Event> => {
    const started = Date.now();
    for (;;) {
      const found = events.find(test);
      if (found) return found;
      if (done || Date.now() - started > timeoutMs) throw new Error(`No such event; got ${JSON.stringify(events)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return { events, next, closed: () => done };
}

const aborts: AbortController[] = [];
afterEach(() => {
  for (const abort of aborts.splice(0)) abort.abort();
});

async function open(actor: Parameters<typeof openEventStream>[0], slug: string, after = 0n, reauthenticate = async (): Promise<Actor | null> => actor) {
  const abort = new AbortController();
  aborts.push(abort);
  return reader(await openEventStream(actor, slug, { after, signal: abort.signal, reauthenticate }));
}

const changeOf = (itemId: string) => (event: Event) => event.event === "change" && (event.data as LiveChange).itemId === itemId;

describe("live updates", () => {
  it("tell a person their unread count when the stream starts and whenever it changes, and no one else", async () => {
    const team = await createTeam();
    const item = await createItem(team.analyst, team.slug, { kind: "export_control", title: unique("Watched live"), implementingJurisdictions: ["JP"] });
    await drainOutbox();
    await watch(team.viewer, team.slug, { target: "item", targetId: item.id });
    const viewer = await open(team.viewer, team.slug);
    const owner = await open(team.owner, team.slug);
    await viewer.next((e) => e.event === "inbox" && (e.data as { unread: number }).unread === 0);
    await updateItem(team.analyst, team.slug, { itemId: item.id, expectedVersion: 1, fields: { summary: "changed" } });
    await drainOutbox();
    await viewer.next((e) => e.event === "inbox" && (e.data as { unread: number }).unread === 1);
    await markAllRead(team.viewer);
    await viewer.next((e) => e.event === "inbox" && (e.data as { unread: number }).unread === 0 && viewer.events.filter((x) => x.event === "inbox").length === 3);
    expect(owner.events.filter((e) => e.event === "inbox").map((e) => e.data)).toEqual([{ unread: 0 }]);
  });

  it("deliver each committed change of the workspace to its members, in order, with who made it", async () => {
    const team = await createTeam();
    const stream = await open(team.viewer, team.slug);
    const item = await createItem(team.analyst, team.slug, { kind: "export_control", title: unique("Live"), implementingJurisdictions: ["JP"] });
    await updateItem(team.analyst, team.slug, { itemId: item.id, expectedVersion: 1, fields: { summary: "changed" } });
    const edited = await stream.next((e) => changeOf(item.id)(e) && (e.data as LiveChange).type === "item.updated");
    expect(edited.data).toMatchObject({ itemId: item.id, typeLabel: "Item edited", actorName: "Analyst", version: 2 });
    const ids = stream.events.filter(changeOf(item.id)).map((e) => BigInt(e.id as string));
    expect(ids).toHaveLength(2);
    expect(ids[0]! < ids[1]!).toBe(true);
  });

  it("deliver nothing of a workspace to anyone else, and refuse them the stream", async () => {
    const team = await createTeam();
    const other = await createTeam();
    const stranger = await open(other.owner, other.slug);
    await expect(openEventStream(other.owner, team.slug, { after: 0n, signal: new AbortController().signal, reauthenticate: async () => other.owner })).rejects.toMatchObject({ kind: "not_found" });
    const item = await createItem(team.analyst, team.slug, { kind: "export_control", title: unique("Private"), implementingJurisdictions: ["JP"] });
    const mine = await open(team.owner, team.slug);
    await updateItem(team.analyst, team.slug, { itemId: item.id, expectedVersion: 1, fields: { summary: "secret" } });
    await mine.next((e) => changeOf(item.id)(e) && (e.data as LiveChange).type === "item.updated");
    // The stranger's own workspace's history (its creation) is all they get.
    expect(stranger.events.filter((e) => e.event === "change").map((e) => (e.data as LiveChange).type)).toEqual(["workspace.created"]);
  });

  it("resume after the last change received, missing nothing and repeating nothing", async () => {
    const team = await createTeam();
    const item = await createItem(team.analyst, team.slug, { kind: "export_control", title: unique("Resume"), implementingJurisdictions: ["JP"] });
    const first = await open(team.viewer, team.slug);
    const created = await first.next(changeOf(item.id));
    aborts.splice(0).forEach((a) => a.abort());
    // Offline: two changes happen.
    await updateItem(team.analyst, team.slug, { itemId: item.id, expectedVersion: 1, fields: { summary: "one" } });
    await updateItem(team.analyst, team.slug, { itemId: item.id, expectedVersion: 2, fields: { summary: "two" } });
    const again = await open(team.viewer, team.slug, BigInt(created.id as string));
    await again.next((e) => changeOf(item.id)(e) && (e.data as LiveChange).version === 3);
    expect(again.events.filter(changeOf(item.id)).map((e) => (e.data as LiveChange).version)).toEqual([2, 3]);
  });

  it("end the stream when the listener is removed from the workspace, or their session ends", async () => {
    const team = await createTeam();
    // As a request's actor: the memberships read with the session, which the stream must not go on trusting.
    const asRequested = { ...team.viewer, memberships: new Map([[team.slug, await authorize(team.viewer, team.slug, "workspace.read")]]) };
    const removed = await open(asRequested, team.slug, 0n, async () => team.viewer);
    let signedIn = true;
    const signedOut = await open(team.analyst, team.slug, 0n, async () => (signedIn ? team.analyst : null));
    await removeMember(team.owner, team.slug, { userId: team.viewer.userId });
    await removed.next((e) => e.event === "ended");
    expect(removed.closed()).toBe(true);

    // A membership change makes every listener re-check at once; the analyst's session has ended meanwhile.
    signedIn = false;
    const item = await createItem(team.owner, team.slug, { kind: "export_control", title: unique("After"), implementingJurisdictions: ["JP"] });
    await changeRole(team.owner, team.slug, { userId: team.analyst.userId, role: "viewer" });
    await signedOut.next((e) => e.event === "ended");
    expect(removed.events.some(changeOf(item.id))).toBe(false);
  });

  it("tell every listener of the workspace who is on an item", async () => {
    const team = await createTeam();
    const item = await createItem(team.analyst, team.slug, { kind: "export_control", title: unique("Presence"), implementingJurisdictions: ["JP"] });
    const watcher = await open(team.owner, team.slug);
    const answer = await reportPresence(team.analyst, team.slug, { itemId: item.id, editing: true });
    expect(answer.people).toEqual([{ userId: team.analyst.userId, name: "Analyst", editing: true }]);
    const seen = await watcher.next((e) => e.event === "presence" && (e.data as { people: unknown[] }).people.length === 1);
    expect(seen.data).toEqual({ itemId: item.id, people: [{ userId: team.analyst.userId, name: "Analyst", editing: true }] });
    await reportPresence(team.analyst, team.slug, { itemId: item.id, leaving: true });
    await watcher.next((e) => e.event === "presence" && (e.data as { people: unknown[] }).people.length === 0);
    // Someone who may not write the item is shown viewing it, whatever they report: a viewer, an analyst's read-only token.
    expect((await reportPresence(team.viewer, team.slug, { itemId: item.id, editing: true })).people).toEqual([{ userId: team.viewer.userId, name: "Viewer", editing: false }]);
    const read = await createApiToken(team.analyst, team.slug, { name: "Reader", scope: "read" });
    const params = { slug: team.slug, itemId: item.id };
    const url = `/api/v1/workspaces/${team.slug}/items/${item.id}/presence`;
    const byToken = await callRoute(presenceRoute.POST, params, { url, token: read.token, body: { editing: true } });
    expect([byToken.status, byToken.json.people]).toEqual([201, [{ userId: team.analyst.userId, name: "Analyst", editing: false }, { userId: team.viewer.userId, name: "Viewer", editing: false }]]);
    const other = await createTeam();
    await expect(reportPresence(other.owner, team.slug, { itemId: item.id })).rejects.toMatchObject({ kind: "not_found" });
    await expect(reportPresence(other.owner, other.slug, { itemId: item.id })).rejects.toMatchObject({ kind: "not_found" });
  });
});
